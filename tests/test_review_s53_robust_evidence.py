"""Review s53 (robustness), `reassure evidence` reading files: a page nested deeper than the HTML
parser's default limit is read (or said to be nested too deeply), a symlink loop and a broken
link are named as such, and UTF-16 with a byte-order mark is read as text (8)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reassure.errors import EvidenceError
from reassure.evidence._ingest import expand_paths, read_raw

SENTENCE = "France will send 10,000 troops to Ukraine, Macron said on Monday in Paris."


def _nested(depth: int) -> str:
    return f"<html><body>{'<div>' * depth}<p>{SENTENCE}</p>{'</div>' * depth}</body></html>"


@pytest.mark.parametrize("depth", [600, 2000])
def test_a_deeply_nested_page_is_read(tmp_path: Path, depth: int) -> None:
    path = tmp_path / f"nest{depth}.html"
    path.write_text(_nested(depth))
    assert SENTENCE in read_raw(path).text


def test_a_page_nested_beyond_any_limit_is_said_to_be(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(_nested(20_000))
    with pytest.raises(EvidenceError, match=r"HTML nested too deeply to read \(20,00\d levels"):
        read_raw(path)


def test_a_page_with_no_text_is_still_said_to_have_none(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><div></div><script>var x = 1;</script></body></html>")
    with pytest.raises(EvidenceError, match="HTML without article text"):
        read_raw(path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="this platform cannot make symlinks (Linux, as on CI, can: run there)")
def test_a_symlink_loop_and_a_broken_link_are_named(tmp_path: Path) -> None:
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    (tmp_path / "gone").symlink_to(tmp_path / "nothing.txt")
    files, problems = expand_paths([tmp_path / "l1", tmp_path / "gone", tmp_path / "absent.txt"])
    said = dict(problems)
    assert not files
    assert said[str(tmp_path / "l1")].startswith("symlink loop")
    assert said[str(tmp_path / "gone")] == f"broken symlink: it points at {tmp_path / 'nothing.txt'}, which does not exist"
    assert said[str(tmp_path / "absent.txt")] == "no such file or folder"


def test_utf16_with_a_byte_order_mark_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(SENTENCE.encode("utf-16"))  # with its BOM, as Windows tools write it
    assert read_raw(path).text.strip() == SENTENCE
