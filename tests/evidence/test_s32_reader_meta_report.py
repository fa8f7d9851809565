"""Session 32 review: a report's title, outlet and date as a reader sees them.

Made-up reports only. A long ``Title:`` header (over 25 words) was not read: the report had no
title and showed its first line, "Title: " and all, cut. A title made of the first sentence kept
its dateline ("PARIS, Feb 24 (Northwire) - ..."). A page saved through a proxy addressed by number
gave that number as its outlet. A list's or an infobox's field ("- Foundation: 2025-03-02") dated
the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._clean import clean, display_title
from reassure.evidence._ingest import read_raw
from reassure.evidence._model import Report

BODY = ("Denmark is ready to send 300 soldiers to a reassurance force in Ukraine, the defence "
        "minister said on Tuesday.\nThe Netherlands said any deployment needs approval from "
        "parliament.\n")
LONG = ("The defence ministers of the northern coalition met in a harbour town to weigh how a "
        "reassurance force for Ukraine would be led, paid for and supplied through a long winter "
        "after a ceasefire")


def _report(tmp_path: Path, text: str, name: str = "r.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read_raw(path))


# --- a long Title: header --------------------------------------------------------------------

@pytest.mark.parametrize("key", ["Title", "Headline"])
def test_a_long_title_header_is_the_title(tmp_path: Path, key: str) -> None:
    assert len(LONG.split()) > 25
    r = _report(tmp_path, f"{key}: {LONG}\nOutlet: Harbour Courier\nDate: 2025-04-12\n\n{LONG}\n"
                          f"{BODY}")
    assert r.title == LONG  # was None: the header was left in the text
    assert display_title(r) == LONG and not display_title(r).startswith(f"{key}:")
    assert f"{key}:" not in r.clean_text
    assert (r.outlet, r.date) == ("Harbour Courier", "2025-04-12")


def test_a_very_long_title_header_is_read_too(tmp_path: Path) -> None:
    very = LONG + ", with words enough to pass forty spaces, as some scraped headlines do when a "\
                  "standfirst is run into them"
    assert very.count(" ") >= 40
    r = _report(tmp_path, f"Title: {very}\n\n{BODY}")
    assert r.title == very and "Title:" not in r.clean_text


def test_a_long_title_line_in_the_body_is_no_header(tmp_path: Path) -> None:
    """Only the head's lines are headers: a paragraph opening "Headline:" further down stays
    text."""
    r = _report(tmp_path, f"Ministers weigh a force\n{BODY}Officials said more.\n"
                          f"Headline: {LONG}\n")
    assert r.title == "Ministers weigh a force" and f"Headline: {LONG}" in r.clean_text


# --- no dateline in a title made of the first sentence --------------------------------------

@pytest.mark.parametrize("opening", ["PARIS, Feb 24 (Northwire) - ", "KYIV, 3 March 2025 - ",
                                     "PARIS (Northwire) - "])
def test_a_derived_title_drops_the_dateline(tmp_path: Path, opening: str) -> None:
    r = _report(tmp_path, f"{opening}France and Britain said on Monday they would lead a force "
                          "for Ukraine. The talks go on.\nItaly said it would wait.\n")
    assert r.title is None
    assert display_title(r) == ("France and Britain said on Monday they would lead a force for "
                                "Ukraine.")
    assert r.clean_text.startswith(opening.strip())  # the text itself is left as written


# --- an address by number names no outlet ----------------------------------------------------

PROXY = ("http://192.0.2.44/demo.example/vpn/index.php?q="
         "aHR0cHM6Ly93d3cuaGFyYm91cmNvdXJpZXIuZXhhbXBsZS9uZXdzL2FydGljbGVzL2FiYzEyMw%3D%3D")


def test_a_proxy_address_gives_the_site_it_wraps(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Title: Ministers weigh a force\nSource link: {PROXY}\n\n{BODY}")
    assert r.outlet == "harbourcourier.example"  # was "192.0.2.44"
    assert r.url == PROXY  # the address is kept as given


@pytest.mark.parametrize("url", ["http://192.0.2.44/saved/page.html",
                                 "http://[2001:db8::7]/saved/page.html"])
def test_a_bare_address_by_number_names_no_outlet(tmp_path: Path, url: str) -> None:
    r = _report(tmp_path, f"Title: Ministers weigh a force\nSource link: {url}\n\n{BODY}")
    assert r.outlet is None
    ledger = build_ledger([tmp_path / "r.txt"])
    assert 'outlet = "unknown"  # not found in the report' in ledger.scenario_sources()


def test_a_number_given_as_the_site_name_is_no_outlet(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Title: Ministers weigh a force\nSite: 192.0.2.44\n"
                          f"Source link: https://www.harbourcourier.example/a/b\n\n{BODY}")
    assert r.outlet == "harbourcourier.example"


def test_a_named_site_behind_a_proxy_is_kept(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Title: Ministers weigh a force\nOutlet: Harbour Courier\n"
                          f"Source link: {PROXY}\n\n{BODY}")
    assert r.outlet == "Harbour Courier"


# --- an infobox's date is not the page's ---------------------------------------------------------

INFOBOX = ("= Northern reassurance coalition =\n\n- Other Name: NRC\n- Status: meets monthly\n"
           "- Foundation: 2025-03-02\n- Headquarters: a harbour town\n\n")


def test_an_infobox_field_does_not_date_the_page(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Title: Northern reassurance coalition\n{INFOBOX}{BODY}")
    assert r.date is None  # was 2025-03-02, the coalition's founding


@pytest.mark.parametrize("label", ["Published", "Last updated", "Date"])
def test_a_list_line_that_says_published_dates_the_page(tmp_path: Path, label: str) -> None:
    r = _report(tmp_path, f"Title: Northern reassurance coalition\n- {label}: 2025-03-04\n"
                          f"{INFOBOX}{BODY}")
    assert r.date == "2025-03-04"


def test_a_plain_date_line_still_dates_the_page(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Ministers weigh a force\nMarch 4, 2025\n\n{BODY}")
    assert r.date == "2025-03-04"
