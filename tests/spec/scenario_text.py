"""Shared by the spec tests: the shipped scenario's text with parts taken out (an analyst's file,
cut down). This folder's conftest puts it on sys.path, so tests import it by name."""

from __future__ import annotations


def without_tables(text: str, headers: tuple[str, ...]) -> str:
    """The scenario text with every ``[[header]]`` block removed (up to the next header)."""
    out, skipping = [], False
    for line in text.splitlines():
        if line.startswith("["):
            skipping = line.strip().strip("[]") in headers
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"
