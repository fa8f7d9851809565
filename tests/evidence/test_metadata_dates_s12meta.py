"""Review ev-s12 §3: a report's date from its head's short date lines and its address.

Made-up reports only. Each date shape the review found unread is read; a site's "today" header
yields to any other date, and a date in a sentence, two different dates, or an undecidable
day/month order give no date (a wrong date moves a stance timeline; none is better).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence._clean import _head_line_date, _url_date, clean
from reassure.evidence._ingest import read_raw
from reassure.evidence._model import Report

BODY = ("Denmark is ready to send 300 soldiers to a reassurance force in Ukraine, the defence "
        "minister said on Tuesday in Copenhagen after a meeting of the coalition.\n"
        "The Netherlands said any deployment needs approval from parliament first.\n")


def _report(tmp_path: Path, head: str, url: str = "https://example.org/news/denmark-ready",
            body: str = BODY) -> Report:
    path = tmp_path / "r.txt"
    path.write_text(f"Source: {url}\nDenmark weighs a Ukraine mission\n{head}\n{body}",
                    encoding="utf-8")
    return clean(read_raw(path))


@pytest.mark.parametrize(("head", "iso"), [
    ("March 4, 2025", "2025-03-04"),
    ("• Thursday, 27 Mar 2025", "2025-03-27"),
    ("By Faith Ruhinda updated at 21:53 EAT on Thursday 27 March 2025", "2025-03-27"),
    ("by Tim Zadorozhnyy February 17, 2025 7:53 PM", "2025-02-17"),
    ("August 20, 2025 10:51 AM GMT+03:00", "2025-08-20"),
    ("Published Sep 5, 2025 11:05 pm", "2025-09-05"),
    ("Sep 6, 2025 - 02:00", "2025-09-06"),
    ("Last Updated: August 19, 2025 23:37:32 IST", "2025-08-19"),
    ("12:02 27.02.2026 •", "2026-02-27"),
    ("Reuters26-02-2025", "2025-02-26"),
    ("WORLD06.01.2026", "2026-01-06"),
    ("Monday 28th April 2025", "2025-04-28"),
    ("Fri. Jan 9th, 2026", "2026-01-09"),
    ("Jan.22 - 2025 1:35 AM CET", "2025-01-22"),
    ("02/21/2025", "2025-02-21"),
    ("16/04/2025", "2025-04-16"),
    ("December 16, 2025Clash Report", "2025-12-16"),
])
def test_head_date_shapes_are_read(tmp_path: Path, head: str, iso: str) -> None:
    assert _report(tmp_path, head).date == iso


@pytest.mark.parametrize("head", [
    "03/04/2025",  # 3 April or March 4: not told apart
    "The minister said on March 3, 2025 that troops would follow.",  # a sentence
    "Updated 4 March 2025, first published 2 March 2025",  # two dates
    "Leaders met in Paris on March 3, 2025 to discuss the force",  # a clause (met, to)
    "— Dick Schoof (@MinPres) February 15, 2025",  # an embedded post
])
def test_no_date_from_sentences_or_doubt(tmp_path: Path, head: str) -> None:
    assert _report(tmp_path, head).date is None


def test_today_header_yields_to_the_article_line(tmp_path: Path) -> None:
    """Darpan (gc10): the site's header "Wednesday, February 4, 2026" is the day the page was
    saved; the byline "The Canadian Press, 06 Jan, 2026" is the story's."""
    path = tmp_path / "r.txt"
    path.write_text("Source: https://example.org/news/carney-canada-ready\nWednesday, February 4, "
                    "2026\nCarney says Canada will build up its military\nNews Desk The Canadian "
                    f"Press, 06 Jan, 2026 09:46 AM\n{BODY}", encoding="utf-8")
    assert clean(read_raw(path)).date == "2026-01-06"


def test_lone_today_header_alone_is_kept(tmp_path: Path) -> None:
    assert _report(tmp_path, "Tuesday, July 1, 2025").date == "2025-07-01"


def test_url_date_beats_a_saved_day_header(tmp_path: Path) -> None:
    r = _report(tmp_path, "Tuesday, July 1, 2025",
                url="https://love-europe.example/2025/02/15/finland/finnish-pm-wants-peace")
    assert r.date == "2025-02-15"


def test_labelled_date_line_still_wins(tmp_path: Path) -> None:
    r = _report(tmp_path, "Published: 3 March 2025",
                url="https://example.org/2025/02/15/denmark-ready")
    assert r.date == "2025-03-03"


def test_date_in_first_sentence_is_not_the_report_date(tmp_path: Path) -> None:
    body = ("On March 3, 2025 Denmark said it is ready to send 300 soldiers to a reassurance force "
            "in Ukraine, the defence minister said.\n")
    assert _report(tmp_path, "", body=body).date is None


@pytest.mark.parametrize(("url", "iso"), [
    ("https://x.example/2025/02/21/story", "2025-02-21"),
    ("https://x.example/2025/Sep/05/NEWS/news_e.shtml", "2025-09-05"),
    ("https://x.example/20260110/uk-allocates-270mln-1123446507.html", "2026-01-10"),
    ("https://x.example/debate/Lords/2025-04-28/debates/9FE8", "2025-04-28"),
    ("https://x.example/2025/02/dutch-pm-says", None),  # no day
    ("https://x.example/article/3196678-germanys-role", None),
    ("https://x.example/2025/02/31/story", None),  # no such day
])
def test_url_date(url: str, iso: str | None) -> None:
    assert _url_date(url) == iso


@settings(max_examples=200, deadline=None)
@given(st.dates(), st.sampled_from(["%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d.%m.%Y",
                                    "%Y-%m-%d", "%A, %d %B %Y"]))
def test_any_written_date_reads_back(day: object, fmt: str) -> None:
    import datetime

    assert isinstance(day, datetime.date)
    if day.year < 2000 or day.year > 2099:
        return
    got = _head_line_date(day.strftime(fmt))
    assert got is not None and got[0] == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_head_line_date_never_fails(line: str) -> None:
    got = _head_line_date(line)
    assert got is None or len(got[0]) == 10


def test_rooted_host_has_no_trailing_dot(tmp_path: Path) -> None:
    r = _report(tmp_path, "", url="https://kyivindependent.com./europe-ready-to-send-troops")
    assert r.outlet == "kyivindependent.com"


def test_join_our_newsletter_names_no_outlet(tmp_path: Path) -> None:
    r = _report(tmp_path, "Join our Newsletter", url="https://www.princegeorgecitizen.com/world/x")
    assert r.outlet == "princegeorgecitizen.com"


@pytest.mark.parametrize("dateline", [
    "HELSINKI, Sept 2 (Reuters) – Finland's president said progress is being made on the plan.",
    "PARIS (Reuters) - France pledged 2 billion euros in military aid to Ukraine on Thursday.",
    "KYIV, Ukraine (AP) — French President Emmanuel Macron said Thursday that 26 nations pledged.",
])
def test_wire_dateline_on_a_site_is_cited_not_the_outlet(tmp_path: Path, dateline: str) -> None:
    """Review ev-s12 §8: a wire's dateline on a site's page credits the site and cites the wire,
    with or without a date in the dateline (one rule for both)."""
    r = _report(tmp_path, "", url="https://www.thestar.com.my/news/world/france-pledges-aid",
                body=dateline + "\n" + BODY)
    assert r.outlet == "thestar.com.my"
    assert r.cites in ("Reuters", "AP")


def test_wire_dateline_without_an_address_is_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("PARIS (Northwire) - France pledged aid to Ukraine on Thursday, officials "
                    "said after the meeting.\n" + BODY, encoding="utf-8")
    assert clean(read_raw(path)).outlet == "Northwire"


@pytest.mark.parametrize(("sentence", "url", "cites"), [
    ("Troops may go, according to Macron. ", "https://example.org/news/x", None),
    ("Troops may go, according to German officials' plans. ", "https://example.org/news/x", None),
    ("Troops may go, according to UNN. ", "https://unn.ua/en/news/x", None),
    ("Troops may go, according to Swedish Foreign Minister Maria Malmer. ",
     "https://example.org/news/x", None),
    ("Troops may go, according to Bloomberg. ", "https://unn.ua/en/news/x", "Bloomberg"),
    ("Troops may go, according to U.S. State Department planners. ",
     "https://example.org/news/x", "U.S. State Department"),
])
def test_cites_is_a_source_not_a_person_nation_or_the_site(
        tmp_path: Path, sentence: str, url: str, cites: str | None) -> None:
    """Review ev-s12 §8: `cites` held 'Macron', 'German' and unn.ua's own 'UNN'."""
    r = _report(tmp_path, "", url=url, body=sentence + BODY)
    assert r.cites == cites


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www-green.cache-green.aws.rnz.net.nz/news/world/x", "rnz.net.nz"),
    ("https://cdn.example.org/news/x", "example.org"),
    ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
    ("https://en.interfax.com.ua/news/x", "en.interfax.com.ua"),
])
def test_cache_hosts_name_their_site(tmp_path: Path, url: str, outlet: str) -> None:
    assert _report(tmp_path, "", url=url).outlet == outlet
