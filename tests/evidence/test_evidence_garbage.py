"""Garbage in: one clear message per bad file, and the good files are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.errors import EvidenceError
from reassure.evidence import MAX_BYTES, build_ledger, read_report

GOOD = "European leaders discussed a reassurance force of about 25,000 troops for Ukraine on Monday.\n"
FRENCH = (
    "Les dirigeants européens ont discuté lundi à Paris d'une force de réassurance pour l'Ukraine. "
    "Selon plusieurs diplomates, la mission pourrait compter jusqu'à vingt mille soldats, mais "
    "aucune décision n'a encore été prise par les gouvernements concernés, qui attendent un accord."
)
RUSSIAN = "Европейские лидеры обсудили отправку войск на Украину после прекращения огня в Париже."


def _garbage(folder: Path) -> dict[str, str]:
    """Write one bad file of each kind; return {file name: words its message must contain}."""
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with open(folder / "c_huge.txt", "wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    (folder / "d_notext.html").write_text(
        "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav>"
        "<script>var a = 1;</script></body></html>", encoding="utf-8")
    (folder / "e_french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "f_russian.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "g_blank.txt").write_text("   \n\n \t\n", encoding="utf-8")
    (folder / "h_long.txt").write_text(  # 1.3 MB of distinct English lines: too long to analyse
        "".join(f"Line {i} says that the force met the ministers on day {i}.\n"
                for i in range(24000)), encoding="utf-8")
    return {
        "a_empty.txt": "empty",
        "b_binary.txt": "binary",
        "c_huge.txt": "too large",
        "d_notext.html": "HTML without article text",
        "e_french.txt": "English",
        "f_russian.txt": "not English",
        "g_blank.txt": "white space",
        "h_long.txt": "too long",
    }


def test_each_bad_file_gets_a_message_and_the_good_one_is_read(tmp_path: Path) -> None:
    expected = _garbage(tmp_path)
    (tmp_path / "z_good.txt").write_text(GOOD, encoding="utf-8")
    ledger = build_ledger([tmp_path, tmp_path / "missing.txt"])
    assert [r.id for r in ledger.reports] == ["z-good"]
    assert ledger.claims and ledger.claims[0].low == 25000.0
    messages = {Path(p.path).name: p.message for p in ledger.problems}
    assert set(messages) == {*expected, "missing.txt"}
    for name, words in expected.items():
        assert words in messages[name], (name, messages[name])
    assert "no such file" in messages["missing.txt"]


def test_read_report_raises_evidence_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EvidenceError, match=r"empty\.txt: file is empty"):
        read_report(str(path))
    assert MAX_BYTES < 50 * 1024 * 1024


def test_cli_reports_bad_files_on_stderr_and_goes_on(tmp_path: Path, run_cli) -> None:
    _garbage(tmp_path)
    (tmp_path / "z_good.txt").write_text(GOOD, encoding="utf-8")
    run = run_cli("evidence", tmp_path, "--format", "csv")
    assert run.exit_code == 0, run.stderr
    lines = run.error_lines
    assert len(lines) == 8 and all(line.startswith("skipped ") for line in lines)
    assert any("c_huge.txt: file is too large" in line for line in lines)
    assert "z-good-q-" in run.stdout


def test_cli_fails_when_nothing_can_be_read(tmp_path: Path, run_cli) -> None:
    _garbage(tmp_path)
    run = run_cli("evidence", tmp_path)
    assert run.exit_code == 2
    assert "error: no report could be read" in run.stderr
    assert run.stdout == ""
