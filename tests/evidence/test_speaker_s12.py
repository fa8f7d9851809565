"""Session 12 (the journalist review): a capitalised date or vague word before a speech verb is
nobody's name ("Tuesday", "September" were shown as who spoke). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _speakers(tmp_path: Path, text: str) -> set[str | None]:
    (tmp_path / "r.txt").write_text("Title\n\nOslo, 3 March 2025.\n\n" + text + "\n", encoding="utf-8")
    return {s.said_by for s in build_ledger([tmp_path], jobs=1).stances}


@pytest.mark.parametrize("opener", ["Tuesday", "September", "Last Tuesday"])
def test_a_date_before_the_speech_verb_is_no_speaker(tmp_path: Path, opener: str) -> None:
    got = _speakers(tmp_path, f"{opener}, in a long interview with reporters, said Norway is ready "
                              "to send troops to Ukraine.")
    assert got and not any(s and opener.split()[-1] in s for s in got), got


def test_a_named_speaker_is_kept(tmp_path: Path) -> None:
    got = _speakers(tmp_path, "Jonas Gahr Store, the prime minister, said Norway is ready to send "
                              "troops to Ukraine.")
    assert got == {"Jonas Gahr Store"}, got
