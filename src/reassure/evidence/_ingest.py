"""Reading report files: which files, refusing garbage, decoding, HTML extraction (trafilatura).

Each problem with one file raises `EvidenceError` naming the file; `build_ledger` records it and
goes on with the others.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

from reassure.errors import EvidenceError

__all__ = ["MAX_BYTES", "SUFFIXES", "RawReport", "expand_paths", "looks_like_outlet", "names_host",
           "read_raw", "split_title"]

MAX_BYTES = 5 * 1024 * 1024  # a news report is a few kB (an HTML page a few hundred)
SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class RawReport:
    """A decoded file: text (extracted when HTML) and any metadata the format carried."""

    path: str
    fmt: str  # "text" | "html"
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read: files as given, folders expanded to their report files (sorted, recursive).

    Returns the files and ``(path, message)`` for paths that are missing or hold no report.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        try:
            is_dir, exists = p.is_dir(), p.exists()
        except OSError as exc:  # a name too long, a folder that may not be searched (s39)
            problems.append((str(p), f"cannot be read ({exc.strerror or exc})"))
            continue
        if is_dir:
            try:
                with os.scandir(p):  # rglob passes over a folder it may not list, silently
                    pass
                visible = sorted(
                    f for f in p.rglob("*")
                    if f.is_file()
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
                found = [f for f in visible if f.suffix.lower() in SUFFIXES]
            except OSError as exc:
                problems.append((str(p), f"folder cannot be searched ({exc.strerror or exc})"))
                continue
            # (s73, a journalist's reading) a document in a format not read is named, not passed
            # over: "b4.docx" or an extension-less "germany_report" beside the .txt reports
            problems.extend((str(f), _not_read(f)) for f in visible
                            if f.suffix.lower() in DOCUMENT_SUFFIXES
                            or not f.suffix and f.name.upper() not in _PROJECT_FILES)
            if not found:
                problems.append((str(p), "folder holds no report files (" +
                                 ", ".join(sorted(SUFFIXES)) + ")"))
            for f in found:
                key = f.resolve()
                if key not in seen:
                    seen.add(key)
                    files.append(f)
        elif exists:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
        else:
            problems.append((str(p), _missing(p)))
    return files, problems


# formats a report may come in that are not read (named when found in a folder; other files, a
# gold.json or an image, are no reports and are passed over)
DOCUMENT_SUFFIXES = frozenset({".docx", ".doc", ".odt", ".rtf", ".pdf", ".pages", ".eml", ".msg",
                               ".epub", ".mht", ".mhtml"})


# (review s73) a folder's own files with no extension that are no reports
_PROJECT_FILES = frozenset({"README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS",
                            "CHANGELOG", "MAKEFILE", "DOCKERFILE", "CONTRIBUTORS", "MANIFEST"})


def _not_read(f: Path) -> str:
    """Why a document found in a folder is not read, and what to do."""
    kind = f"a {f.suffix.lower()} file" if f.suffix else "a file with no extension"
    return (f"not read: {kind} (reports are read from " + ", ".join(sorted(SUFFIXES)) +
            "): save it as text or HTML, or give a .txt name to a plain-text file")


def _missing(p: Path) -> str:
    """Why ``p``, which names no file or folder, does not: a symlink loop, a link to nothing,
    or nothing there (review s53 8: a loop of links was "no such file or folder")."""
    import errno

    try:
        os.stat(p)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (the link leads back to itself): point it at a report file"
        if p.is_symlink():
            try:
                target = os.readlink(p)
            except OSError:
                target = "?"
            return f"broken symlink: it points at {target}, which does not exist"
    return "no such file or folder"


def read_raw(path: str | Path) -> RawReport:
    """Read one report file; raise `EvidenceError` (naming the file) if it cannot be used."""
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise EvidenceError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not p.is_file():
        raise EvidenceError(f"{name}: is not a file")
    if size == 0:
        raise EvidenceError(f"{name}: file is empty")
    if size > MAX_BYTES:
        raise EvidenceError(
            f"{name}: file is too large ({size / 1e6:.1f} MB; reports over "
            f"{MAX_BYTES // (1024 * 1024)} MB are refused)"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise EvidenceError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    text = _decode(data, name)
    if not text.strip():
        raise EvidenceError(f"{name}: file holds only white space")
    if p.suffix.lower() in HTML_SUFFIXES or _HTML_START.match(text[:2048]):
        return _from_html(text, name)
    return RawReport(path=name, fmt="text", text=_without_markup(text))


# (s45) a plain-text report holding a page's paragraphs with their tags ("<p>Moscow: ... said on
# Thursday that ...</p><p>France and Britain have said ...</p>", a copied excerpt): the tags
# joined two paragraphs into one sentence, the first one's speaker holding the second's words
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|blockquote|section|article)\b[^<>]*>",
                        re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")


def _without_markup(text: str) -> str:
    """The text with paragraph tags as line breaks and other tags dropped, when it holds at
    least two paragraph tags (a lone "<" or "<5,000" in prose stays as it is)."""
    if len(_BLOCK_TAG.findall(text, 0, 200_000)) < 2:
        return text
    return unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", text)))


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _utf16(data: bytes) -> str | None:
    """UTF-16/32 text (Windows tools write it): by its byte-order mark, or, without one, by the
    NUL byte beside every ASCII letter."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    head = data[:4096]
    if len(head) >= 16 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
            return data.decode("utf-16-le", errors="replace")
        if even.count(0) > len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
            return data.decode("utf-16-be", errors="replace")
    return None


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


_CP1252_FALLBACK = "reassure-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _decode(data: bytes, name: str) -> str:
    wide = _utf16(data)
    if wide is not None:
        data = wide.encode("utf-8")
    head = data[:8192]
    if b"\x00" in head:
        raise EvidenceError(f"{name}: binary file (NUL bytes), not a text or HTML report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        controls = len(_CONTROL_BYTES.findall(head))
        if controls > len(head) * 0.02:
            raise EvidenceError(f"{name}: binary file, not a text or HTML report") from None
        # review r7: a Latin-1 / cp1252 file, or UTF-8 with a pasted cp1252 line: each byte
        # that is not UTF-8 is read as cp1252 ("Fran\xe7ais" -> "Français"), the UTF-8 kept
        text = data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > min(len(text), 8192) * 0.02:
        raise EvidenceError(f"{name}: binary file (control characters), not a text report")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_html(html: str, name: str) -> RawReport:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        raise EvidenceError(f"{name}: HTML needs trafilatura, which is not installed") from None
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise EvidenceError(f"{name}: HTML could not be parsed ({type(exc).__name__})") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        # review s53 8: the HTML parser stops at 255 levels of nesting and returns nothing, which
        # read as "without article text": a deep page is parsed again with that limit lifted
        depth = _nesting_depth(html)
        if depth > _PARSER_DEPTH:
            doc = _deep_extraction(html, trafilatura)
            body = getattr(doc, "text", None) if doc is not None else None
            if not body or not body.strip():
                raise EvidenceError(f"{name}: HTML nested too deeply to read ({depth:,} levels of elements; "
                                    f"at most about {_DEEP_PARSER_DEPTH:,} are read)")
        else:
            raise EvidenceError(f"{name}: HTML without article text (nothing to extract)")
    found: dict[str, str] = {}
    for key in ("title", "author", "url", "sitename", "date"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()
    if _copyright_year_only(found.get("date"), html):
        del found["date"]
    host = getattr(doc, "hostname", None)
    meta = _page_meta(html, found, host if isinstance(host, str) else None)
    return RawReport(path=name, fmt="html", text=body.replace("\r\n", "\n"), meta=meta)


#: The nesting the HTML parser (libxml2) reads by default, and with its limits lifted.
_PARSER_DEPTH, _DEEP_PARSER_DEPTH = 255, 2048
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _nesting_depth(html: str) -> int:
    """How deep the elements of ``html`` nest, counted from its tags (unclosed ones, as a
    browser would close them, are not followed: good enough to tell a page nested beyond the
    parser's limit)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        tag = m[2].lower()
        if m[3] or tag in _VOID:
            continue
        if m[1]:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _deep_extraction(html: str, trafilatura: Any) -> Any:
    """trafilatura's extraction of a page nested deeper than the parser's default limit, parsed
    with the limit lifted (None when even that cannot read it)."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True))
        return trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - lxml and trafilatura raise many kinds (RecursionError too)
        return None


def _copyright_year_only(date: str | None, html: str) -> bool:
    """Whether trafilatura's date is the 1 January it makes of a footer's copyright year
    ("© 2026 The Tagus Ledger" dated a page of March 2026 "2026-01-01"; review s45): nothing
    is invented, a date comes only from an explicit date."""
    m = re.fullmatch(r"(\d{4})-01-01", date or "")
    if m is None:
        return False
    year = m.group(1)
    if not re.search(rf"(?:©|&copy;|&#169;|\bcopyright\b)\s*(?:\d{{4}}\s*[-–]\s*)?{year}\b",
                     html, re.IGNORECASE):
        return False
    stated = (rf"{year}-01-01|\b0?1[./]0?1[./]{year}\b|\b1(?:st)?\s+jan(?:uary)?\.?,?\s+{year}\b"
              rf"|\bjan(?:uary)?\.?\s+1(?:st)?,?\s+{year}\b|{year}/01/01")
    return re.search(stated, html, re.IGNORECASE) is None


# --- review r10: report metadata from a page's head ---------------------------------------------
# trafilatura reads a page's title, date and OpenGraph site name, but not (always) a JSON-LD
# publisher nor the "Title | Outlet" convention of <title>: a page of Ukrainska Pravda whose only
# outlet is its JSON-LD publisher and its <title> suffix had no outlet. `_page_meta` reads the
# head itself and merges: the page's own statements (JSON-LD NewsArticle, OpenGraph, <meta>)
# first for outlet and date, trafilatura's title first (it strips a title's site suffix).

_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report)$")
_SITE_TYPES = frozenset({"WebSite", "NewsMediaOrganization", "Organization"})


def _text_of(value: object) -> str | None:
    """A JSON-LD value's text: a string, an object's ``name``, or the first of a list's."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        return _text_of(value.get("name"))
    if isinstance(value, list):
        for v in value:
            t = _text_of(v)
            if t:
                return t
    return None


def _authors(value: object) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [t for t in (_text_of(v) for v in items[:4]) if t]
    return ", ".join(dict.fromkeys(names)) or None


def _ld_nodes(data: object) -> list[dict[str, object]]:
    """Every object of a JSON-LD block (top level, lists and ``@graph``)."""
    out: list[dict[str, object]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
    return out


def _types(node: dict[str, object]) -> list[str]:
    t = node.get("@type")
    return [x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)]


def _json_ld(blocks: list[str]) -> dict[str, str]:
    """title, date, sitename, author from JSON-LD: the first article node, its publisher (an
    object, or an ``@id`` naming one), else a lone site or organisation node's name."""
    nodes: list[dict[str, object]] = []
    for block in blocks:
        try:
            nodes.extend(_ld_nodes(json.loads(block.strip().rstrip(";"))))
        except (ValueError, RecursionError):
            continue
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    out: dict[str, str] = {}
    for node in nodes:
        if not any(_ARTICLE_TYPES.search(t) for t in _types(node)):
            continue
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and "name" not in publisher:
            publisher = by_id.get(str(publisher.get("@id")), publisher)
        for key, value in (("title", _text_of(node.get("headline"))),
                           ("date", _text_of(node.get("datePublished") or node.get("dateCreated"))),
                           ("sitename", _text_of(publisher)),
                           ("author", _authors(node.get("author")))):
            if value:
                out.setdefault(key, value)
        break
    if "sitename" not in out:
        sites = {t for t in (_text_of(n.get("name")) for n in nodes
                             if _SITE_TYPES.intersection(_types(n))) if t}
        if len(sites) == 1:
            out["sitename"] = sites.pop()
    return out


_META_KEYS = {"og:site_name": "sitename", "og:title": "title",
              "article:published_time": "date", "og:article:published_time": "date",
              "date": "date", "pubdate": "date", "publishdate": "date", "publish-date": "date",
              "dc.date": "date", "dc.date.issued": "date", "author": "author",
              "article:author": "author", "dc.creator": "author"}


def _page_meta(html: str, found: dict[str, str], host: str | None = None) -> dict[str, str]:
    """The page's metadata: trafilatura's (``found``) merged with the head's own statements."""
    try:
        import lxml.html

        tree = lxml.html.document_fromstring(html)
    except Exception:  # broken markup: trafilatura's reading stands
        return found
    head: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = " ".join((el.get("content") or "").split())
        if key in _META_KEYS and value:
            head.setdefault(_META_KEYS[key], value)
    ld = _json_ld([el.text or "" for el in tree.iter("script")
                   if (el.get("type") or "").strip().lower() == "application/ld+json"])
    title_el = next(tree.iter("title"), None)
    page_title = " ".join((title_el.text_content() if title_el is not None else "").split())

    meta = dict(found)
    for key in ("sitename", "date"):  # the page's own statement before trafilatura's guess
        stated = ld.get(key) or head.get(key)
        if key == "date" and stated:  # "2025-02-17T10:00:00+02:00": the day as the page states it
            iso = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ]|$)", stated)
            stated = iso.group(1) if iso else stated
        if stated:
            meta[key] = stated
    for key in ("title", "author"):
        stated = found.get(key) or ld.get(key) or head.get(key)
        if stated:
            meta[key] = stated
    if page_title:
        known = [x for x in (meta.get("sitename"), meta.get("author"), host) if x]
        split = split_title(page_title, known)
        if split and (not host or split[1] in known or names_host(split[1], host)):
            meta.setdefault("sitename", split[1])
            meta.setdefault("title", split[0])
        else:
            meta.setdefault("title", page_title)
    if "title" in meta:
        split = split_title(meta["title"], [meta["sitename"]] if "sitename" in meta else [])
        if split and split[1] == meta.get("sitename"):
            meta["title"] = split[0]
    if meta.get("author") and meta.get("author") == meta.get("sitename"):
        del meta["author"]  # "MENAFN" as a page's author names its site, not a writer
    return meta


# A headline's outlet suffix: "Title | Outlet", "Title - Outlet", "Title — Outlet"
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?P<sep>[|–—-]|::)\s+(?P<suffix>[^|–—]+?)\s*$")
_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,10}$")
# words an outlet's name is made of ("Kyiv Independent", "Nordic Wire Service")
_OUTLET_WORDS = frozenset(
    "news times post press agency agence pravda journal wire daily herald tribune gazette "
    "telegraph guardian independent monitor insider media online review observer standard "
    "express chronicle today info network broadcasting broadcaster radio tv television channel "
    "courier ledger mail star week weekly magazine dispatch bulletin digest service newswire "
    "zeitung zeitungen spiegel welt monde figaro libération pais republica corriere stampa "
    "tass interfax ukrinform unian notes brief institute".split())
# a section label or a kind of text, not an outlet ("World News", "Opinion", "Live")
_SECTION_WORDS = frozenset(
    "world europe european politics opinion analysis news breaking exclusive explainer live "
    "video videos home latest business sport sports defence defense military war comment "
    "comments features feature editorial briefing update updated updates international top "
    "stories story menu advertisement the and of in on local national global region regions "
    "security photo photos gallery podcast facts support left right menu main navigation search "
    "wait loading skip content print email share urgent".split())
_CONNECTORS = frozenset("of the and & de la le les du des di del el der die das al".split())
# words that make a phrase a clause ("Starmer says", "what we know"), not a name
_CLAUSE_WORDS = frozenset(
    "is are was were be been will would says said say to not has have had can could may might "
    "should must does did do ready wants plans sends send rules warns agrees backs urges calls "
    "offers joins vows seeks sets meets tells what who why how we know it this that after over "
    "as with for from by at".split())
# places a dateline line names that the gazetteer's capitals leave out
_PLACES = frozenset({
    "brussels", "geneva", "new york", "moscow", "donbas", "donetsk", "luhansk", "kharkiv", "odesa",
    "odessa", "lviv", "dnipro", "kherson", "zaporizhzhia", "crimea", "sevastopol", "mariupol",
    "bakhmut", "kursk", "belgorod", "munich", "strasbourg", "minsk", "chisinau", "tbilisi",
    "beijing", "tokyo", "istanbul"})
_ARTICLES = frozenset("the le la les der die das el il al".split())
_OUTLET_NOTE = re.compile(r"\s*\((?:translated|translation|english(?: edition| version)?|"
                          r"english-language edition|wire|syndicated|via [^()]{1,30})\)$",
                          re.IGNORECASE)
_ELIDED = re.compile(r"^(?:l|d)['’][A-ZÀ-Ý]")  # "de l'Est", "d'Italia"


def looks_like_outlet(value: str, loose: bool = False) -> bool:
    """Whether a short line or a title's suffix reads as an outlet's name: a domain ("babel.ua"),
    one name or acronym ("Reuters", "MENAFN"), or a few capitalised words with an outlet's word
    or an article ("Kyiv Independent", "The Southern Ledger", "Le Monde"), never a clause ("what
    we know", "Starmer says"), a section label ("World News"), a nation, capital or leader.
    ``loose`` (a <title> suffix after "|", a convention for sites) also takes any few
    capitalised words ("Ukrainska Pravda")."""
    # (s73, a journalist's reading) a short note after the name: "La Tribune de l'Est
    # (translated)", "Kyiv Post (English edition)"
    s = _OUTLET_NOTE.sub("", value.strip())
    if not s or len(s) > 50 or s.endswith((".", "!", "?", ":", ";", ",")) and not _DOMAIN.match(s):
        return False
    if _DOMAIN.match(s):
        return True
    words = s.split()
    if len(words) > 5 or any(c in s for c in ",;:!?\"“”()"):
        return False
    lower = [w.lower().strip("'’") for w in words]
    if any(w in _CLAUSE_WORDS for w in lower):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or lw in _CONNECTORS
               or _ELIDED.match(w) for w, lw in zip(words, lower, strict=True)):
        return False
    if not (words[0][:1].isupper() or lower[0] in _ARTICLES):
        return False
    if all(w in _SECTION_WORDS for w in lower):
        return False
    if any(w in _OUTLET_WORDS for w in lower):
        return True
    from reassure.evidence._gazetteer import nation_of

    if nation_of(s) or s.lower() in _country_names() or s.lower() in _PLACES:
        return False
    if len(words) == 1 or lower[0] in _ARTICLES:
        return True
    return loose


def _country_names() -> frozenset[str]:
    global _COUNTRIES
    if _COUNTRIES is None:
        import pycountry

        _COUNTRIES = frozenset(
            n.lower() for c in pycountry.countries
            for n in (c.name, getattr(c, "common_name", None)) if n)
    return _COUNTRIES


_COUNTRIES: frozenset[str] | None = None


def names_host(name: str, host: str) -> bool:
    """Whether an outlet's name is the site at ``host``: the host holds the name run together or
    one of its longer words ("Kyiv Post" at kyivpost.com, "Interfax-Ukraine" at
    en.interfax.com.ua, "BBC News" at bbc.co.uk), or the name is the host itself."""
    host = host.lower()
    name = name.lower()
    if not host or not name:
        return False
    if name.removeprefix("www.") == host.removeprefix("www."):
        return True
    words = [w for w in re.split(r"[^a-z0-9]+", name) if w and w not in _ARTICLES]
    labels = re.sub(r"[^a-z0-9.]", "", host)
    return bool(words) and ("".join(words) in labels.replace(".", "")
                            or any(len(w) >= 3 and w in labels.split(".") for w in words)
                            or any(len(w) >= 4 and w in labels for w in words))


def split_title(title: str, known: list[str] | tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(headline, outlet) from "Headline | Outlet" or "Headline - Outlet", when the suffix names
    an outlet: one of ``known`` (the page's site name, author or host), or a name that reads as
    an outlet (`looks_like_outlet`; after "|" also a few capitalised words). None otherwise."""
    m = _TITLE_SUFFIX.match(title.strip())
    if not m or len(m.group("title").split()) < 2:
        return None
    suffix = m.group("suffix").strip()
    keys = {re.sub(r"^(www\.)", "", k.strip().lower()) for k in known if k}
    if suffix.lower() in keys or looks_like_outlet(suffix, loose=m.group("sep") in "|::"):
        return m.group("title").strip(), suffix
    return None
