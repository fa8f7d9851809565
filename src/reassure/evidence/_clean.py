"""Cleaning a report: boilerplate out, metadata kept, repeated paragraphs collapsed.

Works line by line (a non-empty line is a paragraph). Offsets of kept paragraphs point into the
report's text, which is never rewritten, so every claim can be located in the file.
"""

from __future__ import annotations

import re
from itertools import repeat
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from reassure.errors import EvidenceError
from reassure.evidence._ingest import (
    RawReport,
    _country_names,
    looks_like_outlet,
    names_host,
    split_title,
)
from reassure.evidence._model import Removed, Report

__all__ = ["MAX_TEXT_CHARS", "clean", "display_title", "head_outlet_date", "outlet_date_line",
           "report_id_for", "source_id_for", "title_note", "trim_quote_marks", "without_related"]

MAX_TEXT_CHARS = 1_000_000  # spaCy's default limit for one Doc; a news report is far shorter


# A line that starts a newsletter/subscription block: it and the short lines after it go.
_BLOCK_START = re.compile(
    r"^(the\s+)?[\w .&'’-]{0,60}\bnewsletter\s*$|^discover more from\b|^subscribe\b|"
    r"^sign (me )?up\b|^(sign up|join|register) (for|to) (our|the)\b|^follow us\b|"
    r"^(share|share this( article)?|click to share)\s*:?\s*$|^related (articles|stories|news)\s*:?\s*$|"
    r"^(read|see) (more|also)\s*:|^also read\s*:|^advertisement\s*$",
    re.IGNORECASE,
)
# A line that opens a list of other stories' headlines ("MORE ABOUT", "Read also", "Related
# Articles"): `without_related` leaves it and the headline lines after it out of the text the
# near-duplicate search compares (issue 15w: a page listing another report's headline under its
# own text shares that headline and looks like that report's copy). The claims still read them
# (an annotator reads a figure in a listed headline as the report's).
# (the headers of sets 10 and 11: "MORE ABOUT", "RELATED:", "Related Articles", "Related
# materials:", "Read also:")
_RELATED_START = re.compile(
    r"^(more about|related( articles| stories| news| materials)?|(read|see) (also|more)|"
    r"also read)\s*:?\s*$", re.IGNORECASE)
_RELATED_HINT = re.compile(r"^(more|related|read|see|also)\b", re.IGNORECASE | re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")
# A short line with one of these is boilerplate wherever it stands.
_BOILER = re.compile(
    # (not "could sign up to sending troops": a pledge, s18; nor (s68) "as more than 30 countries
    # sign up to coalition of the willing", a headline on joining)
    r"\b(unsubscribe|subscribe|newsletter|sign(ing)? (me )?up(?! (to|for) (the |a )?(send|deploy|provid|"
    r"contribut|coalition|force|mission|plan|peace|declaration|initiative|pledge|effort|security))|"
    r"privacy policy|terms of (use|service)|"
    r"recaptcha|cookies?\b|all rights reserved|copyright|latest posts sent to your email)\b|©",
    re.IGNORECASE,
)
# Cheap gate: a line without any of these cannot be boilerplate, a caption or metadata.
_KEYS = (
    "day,", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "title", "headline", "outlet", "publication", "publisher", "newspaper", "site", "|",
    "newsletter", "subscri", "sign", "follow us", "share", "related", "read ", "see ", "advertis",
    "privacy", "terms of", "recaptcha", "cookie", "rights reserved", "copyright", "©", "photo",
    "image", "picture", "caption", "getty", "shutterstock", "latest posts", "source", "original",
    "link", "author", "written by", "reporter", "publish", "date", "posted", "updated", "discover",
    "by ", "translated from", "adapted from", " from the ",
)
_PUNCT = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…«»"})
_PUNCT_RE = re.compile("[" + re.escape("".join(map(chr, _PUNCT))) + "]")
_SOURCE_LINK = re.compile(r"^(source( link)?|original( article)?|link)\s*:\s*(?P<url>https?://\S+)?\s*$",
                          re.IGNORECASE)
_AUTHOR = re.compile(r"^(author|written by|reporter)\s*:\s*(?P<name>.*?)\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?i:by)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$")
_DATE_LINE = re.compile(
    r"^(publish(ed)?( date| on)?|date( published)?|posted( on)?|updated( on)?)\s*:\s*(?P<date>.+?)\s*$"
    r"|^date\s+(?P<date2>\d{4}-\d{2}-\d{2}.*)$",
    re.IGNORECASE,
)
_LONE_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[ T,]+[\d:]{4,8})?\s*$",
    re.IGNORECASE)
# A plain-text header line: "Title: ...", "Outlet: ...", "Publication: ..."
_HEADER = re.compile(
    r"^(?P<key>title|headline|outlet|publication|publisher|newspaper|site|source name)\s*:\s*"
    r"(?P<value>.+?)\s*$", re.IGNORECASE)
_EMPTY_HEADER = re.compile(
    r"^(?:title|headline|outlet|publication|publisher|newspaper|site|source name)\s*:\s*$",
    re.IGNORECASE)
_TITLE_KEY = re.compile(r"(?:title|headline)\s*:", re.IGNORECASE)
_HEADER_KEYS = {"title": "title", "headline": "title", "outlet": "sitename",
                "publication": "sitename", "publisher": "sitename", "newspaper": "sitename",
                "site": "sitename", "source name": "sitename"}
# "By Anna Keller | The Evening Ledger | 6 March 2025", "The Valley Courier | 4 March 2025"
_PIPE_BYLINE = re.compile(
    r"^(?:(?i:by)\s+(?P<author>[^|]{3,60}?)\s*\|\s*)?(?P<outlet>[^|]{3,60}?)\s*\|\s*(?P<date>[^|]{6,40})$")
# A dateline: "LONDON, March 3 (Northwire) - " (a wire's names the agency), "Brussels, February
# 15: ", "KYIV, 3 March 2025 - ". Without a year the date is kept as written, never completed.
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’/ -]{1,40},\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)\s*(?:\((?P<outlet>[A-Z][^)]{1,40})\)\s*)?"
    r"(?:[-–—:]|\s-\s)")
# "Translated from the French edition of Le Veilleur": a translated copy names its original
_EDITION = re.compile(
    r"^(?:translated|adapted) from the (?P<lang>[A-Z][a-z]+) (?:edition|version|original|"
    r"website) of (?:the )?(?P<outlet>[A-Z][\w.&'’ -]{1,50}?)\s*\.?$", re.IGNORECASE)
# "Prepared by the Harbour Institute, 30 June 2025", "An explainer from the Harbour Institute,
# 9 July 2025": a think tank's note names itself and its date
_PREPARED = re.compile(
    r"^(?:(?:prepared|published|compiled|issued|written) by|an? (?:explainer|briefing(?: note)?|"
    r"brief|note|analysis|report|commentary|paper) (?:from|by))\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w.&'’ -]{1,60}?),\s*(?P<date>[^,]{6,40})$", re.IGNORECASE)
# "..., Caliber.Az reports per foreign media": an outlet naming itself as it relays others
_SELF = re.compile(
    r"(?P<who>\b[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}) reports,? (?:per|citing|quoting) "
    r"(?:foreign|local|international|western|russian|ukrainian) (?:media|press|outlets|sources)")
# "according to European sources / Ukrainian intelligence": a kind of source, not an outlet
_NOT_OUTLET = re.compile(
    r"\s+(?:sources?|officials?|intelligence|media|diplomats?|people|analysts?|estimates?|"
    r"government|ministry|data|figures|military|army|defen[cs]e)\b")
# review r10: "date 2025-03-17 Ukraine's Foreign Minister said ...": a scraper's date header run
# into the first paragraph; the date is metadata, the rest of the line the article's text (which
# keeps the header: see `clean`)
_DATE_RUN_IN = re.compile(r"^date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)", re.IGNORECASE)
# "Source: Reuters" in the header names the outlet ("Source: https://..." is `_SOURCE_LINK`)
_SOURCE_NAME = re.compile(r"^source\s*:\s*(?P<name>[^:/]+?)\s*$", re.IGNORECASE)
_CAPTION = re.compile(
    r"\((?:[A-Z][\w.&/ -]*\s)?photos?\b[^)]*\)\s*$|\((?:photo|image|picture)[^)]*\)\s*$|"
    r"^(photo|image|picture|caption)( credit)?\s*:|(?:AP|AFP|Reuters|EPA|Getty Images)\s+Photo\b[^.]*$|"
    r"\b(?:Getty Images|Shutterstock)\s*\)?\s*$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    r"\b(?i:according to) (?:(?i:a report) (?:by|in|from) )?(?:(?i:the) )?"
    r"(?:(?i:news agency|agency|newspaper|daily|broadcaster|outlet|website|channel) )?"
    r"(?P<who>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4})"
)
_REPORTS = re.compile(r"(?P<who>\b[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}) reports\b")

_MONTHS = {
    m: i for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")], start=1)
    for m in names
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_YEAR_DIGITS = re.compile(r"\d{4}")  # every date pattern above has a four-digit year

_COMMON_EN = frozenset(
    "the of and to in a is that for on with as by was are it be from at has have had this will not "
    "or an its their which but would been were said they he she his her we who also more than "
    # (s65) more English-only function words: a 30-word brief dense with names and figures fell
    # under the share with the list above alone ("Moscow has warned against any Western ...")
    "any some under against after over into about could should may can if all there what when "
    "our these those other such only".split()
)


def report_id_for(path: str | Path) -> str:
    """The stable report id: the file stem, slugified, with a trailing content hash dropped.

    ``000_e2a977955cc9bd59.txt`` -> ``000``; ``Le Monde 2025-02-17.html`` -> ``le-monde-2025-02-17``.
    """
    stem = Path(path).stem
    stem = re.sub(r"[_-][0-9a-f]{8,}$", "", stem) or stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "report"


def source_id_for(path: str | Path, report_id: str) -> str:
    """The scenario source id: ``<folder name, singular>-<report id>``, e.g. ``seed-000``.

    The folder is the file's parent as given (``../shared/seeds/000_x.txt`` -> ``seed``); a file
    given without a folder uses its absolute parent. A missing name falls back to ``report``.
    """
    parent = Path(path).parent
    name = parent.name or Path(path).resolve().parent.name
    prefix = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if prefix.endswith("s") and len(prefix) > 3:
        prefix = prefix[:-1]
    prefix = prefix or "report"
    if report_id.startswith(prefix + "-"):
        return report_id
    return f"{prefix}-{report_id}"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding white space."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


MAX_SENTENCE_CHARS = 2_000  # a news sentence is a few hundred characters; a list under 1,000
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+")


def _cut_run_ons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The paragraph ``text[a:b]`` as spans, cut inside any sentence longer than
    `MAX_SENTENCE_CHARS` (at the last space before the limit); other sentences are left whole,
    and a paragraph without such a sentence is one span, as before."""
    if b - a <= MAX_SENTENCE_CHARS:
        return [(a, b)]
    out: list[tuple[int, int]] = []
    piece = start = a  # the current span's start, the current sentence's start
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, a, b)]
    for end in (*ends, b):
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            stop, start = (cut, cut + 1) if cut >= 0 else (start + MAX_SENTENCE_CHARS,) * 2
            while stop > piece and text[stop - 1].isspace():
                stop -= 1
            if stop > piece:
                out.append((piece, stop))
            while start < end and text[start].isspace():
                start += 1
            piece = start
        start = end
    if b > piece:
        out.append((piece, b))
    return out


def _words(s: str) -> int:
    return len(s.split())


def parse_date(value: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from '2025-02-20 21:18', 'Feb. 20, 2025' or '20 February 2025'."""
    if not _YEAR_DIGITS.search(value):  # most sentences: no year, no date (one fast scan)
        return None
    m = _ISO_DATE.search(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    m = _MDY.search(value)
    if m and m.group(1).lower() in _MONTHS:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = _DMY.search(value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def _unwrap_url(url: str) -> str:
    """The article address inside a redirect (news aggregators wrap it in ``url=``)."""
    try:
        query = parse_qs(urlparse(url).query)
    except ValueError:
        return url
    for key in ("url", "u", "q"):
        for value in query.get(key, []):
            inner = unquote(value)
            if inner.startswith(("http://", "https://")):
                return inner
    return url


def _outlet_from_url(url: str) -> str | None:
    host = urlparse(url).hostname or ""
    if _bare_ip(host):
        # s32: an address by number (a proxy's: "http://79.170.44.78/…/index.php?q=…") names no
        # outlet; the site it wraps in its query (plain or base64) may, else none
        inner = _wrapped_url(url)
        return _outlet_from_url(inner) if inner else None
    host = re.sub(r"^(www|m|amp|news)\.", "", host).rstrip(".")  # "kyivindependent.com." (a rooted name)
    labels = host.split(".")
    while len(labels) > 2 and _CACHE_LABEL.search(labels[0]):
        labels.pop(0)  # "www-green.cache-green.aws.rnz.net.nz": a cache's host, the site rnz
    if len(labels) > 2 and any("cdn" in x for x in labels[1:]):
        # (s50 review) a publishing platform's CDN names the site in its first label, with the
        # owner and the environment ("irishtimes-irishtimes-prod.web.arc-cdn.net"): the site
        names = [x for x in labels[0].split("-") if x and x not in _ENVIRONMENTS]
        if names and names != labels[0].split("-"):
            return names[-1]
    return ".".join(labels) or None


_CACHE_LABEL = re.compile(r"cache|cdn|^aws$|^www-|^edge")
_ENVIRONMENTS = frozenset({"prod", "production", "sandbox", "staging", "stage", "dev", "test",
                           "preview", "live"})
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _bare_ip(value: str) -> bool:
    """Whether a host or a name is only an IP address ("79.170.44.78", "2001:db8::1")."""
    value = value.strip().strip("[]")
    return bool(_IPV4.fullmatch(value)) or (value.count(":") >= 2
                                             and bool(re.fullmatch(r"[0-9A-Fa-f:.]+", value)))


def _wrapped_url(url: str) -> str | None:
    """The address a proxy or redirect carries in its query (``url=``, ``u=``, ``q=``), written
    out or in base64 ("aHR0cHM6Ly93d3cuYmJjLmNvbS8…" is "https://www.bbc.com/…"); None if none."""
    import base64
    import binascii

    try:
        query = parse_qs(urlparse(url).query)
    except ValueError:
        return None
    for key in ("url", "u", "q"):
        for value in query.get(key, []):
            inner = unquote(value)
            if not inner.startswith(("http://", "https://")):
                try:
                    inner = base64.b64decode(inner + "=" * (-len(inner) % 4),
                                             altchars=b"-_" if "-" in inner or "_" in inner
                                             else None).decode("utf-8")
                except (binascii.Error, ValueError):
                    continue
            if inner.startswith(("http://", "https://")) and urlparse(inner).hostname:
                return inner
    return None


_NEGATED_AUX = frozenset({"doesn", "don", "isn", "aren", "wasn", "weren", "won", "can", "couldn",
                          "wouldn", "shouldn", "didn", "hasn", "haven", "hadn"})


def _title_from_url(url: str) -> str | None:
    path = urlparse(url).path.rstrip("/")
    slug = path.rsplit("/", 1)[-1]
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    slug = re.sub(r"[-_]\d{5,}$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w]
    # (s48 review) an article number before the words ("656913-trump-says-..."), a hash-like
    # code after them ("...-deployment-fbcad3"); a contraction the slug split ("doesn-t")
    while words and re.fullmatch(r"\d{5,}", words[0]):  # (a year, 4 digits, stays)
        words = words[1:]
    while len(words) > 4 and _hash_like(words[-1].lower()):
        words = words[:-1]
    if len(words) < 4 or not all(re.fullmatch(r"[A-Za-z0-9]+", w) for w in words):
        return None
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
    upper = {"us", "uk", "eu", "nato", "un", "usa"}
    out: list[str] = []
    for i, w in enumerate(words):
        lw = w.lower()
        before = words[i - 1].lower() if i else ""
        if out and (lw == "s" and len(before) > 1 and not before.isdigit() and before not in small
                    or lw == "t" and before in _NEGATED_AUX):
            out[-1] += "'" + lw  # "doesn-t", "ukraine-s": the apostrophe the slug dropped
            continue
        out.append(lw.upper() if lw in upper else lw if (i and lw in small) else lw.capitalize())
    if len(out) < 4:
        return None
    return " ".join(out)


def _hash_like(word: str) -> bool:
    """A code, not a word: hexadecimal with a digit ("fbcad3"), or 12 letters and digits or more
    with two digits ("2qjpuwd2zd3d7hbo0qhlyr"); not "covid19" or "2025"."""
    if word.isdigit():
        return False
    hexa = len(word) >= 6 and re.fullmatch(r"[0-9a-f]+", word) is not None and \
        any(ch.isdigit() for ch in word)
    return hexa or len(word) >= 12 and sum(ch.isdigit() for ch in word) >= 2


def _has_key(lower: str) -> bool:
    return any(map(lower.__contains__, _KEYS))


def without_related(text: str) -> str:
    """``text`` (a report's clean text, one paragraph a line) without its related-stories lists:
    a header line (`_RELATED_START`) and the headline lines after it (25 words or fewer, not
    ending a sentence: headlines and their times), up to the first line of sentences."""
    if not _RELATED_HINT.search(text):
        return text
    out: list[str] = []
    listing = False
    for line in text.split("\n"):
        s = line.strip()
        if _RELATED_START.match(s):
            listing = True
            continue
        if listing and s and len(s.split()) <= 25 and not _SENTENCE_END.search(s):
            continue
        listing = listing and not s
        out.append(line)
    return "\n".join(out)


def _norm_para(s: str) -> str:
    # (``s.lower().translate(_PUNCT)``: a regular expression replaces the same marks faster)
    return " ".join(_PUNCT_RE.sub(" ", s.lower()).split())


_CITATION_MARK = re.compile(r"(?<=[A-Za-z.,;:)\]])\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,2})\]")
_STRAY_HYPHEN = re.compile(r"(?:(?<=[–—-] )|(?<=^))-(?=[A-Z][a-z])", re.MULTILINE)


def clean(raw: RawReport) -> Report:
    """Strip boilerplate, read metadata, collapse repeated paragraphs; raise if nothing is left."""
    text = _without_stray_marks(raw.text)
    # (review s44) a plain-text report's "Outlet, date" header line (`head_outlet_date`)
    meta = {**head_outlet_date(text), **raw.meta} if raw.fmt == "text" else dict(raw.meta)
    lines = _lines(text)
    removed: list[Removed] = []
    kept = _article_lines(text, lines, meta, removed)
    unique = _without_repeats(text, kept, removed)
    # (review s45) a run-on "sentence" of many thousand characters (a page without full stops, a
    # line of figures joined by "and") is read in pieces: the readers' cost grows with the square
    # of a sentence's claims (34,000 characters took 2.5 minutes, 950,000 never ended)
    unique = [piece for a, b in unique for piece in _cut_run_ons(text, a, b)]
    _check_kept_text(raw, text, unique)

    rid = report_id_for(raw.path)
    url = meta.get("url")
    title, title_from = _report_title(text, unique, meta, url)
    date_as_written = _read_datelines(text, unique, meta)
    head = " ".join(text[a:b] for a, b in unique[:3])
    has_reports = " reports" in head  # (both patterns below need it: a fast test first)
    itself = _self_named_outlet(head, has_reports, meta)
    outlet = _report_outlet(meta, url)
    date = _report_date(text, lines, meta, url)
    if date:
        date_as_written = None
    cites = _cited_source(head, has_reports, meta, outlet, itself, url)
    return Report(
        id=rid,
        source_id=source_id_for(raw.path, rid),
        path=raw.path,
        fmt=raw.fmt,
        text=text,
        paragraphs=tuple(unique),
        removed=tuple(sorted(removed, key=lambda r: r.start)),
        title=title,
        outlet=outlet,
        date=date,
        author=meta.get("author"),
        url=url,
        cites=cites,
        date_as_written=date_as_written,
        title_from=title_from,
    )


def _without_stray_marks(text: str) -> str:
    """The report's text with stray hyphens and citation brackets blanked (every offset kept)."""
    # (s55) "(Reuters) – -Germany's defence minister": a stray hyphen glued to the name after a
    # dateline's dash hid the nation; a space in its place keeps every offset
    text = _STRAY_HYPHEN.sub(" ", text)
    # (s57, held-out set 113, read after its score) a wiki mirror's citation marks glued to the
    # words ("a coalition of 31 countries[1][2][3]") hid the unit: their brackets become spaces,
    # which keeps every offset, and their numbers stay (mirrors of one page share them: blanking
    # them too cost set 112 a near-duplicate pair)
    return _CITATION_MARK.sub(lambda m: " " + m.group()[1:-1] + " ", text)


def _article_lines(text: str, lines: list[tuple[int, int]], meta: dict[str, str],
                removed: list[Removed]) -> list[tuple[int, int]]:
    """The article's lines; metadata read into ``meta``, every line left out added to ``removed``."""
    kept: list[tuple[int, int]] = []
    in_block = False
    for a, b in lines:
        line = text[a:b]
        if len(kept) <= 3 and not in_block and _read_head_line(text, line, a, b, kept, meta, removed):
            continue
        if not in_block and (line.count(" ") >= 40 and not (len(kept) <= 3 and _TITLE_KEY.match(line))
                             or not _has_key(line.lower())):
            kept.append((a, b))  # long lines and lines without a key word are article text
            continue
        words = _words(line)
        if _labelled_metadata(line, a, b, words, kept, meta, removed):
            continue
        if _byline_metadata(line, a, b, words, kept, meta, removed):
            continue
        # (the word count tested first: a long paragraph skips the pattern; 15za)
        if words <= 25 and _BLOCK_START.search(line):
            outlet = _outlet_from_block(line)
            if outlet:
                meta.setdefault("sitename", outlet)
            in_block = True
            removed.append(Removed(a, b, "boilerplate"))
            continue
        if in_block and (words <= 12 or _BOILER.search(line)):
            removed.append(Removed(a, b, "boilerplate"))
            continue
        in_block = False
        if words <= 40 and _BOILER.search(line):
            removed.append(Removed(a, b, "boilerplate"))
            continue
        if words <= 40 and _CAPTION.search(line):
            removed.append(Removed(a, b, "caption"))
            continue
        kept.append((a, b))
    return kept


def _read_head_line(text: str, line: str, a: int, b: int, kept: list[tuple[int, int]],
                      meta: dict[str, str], removed: list[Removed]) -> bool:
    """Read a head line's run-in date, or take the line out as the outlet's name (True)."""
    m = _DATE_RUN_IN.match(line)
    if m and _words(line) > 8 and parse_date(m.group("date")):
        # the date is read, the text left as it is: the near-duplicate model was fitted
        # on texts with the header in (cut out, set 11b finds one copy fewer); the title
        # drops it. (A short line is `_DATE_LINE`'s, left out whole: "date 2025-07-10
        # Left Menu".)
        meta.setdefault("date", m.group("date"))
    elif len(kept) <= 2 and _outlet_line(line, [text[x:y] for x, y in kept], meta):
        meta.setdefault("sitename", line)
        removed.append(Removed(a, b, "metadata"))
        return True
    return False


def _labelled_metadata(line: str, a: int, b: int, words: int, kept: list[tuple[int, int]],
                       meta: dict[str, str], removed: list[Removed]) -> bool:
    """Read a labelled line (source, author, "Title: ...") into ``meta``; whether it was one."""
    m = _SOURCE_LINK.match(line)
    if m:
        if m.group("url"):
            meta.setdefault("url", _unwrap_url(m.group("url")))
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _AUTHOR.match(line)
    if m:
        if m.group("name"):
            meta.setdefault("author", m.group("name"))
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _SOURCE_NAME.match(line)
    if m and len(kept) <= 3 and looks_like_outlet(m.group("name")):
        if _may_name_site(m.group("name"), meta):
            meta.setdefault("sitename", m.group("name"))
        else:  # "Source: The Times" under the address of another site: the original
            meta.setdefault("cites", m.group("name"))
        removed.append(Removed(a, b, "metadata"))
        return True
    if len(kept) <= 3 and _EMPTY_HEADER.match(line):
        # (s48 review) "Title: " with nothing after it: no headline, and no body line
        # ("Title:" was read as the report's first words, and shown as its title)
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _HEADER.match(line)
    # s32: a title header at any length (a 30-word "Title: ..." was read as the article's
    # first sentence, "Title: " and all); the other headers are short
    if m and len(kept) <= 3 and (words <= 25 or _HEADER_KEYS[m.group("key").lower()] == "title"):
        key = _HEADER_KEYS[m.group("key").lower()]
        meta.setdefault(key, m.group("value"))
        if key == "title":
            # (s25) the headline is read as the report's first line, as a page's headline
            # is: "Title: France, UK ready to send troops" says what the body may not repeat
            # (a body that repeats it collapses to one copy below)
            removed.append(Removed(a, a + m.start("value"), "metadata"))
            kept.append((a + m.start("value"), a + m.end("value")))
            return True
        removed.append(Removed(a, b, "metadata"))
        return True
    return False


def _byline_metadata(line: str, a: int, b: int, words: int, kept: list[tuple[int, int]],
                     meta: dict[str, str], removed: list[Removed]) -> bool:
    """Read a byline, an edition or a date line into ``meta``; whether it was one."""
    m = _EDITION.match(line)
    if m and len(kept) <= 3:
        meta.setdefault("sitename", f"{m.group('outlet').strip()} "
                                    f"({m.group('lang').capitalize()} edition, translated)")
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _PREPARED.match(line)
    if m and len(kept) <= 3 and parse_date(m.group("date")):
        meta.setdefault("sitename", m.group("outlet").strip())
        meta.setdefault("date", m.group("date"))
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _PIPE_BYLINE.match(line)
    if m and len(kept) <= 3 and parse_date(m.group("date")):
        if looks_like_outlet(m.group("outlet"), loose=True):  # not "World » UKRAINE"
            meta.setdefault("sitename", m.group("outlet").strip())
        meta.setdefault("date", m.group("date"))
        if m.group("author"):
            meta.setdefault("author", m.group("author").strip())
        removed.append(Removed(a, b, "metadata"))
        return True
    if words <= 6 and len(kept) <= 3 and _LONE_DATE.match(line) and parse_date(line):
        # "Wednesday, 7 January 2026 13:04": weighed with the head's other dates
        # (`_head_date`: a site's "today" header names the day it was saved)
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _DATE_LINE.match(line)
    if m and words <= 8:
        date = parse_date(m.group("date") or m.group("date2"))
        if date:
            meta.setdefault("date", date)
        removed.append(Removed(a, b, "metadata"))
        return True
    m = _BYLINE.match(line)
    if m:
        meta.setdefault("author", m.group("name"))
        removed.append(Removed(a, b, "metadata"))
        return True
    return False


def _without_repeats(text: str, kept: list[tuple[int, int]],
                     removed: list[Removed]) -> list[tuple[int, int]]:
    """The kept lines without repeats (each added to ``removed``), the first copy kept."""
    # Repeated paragraphs (a title printed four times, a paragraph pasted twice): keep the first.
    seen: set[str] = set()
    unique: list[tuple[int, int]] = []
    for a, b in kept:
        key = _norm_para(text[a:b])
        if key in seen:
            removed.append(Removed(a, b, "repeated"))
            continue
        seen.add(key)
        unique.append((a, b))
    return unique


def _check_kept_text(raw: RawReport, text: str, unique: list[tuple[int, int]]) -> None:
    """Raise if the cleaned text is too long, empty, or not English."""
    kept_chars = sum(b - a + 2 for a, b in unique)
    if kept_chars > MAX_TEXT_CHARS:
        raise EvidenceError(
            f"{raw.path}: text is too long ({kept_chars:,} characters once cleaned; reports over "
            f"{MAX_TEXT_CHARS:,} are refused)"
        )
    if not unique:
        what = "HTML without article text" if raw.fmt == "html" else "no text"
        raise EvidenceError(f"{raw.path}: {what} left once boilerplate is removed")
    _check_english(raw.path, _opening(text, unique), raw.fmt)


def _report_title(text: str, unique: list[tuple[int, int]], meta: dict[str, str],
                  url: str | None) -> tuple[str | None, str | None]:
    """The report's title, and "address" when it was read from the address (else None)."""
    title = meta.get("title")
    title_from = None
    if not title:
        title = _first_headline(text, unique)
    if not title and url:
        title = _title_from_url(url)
        title_from = "address" if title else None  # (s50 review) said so, not a headline
    if not title:  # the first short line, as before review ev-s12, unless it is page chrome
        first = text[unique[0][0]:unique[0][1]]
        first = first[m.end():] if (m := _DATE_RUN_IN.match(first)) else first
        first = without_dateline(first)
        if (_words(first) <= 20 and not first.rstrip("”\"’'").endswith((".", "!", "?", ":", ";"))
                and not _chrome(first) and not _bare_dateline(first)):
            title = first
    if title:  # s39: a Markdown heading's marks ("# Policy brief: ...") are no part of a title
        title = _MD_HEADING.sub("", title).strip() or None
    if title:  # "Bucharest waits, Zagreb counts | The Southern Ledger": the outlet after the title
        title = _title_parts(title, meta)
    return title, title_from


def _read_datelines(text: str, unique: list[tuple[int, int]], meta: dict[str, str]) -> str | None:
    """Read the opening dateline's date and agency into ``meta``; its date as written if unread."""
    date_as_written = None
    for a, b in unique[:3]:  # the dateline opens the story, under a title or a standfirst
        m = _DATELINE.match(text[a:b])
        if m and _month_known(m.group("date")):
            if m.group("outlet"):
                _credit_wire(m.group("outlet").strip(), meta)
            if parse_date(m.group("date")):
                meta.setdefault("date", m.group("date"))
            elif "date" not in meta:
                date_as_written = m.group("date")
            break
    for a, b in unique[:_TITLE_LINES]:  # (under chrome, a title and a caption: ga17)
        w = _WIRE_DATELINE.match(text[a:b])
        if w:  # "PARIS (Reuters) - ...": a wire's dateline without a date
            _credit_wire(w.group("outlet").strip(), meta)
            break
    return date_as_written


def _self_named_outlet(head: str, has_reports: bool, meta: dict[str, str]) -> str | None:
    """The outlet the head names as itself ("..., Caliber.Az reports per foreign media")."""
    self_m = _SELF.search(head) if has_reports else None
    itself = self_m.group("who").strip(" .,") if self_m else None
    if itself and "sitename" not in meta:
        meta["sitename"] = itself
    return itself


def _report_outlet(meta: dict[str, str], url: str | None) -> str | None:
    """The report's outlet: the site's name read, else the address's host."""
    sitename = meta.get("sitename")
    if sitename and _bare_ip(sitename):  # s32: a number names no outlet
        sitename = None
    return sitename or (_outlet_from_url(url) if url else None)


def _report_date(text: str, lines: list[tuple[int, int]], meta: dict[str, str],
                 url: str | None) -> str | None:
    """The report's ISO date: the one read, else the head's or the address's."""
    date = meta.get("date")
    date = parse_date(date) if date else None
    if not date:
        date = _head_date(text, lines, url)
    return date


def _cited_source(head: str, has_reports: bool, meta: dict[str, str], outlet: str | None,
                  itself: str | None, url: str | None) -> str | None:
    """Whom the report cites: a source named in its header, else one its head reports from."""
    cites = meta["cites"] if meta.get("cites") not in (None, outlet) else None
    cites = cites if cites and _citable(cites, outlet, url) else None
    for m in (*_ACCORDING.finditer(head), *(_REPORTS.finditer(head) if has_reports else ())):
        if cites:
            break
        who = _name_only(m.group("who"))
        if who not in (outlet, itself) and not _NOT_OUTLET.match(head, m.end()) \
                and _citable(who, outlet, url):
            cites = who
            break
    return cites


# "PARIS (Reuters) - ", "KYIV, Ukraine (AP) — ": a wire's dateline without a date (the city in
# capitals, as wires write it)
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30})?\s+\((?P<outlet>[A-Z][^)]{1,40})\)"
    r"\s*[-–—]")


def _credit_wire(agency: str, meta: dict[str, str]) -> None:
    """A dateline's agency: the report's outlet when nothing else names one and the report gives
    no address of another site (a plain wire copy); else whom it cites (review ev-s12 §8: one
    Reuters dateline on asiannewsindia.com made Reuters the outlet, another on thestar.com.my
    did not; now both are the host's, citing Reuters)."""
    if "sitename" not in meta and _may_name_site(agency, meta):
        meta["sitename"] = agency
    elif meta.get("sitename") != agency:
        meta.setdefault("cites", agency)


# a photo agency credited under a picture ("Source: Getty") and words a capital opens ("About")
_NOT_CITED = frozenset({"getty", "getty images", "shutterstock", "unsplash", "about", "photo"})
# a person's office ("Swedish Foreign Minister Maria Malmer", "European Union Ambassador")
_OFFICE_WORDS = frozenset("minister president ambassador chancellor premier secretary envoy "
                          "spokesman spokeswoman spokesperson general admiral mr mrs ms".split())


def _citable(who: str, outlet: str | None, url: str | None) -> bool:
    """Whether a name a report credits is a source it cites (review ev-s12 §8: `cites` held
    people, nations, adjectives and the report's own site): it reads as an outlet
    (`looks_like_outlet`: not a nation, its adjective or a leader the gazetteer knows, not a
    clause), is not a photo agency, and is not the site the report is on ("UNN" at unn.ua)."""
    words = who.split()
    if who.lower() in _NOT_CITED or any(w.lower() in _OFFICE_WORDS for w in words):
        return False
    if len(words) == 1 or who.lower() in _country_names():
        from reassure.evidence._gazetteer import nation_of

        if nation_of(who) or who.lower() in _country_names():
            return False  # "Russia", "French", "Macron", "Zelenskyy": a nation or its leader
    host = _outlet_from_url(url) if url else None
    return not (host and names_host(who, host)) and who != outlet


_ABBREVIATIONS = frozenset("st mt ft gen col lt sgt maj capt adm rep sen gov dr mr mrs ms prof "
                           "jr sr inc co corp ltd no vs".split())


def _name_only(who: str) -> str:
    """A cited name without the sentence after it: a run of capitals read on across a full stop
    ("Reuters. It is necessary", "Japan Times. Last week") stops there; an abbreviation or an
    initial ("U.S. State Department", "St. Petersburg") goes on."""
    out = who
    for m in re.finditer(r"\.\s+", who):
        last = who[:m.start()].split()[-1] if who[:m.start()].split() else ""
        if "." in last or len(last) <= 1 or last.lower() in _ABBREVIATIONS:
            continue
        out = who[:m.start()]
        break
    return out.strip(" .,")


def _title_parts(title: str, meta: dict[str, str]) -> str:
    """The headline of a title line that also names its outlet ("Headline | Outlet", "Headline -
    Outlet") or more ("Headline | Outlet | By Ida Holm | 3 March 2025"); the outlet, author and
    date it names go to ``meta`` (unless known). The line stays in the text as it was."""
    parts = [p.strip() for p in title.split(" | ")]
    if len(parts) > 2:
        found: dict[str, str] = {}
        for part in parts[1:]:
            m = _BYLINE.match(part)
            if m and "author" not in found:
                found["author"] = m.group("name")
            elif _LONE_DATE.match(part) and parse_date(part) and "date" not in found:
                found["date"] = part
            elif "sitename" not in found and looks_like_outlet(part, loose=True):
                found["sitename"] = part
            else:
                return title
        if meta.get("sitename", found.get("sitename")) != found.get("sitename") or (
                "sitename" in found and not _may_name_site(found["sitename"], meta)):
            return title
        for key, value in found.items():
            meta.setdefault(key, value)
        return parts[0]
    split = split_title(title, [meta["sitename"]] if meta.get("sitename") else [])
    if split and meta.get("sitename", split[1]) == split[1] and _may_name_site(split[1], meta):
        meta.setdefault("sitename", split[1])
        return split[0]
    return title


def _may_name_site(name: str, meta: dict[str, str]) -> bool:
    """Whether a name found near the title may be the report's outlet: always, unless the report
    gives the address it was taken from and the name is not that site's ("SDA" or "AFP" on a
    page of bluewin.ch names the agency, "Interfax-Ukraine" on en.interfax.com.ua the site)."""
    url = meta.get("url")
    if not url or meta.get("sitename") == name:
        return True
    return names_host(name, _outlet_from_url(url) or "")


def _outlet_line(line: str, before: list[str], meta: dict[str, str]) -> bool:
    """A bare outlet line in a report's first lines: "babel.ua" or "Reuters" under the title
    (`looks_like_outlet`: a domain, one name, or a few capitalised words with an outlet's word
    or an article; never a sentence, a section label, a place or a person's name). Only above
    the article's first sentence, under a title unless a domain, and only the first one."""
    if len(line) > 50 or len(line.split()) > 5 or not looks_like_outlet(line):
        return False
    if meta.get("sitename", line) != line or not _may_name_site(line, meta):
        return False
    if any(len(b.split()) > 20 or _SENTENCE_END.search(b) for b in before):
        return False  # the article has begun
    return bool(before) or "." in line


def display_title(report: Report, limit: int = 100) -> str:
    """One title to show for a report wherever it is listed (review r10: the table showed none
    where ``--scenario-sources`` showed the first sentence, date header and all): the extracted
    title, else the first sentence of the clean text without a scraper's run-in date header,
    cut at a word boundary with an ellipsis past ``limit`` characters."""
    if report.title:
        return report.title
    text = report.clean_text.lstrip()
    text = text[m.end():] if (m := _DATE_RUN_IN.match(text)) else text
    head, _, rest = text.partition("\n")
    text = rest.lstrip() if rest and _bare_dateline(head) else text  # "ISTANBUL" on its own line
    text = without_dateline(text)  # s32: "PARIS, Feb 24 (Northwire) - " is no part of a title
    first = " ".join(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].split())
    if len(first) <= limit:
        return first
    cut = first.rfind(" ", 0, limit)
    return (first[:cut] if cut > limit // 2 else first[:limit - 1]).rstrip(" ,;:") + "…"


def _bare_dateline(line: str) -> bool:
    """(s50 review) A dateline on a line of its own, in capitals ("ISTANBUL", "NEW YORK"): a
    place, no headline (a headline in capitals has more words)."""
    s = line.strip(" -–—:,.")
    return 0 < len(s.split()) <= 3 and s.upper() == s and any(c.isalpha() for c in s)


def title_note(report: Report) -> str:
    """(s50 review) What a shown title is when it is no headline found in the report: " (from
    the address)" for one rebuilt from the web address's words, " (first sentence)" for the
    first sentence shown in place of a missing title; "" for a headline."""
    if report.title:
        return " (from the address)" if report.title_from == "address" else ""
    return " (first sentence)"


def without_dateline(text: str) -> str:
    """``text`` without the dateline that opens it ("PARIS, Feb 24 (Northwire) - ", "KYIV, 3
    March 2025 - ", "PARIS (Reuters) - "): a title made of a report's first words leaves it out
    (s32), as the report's date and outlet are read from it apart."""
    m = _DATELINE.match(text)
    if not (m and _month_known(m.group("date"))):
        m = _WIRE_DATELINE.match(text)
    if not m:
        return text
    rest = text[m.end():].lstrip(" -–—:")
    return rest[:1].upper() + rest[1:] if rest else text


def _month_known(value: str) -> bool:
    """A dateline's date names a real month ("March 3", "3 Mar"), not any capitalised word."""
    return any(w.lower().rstrip(".") in _MONTHS for w in value.split())


# "Join our Newsletter", "Get our daily newsletter": a call to sign up, naming no outlet
_CALL = re.compile(r"^(?:join|get|sign up for|subscribe to|receive|read)\b|\bour\b", re.IGNORECASE)


def _outlet_from_block(line: str) -> str | None:
    m = re.match(r"^discover more from\s+(?P<o>.+)$", line, re.IGNORECASE)
    if m:
        return m.group("o").split("|")[0].strip(" .:") or None
    m = re.match(r"^(the\s+)?(?P<o>.+?)\s+newsletter\s*$", line, re.IGNORECASE)
    if m and _words(m.group("o")) <= 5 and m.group("o")[:1].isupper() and not _CALL.match(m.group("o")):
        return m.group("o").strip()
    return None


_STRIP = "\"'“”‘’()[]{},.;:!?-–—…«»*"


_SAMPLE_CHARS = 2000  # the opening is enough to tell the language


def _opening(text: str, spans: list[tuple[int, int]]) -> str:
    """The kept paragraphs joined by spaces, as far as `_check_english` reads them (its first
    `_SAMPLE_CHARS`): not the whole text joined to read 2,000 characters of it (speed, 15za)."""
    parts: list[str] = []
    size = 0
    for a, b in spans:
        parts.append(text[a:b])
        size += b - a + 1
        if size > _SAMPLE_CHARS:
            break
    return " ".join(parts)


def _check_english(name: str, text: str, fmt: str = "text") -> None:
    sample = text[:_SAMPLE_CHARS]
    words = [w for w in map(str.strip, sample.split(), repeat(_STRIP))
             if w and not w[0].isdigit()]
    if len(words) < 5:
        counted = f"{len(words)} word{'' if len(words) == 1 else 's'}"  # not "1 words" (s39)
        if fmt == "html":
            raise EvidenceError(
                f"{name}: HTML without article text (only {counted} extracted)")
        raise EvidenceError(f"{name}: too little text to read ({counted}, "
                            "numbers not counted)")
    if not sample.isascii():
        foreign = len(words) - sum(map(str.isascii, words))
        if foreign > len(words) * 0.5:
            raise EvidenceError(
                f"{name}: not English (mostly non-Latin script); reassure reads English reports only"
            )
    if len(words) >= 20:
        share = sum(map(_COMMON_EN.__contains__, map(str.lower, words))) / len(words)
        if share < 0.12:
            raise EvidenceError(
                f"{name}: does not look like English (only {share:.0%} common English words); "
                "reassure reads English reports only"
            )


_OPENING = "“‘«„‚"
_CLOSING = "”’»"


def trim_quote_marks(text: str) -> str:
    """The sentence without quotation marks left dangling at its ends by the sentence split:
    an opening mark (or a lone straight one) at the end (`commitments. “`), a closing mark at the
    start (`” he said`) when nothing inside opens it (review r10). Marks that pair stay. A
    scraper's date header run into the first paragraph (`date 2025-08-19 US President …`) is no
    one's words and goes too (review ev-s12 §5; the claim's sentence, offsets and id keep it)."""
    text = " ".join(text.split())
    if text[:5].lower() == "date " and (m := _DATE_RUN_IN.match(text)):
        text = text[m.end():]
    while True:
        t = text
        if t and t[-1] in _OPENING + '"' and (t[-1] != '"' or t.count('"') % 2):
            t = t[:-1].rstrip()
        if t and t[0] in _CLOSING + '"' and (t[0] != '"' or t.count('"') % 2) and (
                t[0] == '"' or t.count(t[0]) > t.count(_OPENING[_CLOSING.index(t[0])])):
            t = t[1:].lstrip()
        if t == text:
            return text
        text = t


# --- issue s12 (review-ev-s12 §3): a report's date from the lines above its text ---------------
# A stored page's head carries its date in many shapes the labelled lines above miss: "March 4,
# 2025", "by Tim Zadorozhnyy February 17, 2025 7:53 PM", "• Thursday, 27 Mar 2025",
# "12:02 27.02.2026 •", "Reuters26-02-2025", "Monday 28th April 2025", and the address often
# holds it ("/2025/02/21/"). A wrong date moves a nation's stance timeline, so `_head_date` reads
# only short lines that are metadata once the date is out (no clause), and gives no date when
# the candidates disagree; a site's "today" header (a bare weekday and date, or "Today: ...")
# yields to any other date.
_HEAD_LINES = 25  # a page's header sits in its first lines (sets 14-15: within 18)
_BYLINE_LINES = 60  # a byline below a long menu (s16: a stored page's at line 40)
_HEAD_MAX_WORDS = 14  # "Darpan News Desk The Canadian Press, 06 Jan, 2026 09:46 AM": 11
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_RE = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
             r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_HEAD_DATE = re.compile(
    r"(?<![\d])(?P<iso>(?P<iy>20\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?!\d)|"
    r"(?<![\d.:/-])(?P<n1>\d{1,2})(?P<sep>[./-])(?P<n2>\d{1,2})(?P=sep)(?P<ny>20\d\d)(?![\d])|"
    r"(?<![a-z])" + _MONTH_RE + r"\.?\s*(?P<md>\d{1,2})" + _ORD + r",?\s*(?:-\s*)?(?P<my>20\d\d)(?!\d)|"
    r"(?<!\d)(?P<dd>\d{1,2})" + _ORD + r"\s+" + _MONTH_RE.replace("mon>", "dmon>") +
    r"\.?,?\s+(?P<dy>20\d\d)(?!\d)",
    re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\b\.?,?",
                      re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}h\d\d\b|\b\d{1,2}\s*[ap]m\b",
                   re.IGNORECASE)
_TZ = re.compile(r"\b(?:GMT|UTC|CET|CEST|EET|EEST|EAT|IST|EST|EDT|BST|MSK|PST|PDT|KST|JST|AEST|"
                 r"AEDT)(?:[+-]\d{1,2}(?::\d\d)?)?\b")
_HEAD_WORDS = frozenset(
    "published publish updated update last posted created on at by date year views news desk "
    "modified first".split())
_TODAY = re.compile(r"^\W*today\b", re.IGNORECASE)
_URL_DATE = re.compile(
    r"/(?P<y>20\d\d)[/-]?(?P<m>0[1-9]|1[0-2]|[a-z]{3})[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?:/|\b(?!\d))",
    re.IGNORECASE)


def _iso(y: int, mo: int, d: int) -> str | None:
    from datetime import date

    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _date_in(m: re.Match[str]) -> str | None:
    """The ISO date of one `_HEAD_DATE` match; None when the day and month cannot be told apart
    ("03/04/2025": 3 April or March 4)."""
    if m.group("iso"):
        return _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("n1"):
        a, b, y = int(m.group("n1")), int(m.group("n2")), int(m.group("ny"))
        if m.group("sep") == "/":  # "02/21/2025" (US) or "16/04/2025": only when one is > 12
            if a > 12 >= b:
                return _iso(y, b, a)
            if b > 12 >= a:
                return _iso(y, a, b)
            return None
        return _iso(y, b, a)  # "06.01.2026", "05-09-2025": day first (sets 14-15, all of them)
    if m.group("mon"):
        return _iso(int(m.group("my")), _MONTHS[m.group("mon").lower()[:3]], int(m.group("md")))
    return _iso(int(m.group("dy")), _MONTHS[m.group("dmon").lower()[:3]], int(m.group("dd")))


_GLUED_DAY = re.compile(r"(?<=[a-z.])(?=\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                        re.IGNORECASE)
_GLUED_AFTER_YEAR = re.compile(r"(?<=\b\d{4})(?=[A-Z][a-z])")


def _unglue(line: str) -> str:
    """A byline whose markup was stripped without spaces: "By uk-times.com15 March 2025No
    Comments" -> "By uk-times.com 15 March 2025 No Comments" (s16)."""
    if not any(c.isdigit() for c in line):
        return line
    return _GLUED_AFTER_YEAR.sub(" ", _GLUED_DAY.sub(" ", line))


# s32: a list item or an infobox field, "- Foundation: 2025-03-02" (a Wikipedia page's box), dates
# what it is about; only a label that says so ("- Published: ...", "* Last updated: ...") dates
# the page
_LIST_LABEL = re.compile(r"^\s*[-*•·–]\s*(?P<label>[A-Za-z][A-Za-z .'’/()-]{0,40}?)\s*:\s")
_PUBLISHED_LABEL = re.compile(r"publish|updated?\b|\bdate|posted|modified|released", re.IGNORECASE)


def _head_line_date(line: str) -> tuple[str, bool] | None:
    """(ISO date, whether the line is only a weekday and a date) of a short metadata line, or
    None when the line holds no date, two different ones, or words beyond a byline's few."""
    if len(line.split()) > _HEAD_MAX_WORDS or "@" in line or line.lower().startswith("source"):
        return None
    label = _LIST_LABEL.match(line)
    if label and not _PUBLISHED_LABEL.search(label.group("label")):
        return None  # s32: "- Foundation: 2025-03-02", an infobox's field, not the page's date
    line = _unglue(line)
    found = list(_HEAD_DATE.finditer(line))
    if not found:
        return None
    dates = {_date_in(m) for m in found}
    date = dates.pop() if len(dates) == 1 else None
    if date is None:
        return None
    rest = line
    for m in reversed(found):
        rest = rest[:m.start()] + " " + rest[m.end():]
    bare = _TZ.sub(" ", _TIME.sub(" ", rest))
    weekday_only = not _WEEKDAY.sub(" ", bare).strip(" ,.-|•[]()")
    bare = _WEEKDAY.sub(" ", bare)
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", bare) if w.lower() not in _HEAD_WORDS]
    if len(words) > 6 or re.search(r"[a-z]{3,}\.\s*$", bare) or re.search(r"[!?;]", bare):
        return None  # a sentence about an event ("... on Aug. 24, 2025."), not a header
    if any(w.lower() in _COMMON_EN - {"by", "on", "at", "the", "of", "and", "from"} for w in words):
        return None  # "... said on March 3, 2025": a clause
    if bare.rstrip().endswith(".") and sum(w[:1].islower() for w in words) >= 2:
        return None  # "The Riigikogu approved the deployment on 20 May 2025.": a sentence (s19)
    return date, weekday_only and not rest.strip(" ,.-|•[]()").lower().startswith("by")


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(urlparse(url).path)
    if not m:
        return None
    mo = m.group("m")
    month = int(mo) if mo.isdigit() else _MONTHS.get(mo.lower())
    return _iso(int(m.group("y")), month, int(m.group("d"))) if month else None


def _head_date(text: str, lines: list[tuple[int, int]], url: str | None) -> str | None:
    """The report's date from its head's short date lines and its address (see above)."""
    strong: list[str] = []
    weak: list[str] = []  # a bare weekday-and-date line, or "Today: ...": the day it was saved
    for k, (a, b) in enumerate(lines[:_BYLINE_LINES]):
        line = text[a:b]
        if not _YEAR_DIGITS.search(line) or k >= _HEAD_LINES and not \
                line.lstrip().lower().startswith("by "):
            continue  # below the head, only a byline ("By uk-times.com15 March 2025"; s16)
        got = _head_line_date(line)
        if got is None:
            continue
        (weak if got[1] or _TODAY.match(line) else strong).append(got[0])
    from_url = _url_date(url)
    if from_url:
        return from_url  # the address was made when the story was filed
    if len(set(strong)) == 1:
        return strong[0]
    if not strong and len(set(weak)) == 1 and len(weak) <= 2:
        return weak[0]  # (three bare lines of one date: a sidebar's list of stories, s16)
    return None


# --- review ev-s12 §8: a title is the page's headline, not its chrome ----------------------------
# A stored page opens with its menu, a "Skip to content" link, an "ADVT" slot, a logo's alt text,
# the site's name, a byline or the day: the first short line of at least `_TITLE_MIN_WORDS`
# words among the first `_TITLE_LINES` that is none of these is the headline; else the
# address's words (`_title_from_url`).
_TITLE_LINES = 6
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")  # a Markdown (.md) heading line: "# ", "## " (s39)
_TITLE_MIN_WORDS = 4  # the shortest headline of sets 14-15: "Ukraine War: London Talks"
_CHROME = re.compile(
    r"^\W*(?:\d+\.\s*)?(?:skip to|close\b|advt\b|logo\b|menu\b|search\b|home(?:page)?\b|"
    r"all sections|english section|advertisement|last news in|call us|send this page|"
    r"stay up to date|credited from|share\b|print\b|today\s*:|facts\b|summary\b|"
    r"spot_img|sign in|log in|subscribe|breaking\b|latest news|watch live|listen\b|"
    r"cover image|support us|photo of\b|home\s*>|[\w ]+\s*>\s*[\w ]+\s*>)", re.IGNORECASE)


def _chrome(line: str) -> bool:
    """Whether a short line is page chrome rather than a headline (see above): a link or label
    (`_CHROME`), a byline, a line that is only a date and times, or a bare outlet's name."""
    if _CHROME.match(line) or _BYLINE.match(line) or line.lower().startswith("by "):
        return True
    if not line.isascii() and sum(any(c.isalpha() and ord(c) >= 0x370 for c in w)
                                  for w in line.split()) >= 2:
        return True  # "Укр Рус Eng Support Us": a language menu (not "Türkiye", Latin)
    if _YEAR_DIGITS.search(line) and _head_line_date(line) is not None:
        return True
    return len(line) <= 50 and len(line.split()) <= 3 and looks_like_outlet(line)


def _first_headline(text: str, spans: list[tuple[int, int]]) -> str | None:
    for a, b in spans[:_TITLE_LINES]:
        line = text[a:b]
        line = line[m.end():] if (m := _DATE_RUN_IN.match(line)) else line
        n = _words(line)
        if n > 20 or line.rstrip("”\"’'").endswith((".", "!", "?", ":", ";")):
            return None  # the article has begun: no headline above it
        if n >= _TITLE_MIN_WORDS and not _chrome(line) and not re.match(r"^\d{4,}\b", line):
            return line
    return None


# --- review s44: "Outlet, date" on a plain-text report's header line ---------------------------
# "Thames Gazette | 14 March 2025" is a byline `_clean` reads (outlet and date); the same line
# written "Thames Gazette, 14 March 2025" or "Thames Gazette - 14 March 2025" gave the date (a
# short line that is a date once a byline's names are set aside) and lost the outlet. The words
# before the separator are the outlet when the rest of the line is a date, and only when they
# read as an outlet's name (`looks_like_outlet`, strictly: not a place, a nation, a person's
# name, a clause): "PARIS, March 10 (Eastline) - ..." is a dateline, "LONDON, 14 March 2025" a
# place, "Monday, 14 March 2025" a date.
_HEADER_DATE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:(?:,\s*|\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?", re.IGNORECASE)
_HEADER_SEP = re.compile(r",\s+|\s+[-–—]\s+|\s*[–—]\s*")
# a date's own words, or a label, where an outlet's name would stand ("Updated - 14 March 2025")
_NOT_OUTLET_START = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec published posted updated modified last date dated issued released filed today "
    "yesterday edition page by".split())
# "Outlet: ...", "Source: ...": a header that names the outlet itself (`_clean` reads it)
_NAMED_OUTLET = re.compile(r"^(?:outlet|publication|publisher|newspaper|site|source(?: name)?)\s*:",
                           re.IGNORECASE)
HEADER_LINES = 4  # an "Outlet, date" line is looked for among a report's first lines


def outlet_date_line(line: str) -> tuple[str, str] | None:
    """(outlet, ISO date) from a header line "Thames Gazette, 14 March 2025" or "Thames Gazette -
    14 March 2025" (also "Monday, 14 March 2025 09:30" after it), else None."""
    line = " ".join(line.split())
    if len(line) > 100:
        return None
    for m in _HEADER_SEP.finditer(line):
        name, rest = line[:m.start()].strip(), line[m.end():].strip()
        if not name or not _HEADER_DATE.fullmatch(rest):
            continue
        if name.split()[0].lower().strip(".,") in _NOT_OUTLET_START or not looks_like_outlet(name):
            return None
        date = parse_date(rest)
        return (name, date) if date else None
    return None


def head_outlet_date(text: str) -> dict[str, str]:
    """A plain-text report's outlet and date from an "Outlet, date" line among its first
    `HEADER_LINES` lines, above the article's first sentence (`outlet_date_line`), as metadata
    (``sitename``, ``date``); empty when there is none or a header names the outlet itself."""
    seen = 0
    for raw in text[:4000].split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > HEADER_LINES or _NAMED_OUTLET.match(line):
            break
        found = outlet_date_line(line)
        if found:
            return {"sitename": found[0], "date": found[1]}
        if len(line.split()) > 20 or line.rstrip("”\"’'").endswith((".", "!", "?")):
            break  # the article has begun
    return {}
