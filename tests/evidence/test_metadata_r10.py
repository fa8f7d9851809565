"""Review r10: report metadata (title, outlet, date) from page heads and plain-text headers.

Made-up reports only. A page's JSON-LD publisher and its "Title | Outlet" <title>, a syndicator's
"Title - SITE" with the site as <meta> author, an outlet or domain line under a plain-text title,
a scraper's "date 2025-03-17" run into the first paragraph, "Source: Name" lines: each is read,
and each rule is tested the other way too (a speaker, a clause, a section label, a place, a
person's name, another site's agency are no outlet).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence._clean import clean, display_title
from reassure.evidence._ingest import looks_like_outlet, names_host, read_raw, split_title
from reassure.evidence._model import Report

BODY = ("Denmark is ready to send 300 soldiers to a reassurance force in Ukraine, the defence "
        "minister said on Tuesday.\nThe Netherlands said any deployment needs approval from "
        "parliament.\n")


def _report(tmp_path: Path, text: str, name: str = "r.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean(read_raw(path))


def _page(head: str, body: str = BODY) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body.strip().split("\n"))
    return f"<!doctype html><html><head>{head}</head><body><article>{paras}</article></body></html>"


# --- HTML -----------------------------------------------------------------------------------------

def test_json_ld_publisher_and_title_suffix(tmp_path: Path) -> None:
    head = ('<title>Denmark weighs a Ukraine mission | Harbour Gazette Online</title>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Denmark '
            'weighs a Ukraine mission", "datePublished": "2025-02-17T23:30:00+02:00", '
            '"author": [{"@type": "Person", "name": "Ida Holm"}], '
            '"publisher": {"@type": "Organization", "name": "Harbour Gazette"}}</script>')
    r = _report(tmp_path, _page(head), "p.html")
    assert (r.title, r.outlet, r.date, r.author) == (
        "Denmark weighs a Ukraine mission", "Harbour Gazette", "2025-02-17", "Ida Holm")


def test_json_ld_graph_publisher_by_id(tmp_path: Path) -> None:
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": "#page"}, '
          '{"@type": ["NewsArticle"], "headline": "Oslo offers a company", '
          '"datePublished": "2025-04-02", "publisher": {"@id": "#org"}}, '
          '{"@type": "NewsMediaOrganization", "@id": "#org", "name": "Fjord Courier"}]}')
    r = _report(tmp_path, _page(f'<script type="application/ld+json">{ld}</script>'), "g.html")
    assert (r.outlet, r.date) == ("Fjord Courier", "2025-04-02")


def test_title_suffix_alone_names_the_outlet(tmp_path: Path) -> None:
    r = _report(tmp_path, _page("<title>Sweden sets terms for a force | Vestland Pravda</title>"),
                "t.html")
    assert (r.title, r.outlet) == ("Sweden sets terms for a force", "Vestland Pravda")


def test_opengraph_and_meta_tags(tmp_path: Path) -> None:
    head = ('<meta property="og:site_name" content="The Quay Herald">'
            '<meta property="og:title" content="Ministers meet in Paris">'
            '<meta name="pubdate" content="2025-03-05">')
    r = _report(tmp_path, _page(head), "o.html")
    assert (r.title, r.outlet, r.date) == ("Ministers meet in Paris", "The Quay Herald",
                                           "2025-03-05")


def test_syndicator_suffix_is_the_outlet_and_the_original_stays_cited(tmp_path: Path) -> None:
    head = ('<title>Baltic ministers wary of a ceasefire - NEWSFEEDX</title>'
            '<meta name="author" content="NEWSFEEDX"><meta name="date" content="2025-03-31">')
    body = ("(NEWSFEEDX) The Baltic states fear a ceasefire could raise the risks they face, "
            "according to a report by the Northern Financial Ledger citing their ministers.\n"
            "Estonia said it would not send troops to Ukraine.\n")
    r = _report(tmp_path, _page(head, body), "s.html")
    assert (r.title, r.outlet, r.date) == ("Baltic ministers wary of a ceasefire", "NEWSFEEDX",
                                           "2025-03-31")
    assert r.cites == "Northern Financial Ledger"
    assert r.author is None  # the site as author is no writer


@pytest.mark.parametrize("title", [
    "UK to send troops after a ceasefire - Starmer",      # a speaker, not an outlet
    "Talks in Paris | what we know so far",                # a clause
    "Coalition meets in Paris | World News",               # a section label
    "Ukraine force takes shape - Kyiv",                    # a place
])
def test_title_suffix_that_is_no_outlet(tmp_path: Path, title: str) -> None:
    r = _report(tmp_path, _page(f"<title>{title}</title>"), "n.html")
    assert r.outlet is None


def test_title_suffix_of_another_site_is_not_the_outlet(tmp_path: Path) -> None:
    head = ('<title>Only six states willing to deploy troops - AFP</title>'
            '<link rel="canonical" href="https://www.relay-news.example/world/six-states">')
    r = _report(tmp_path, _page(head), "c.html")
    assert r.outlet == "relay-news.example"  # the page is the relay's; AFP is its source


# --- plain text -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "outlet"), [
    ("kyivnews.ua", "kyivnews.ua"),
    ("Northwire", "Northwire"),
    ("The Quay Herald", "The Quay Herald"),
])
def test_outlet_line_under_the_title(tmp_path: Path, line: str, outlet: str) -> None:
    r = _report(tmp_path, f"Six European countries ready to send troops\n{line}\n\n{BODY}")
    assert (r.title, r.outlet) == ("Six European countries ready to send troops", outlet)
    assert line not in r.clean_text.split("\n")


@pytest.mark.parametrize("line", [
    "Officials said the plan was taking shape.",   # a sentence
    "Ida Holm",                                    # a writer without "By"
    "World News",                                  # a section label
    "KYIV",                                        # a place
    "Analysis",
])
def test_no_outlet_line_under_the_title(tmp_path: Path, line: str) -> None:
    r = _report(tmp_path, f"Six European countries ready to send troops\n{line}\n\n{BODY}")
    assert r.outlet is None


def test_outlet_name_needs_a_title_above_it(tmp_path: Path) -> None:
    # a one-word first line is no outlet (it may be the title); a domain is
    assert _report(tmp_path, f"Northwire\n\n{BODY}").outlet is None
    assert _report(tmp_path, f"quaynews.example\n\n{BODY}", "d.txt").outlet == "quaynews.example"


def test_outlet_line_after_the_article_began_is_text(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Ministers meet.\n{BODY}Northwire\n")
    assert r.outlet is None


@pytest.mark.parametrize(("header", "date"), [
    ("date 2025-03-17", "2025-03-17"),
    ("Date: 17 March 2025", "2025-03-17"),
    ("Published: March 17, 2025", "2025-03-17"),
])
def test_date_lines(tmp_path: Path, header: str, date: str) -> None:
    r = _report(tmp_path, f"Ministers weigh a force\nNorthwire\n{header}\n\n{BODY}")
    assert (r.outlet, r.date) == ("Northwire", date)


def test_header_block(tmp_path: Path) -> None:
    r = _report(tmp_path, "Title: Ministers weigh a force\nSource: Quay Herald\nBy Ida Holm\n"
                          f"Date: 2025-03-17\n\n{BODY}")
    assert (r.title, r.outlet, r.author, r.date) == (
        "Ministers weigh a force", "Quay Herald", "Ida Holm", "2025-03-17")
    r = _report(tmp_path, f"Publisher: The Quay Herald\n\n{BODY}", "p.txt")
    assert r.outlet == "The Quay Herald"


def test_source_sentence_is_no_outlet(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Source: officials said the talks would go on\n{BODY}")
    assert r.outlet is None


def test_source_name_under_another_sites_address_is_cited(tmp_path: Path) -> None:
    r = _report(tmp_path, "Source: https://relay-news.example/world/x\n\nEurope lacks troops\n"
                          f"Source: The Quay Herald\n\n{BODY}")
    assert (r.outlet, r.cites) == ("relay-news.example", "The Quay Herald")


def test_run_in_date_header(tmp_path: Path) -> None:
    text = (" date 2025-03-17 Ukraine's foreign minister said in an interview that the idea of a "
            "mission to monitor the ceasefire is now being put in place.\nItaly said it would "
            "not send troops.\n")
    r = _report(tmp_path, text)
    assert (r.date, r.title) == ("2025-03-17", None)
    assert r.clean_text.startswith("date 2025-03-17")  # the text stays as written
    r = _report(tmp_path, " date 2025-03-17 Romania joins the coalition of the willing to support "
                          f"Ukraine\n{BODY}", "t.txt")
    assert (r.date, r.title) == ("2025-03-17", "Romania joins the coalition of the willing to "
                                               "support Ukraine")


def test_display_title_is_the_title_or_the_first_sentence_without_the_header(
        tmp_path: Path) -> None:
    r = _report(tmp_path, " date 2025-03-17 Italy ruled out troops. Spain said it would wait.\n"
                          "France is ready to send troops to Ukraine, officials said on Monday.\n")
    assert (r.title, display_title(r)) == (None, "Italy ruled out troops.")
    long = _report(tmp_path, "The foreign minister said in a long interview " + "again " * 30
                   + "that troops would come.\nItaly said no.\n", "l.txt")
    assert display_title(long, 60).endswith("…") and len(display_title(long, 60)) <= 60
    titled = _report(tmp_path, f"Ministers weigh a force\n{BODY}", "t.txt")
    assert display_title(titled) == "Ministers weigh a force"


def test_short_run_in_line_is_left_out_whole(tmp_path: Path) -> None:
    r = _report(tmp_path, f" date 2025-07-10 Left Menu\n\nCoalition gets a headquarters\n{BODY}")
    assert (r.date, r.title) == ("2025-07-10", "Coalition gets a headquarters")


def test_plain_title_with_outlet_suffix(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Bucharest waits, Zagreb counts | The Quay Herald\n\n{BODY}")
    assert (r.title, r.outlet) == ("Bucharest waits, Zagreb counts", "The Quay Herald")
    r = _report(tmp_path, "Denmark readies its army | The Quay Herald | By Ida Holm | "
                          f"3 March 2025\n\n{BODY}", "b.txt")
    assert (r.title, r.outlet, r.author, r.date) == (
        "Denmark readies its army", "The Quay Herald", "Ida Holm", "2025-03-03")
    assert r.clean_text.startswith("Denmark readies its army | The Quay Herald")  # text kept
    r = _report(tmp_path, f"Kyiv | Ukraine says it will welcome troops\n\n{BODY}", "n.txt")
    assert r.outlet is None


def test_explicit_outlet_keeps_a_cited_suffix_in_the_title(tmp_path: Path) -> None:
    r = _report(tmp_path, "Title: Germany ready to send peacekeepers - Northwire\n"
                          f"Outlet: Quay Herald\n\n{BODY}")
    assert (r.title, r.outlet) == ("Germany ready to send peacekeepers - Northwire", "Quay Herald")


def test_pipe_line_with_a_section_is_no_outlet(tmp_path: Path) -> None:
    r = _report(tmp_path, f"Ministers weigh a force\nWorld » UKRAINE | December 11, 2024\n\n{BODY}")
    assert (r.outlet, r.date) == (None, "2024-12-11")


# --- cited sources --------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "cites"), [
    ("Germany is ready to send peacekeepers, according to Northwire. It is too early to decide.",
     "Northwire"),
    ("The force would be small, according to the Quay Herald. Last week ministers met.",
     "Quay Herald"),
    ("The force would be small, according to U.S. State Department planners.",
     "U.S. State Department"),  # an initial's full stop is no sentence end
])
def test_cited_name_stops_at_a_sentence_end(tmp_path: Path, sentence: str,
                                           cites: str | None) -> None:
    r = _report(tmp_path, f"{sentence}\nItaly said it would not send troops.\n")
    assert r.cites == cites


# --- the helpers, both ways -----------------------------------------------------------------------

@pytest.mark.parametrize(("value", "strict", "loose"), [
    ("Northwire", True, True), ("quaynews.example", True, True), ("NEWSFEEDX", True, True),
    ("The Quay Herald", True, True), ("Kyiv Gazette", True, True), ("Le Veilleur", True, True),
    ("Vestland Pravda", True, True), ("Ida Holm", False, True),
    ("Starmer", False, False), ("Kyiv", False, False), ("Germany", False, False),
    ("World News", False, False), ("what we know", False, False),
    ("Starmer says", False, False), ("Officials said.", False, False),
    ("The Quay Herald, Copenhagen", False, False),
])
def test_looks_like_outlet(value: str, strict: bool, loose: bool) -> None:
    assert looks_like_outlet(value) is strict
    assert looks_like_outlet(value, loose=True) is loose


def test_split_title_and_names_host() -> None:
    assert split_title("Rome rules out troops | The Quay Herald") == (
        "Rome rules out troops", "The Quay Herald")
    assert split_title("Rome rules out troops - Ida Holm") is None  # a name after "-"
    assert split_title("Rome rules out troops - Ida Holm", ["Ida Holm"]) == (
        "Rome rules out troops", "Ida Holm")
    assert split_title("Interfax-Ukraine") is None
    assert names_host("Quay Herald", "quayherald.example")
    assert names_host("Kyiv Gazette", "en.kyivgazette.example")
    assert not names_host("AFP", "relay-news.example")
