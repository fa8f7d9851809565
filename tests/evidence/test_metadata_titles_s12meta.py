"""Review ev-s12 §8: a report's title is its headline, not the page's chrome.

Made-up reports only: a "Skip to content" link, a "Close" button, an "ADVT" slot, a logo, a
language menu, a byline, the day, or the site's bare name above the headline are passed over;
a page whose head holds no headline takes the address's words; a real short headline is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence._clean import _chrome, clean
from reassure.evidence._ingest import read_raw

BODY = ("Denmark is ready to send 300 soldiers to a reassurance force in Ukraine, the defence "
        "minister said on Tuesday in Copenhagen after a meeting of the coalition.\n")
HEADLINE = "Denmark weighs sending troops to Ukraine"


def _title(tmp_path: Path, head: str, url: str = "https://example.org/news/x") -> str | None:
    path = tmp_path / "r.txt"
    path.write_text(f"Source: {url}\n{head}\n{BODY}", encoding="utf-8")
    return clean(read_raw(path)).title


@pytest.mark.parametrize("chrome", [
    "Skip to content", "1. Skip to content", "Skip to main content", "Close", "ADVT", "logo",
    "All Sections", "Укр Рус Eng Support Us", "By MATT STRUDWICK and MARTIN BECKFORD",
    "Fri. Jan 9th, 2026", "12:57 05-09-2025", "Today: Sunday, 9 March 2025 year", "DNYUZ",
    "Home > World > US > Trump Rejects", "Send this page to someone via email",
])
def test_chrome_above_the_headline_is_passed_over(tmp_path: Path, chrome: str) -> None:
    assert _chrome(chrome)
    assert _title(tmp_path, f"{chrome}\n{HEADLINE}") == HEADLINE


@pytest.mark.parametrize("headline", [
    HEADLINE, "Ukraine War: London Talks", "Macron says 26 countries ready to deploy troops",
    "Sweden 'ready to send troops' for Ukraine truce",
])
def test_headlines_are_not_chrome(tmp_path: Path, headline: str) -> None:
    assert not _chrome(headline)
    assert _title(tmp_path, headline) == headline


def test_only_chrome_takes_the_address_words(tmp_path: Path) -> None:
    got = _title(tmp_path, "Close\nADVT",
                 url="https://example.org/world/denmark-weighs-sending-troops-to-ukraine")
    assert got == "Denmark Weighs Sending Troops to Ukraine"


def test_only_chrome_and_no_slug_gives_no_title(tmp_path: Path) -> None:
    assert _title(tmp_path, "Close", url="https://example.org/?p=44309") is None
