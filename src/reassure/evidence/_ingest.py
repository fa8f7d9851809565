"""Reading report files: which files, refusing garbage, decoding, HTML extraction (trafilatura).

Each problem with one file raises `EvidenceError` naming the file; `build_ledger` records it and
goes on with the others.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reassure.errors import EvidenceError

__all__ = ["MAX_BYTES", "SUFFIXES", "RawReport", "expand_paths", "read_raw"]

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
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                problems.append((str(p), "folder holds no report files (" +
                                 ", ".join(sorted(SUFFIXES)) + ")"))
            for f in found:
                key = f.resolve()
                if key not in seen:
                    seen.add(key)
                    files.append(f)
        elif p.exists():
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(p)
        else:
            problems.append((str(p), "no such file or folder"))
    return files, problems


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
    return RawReport(path=name, fmt="text", text=text)


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
        raise EvidenceError(f"{name}: HTML without article text (nothing to extract)")
    meta: dict[str, str] = {}
    for key in ("title", "author", "url", "sitename", "date"):
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return RawReport(path=name, fmt="html", text=body.replace("\r\n", "\n"), meta=meta)
