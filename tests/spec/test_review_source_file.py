"""Review s37: a source's `file` took any name: `file = "/etc/shadow"` was accepted. A source
file is a report kept as a file: beside the scenario (the seeds, figures.md) or elsewhere (the
full paths `reassure evidence --scenario-sources` writes), so its name must end as a report does.
Refused at its file, line and field, saying what is expected (no traceback)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import reassure
from reassure.errors import ScenarioFieldError

HEAD = 'schema = 1\nname = "v"\ntitle = "v"\nextends = "europe-2025"\n'
SOURCE = ('[[sources]]\nid = "mine"\ntitle = "A note"\noutlet = "A think tank"\ndate = 2025-03-01\n'
          'url = "https://example.org/x"\nfile = {file}\n'
          '[force]\ntarget_troops = {{ value = 20000, unit = "troops", source = ["mine"] }}\n')
EXPECTED = "must name a report kept as a file"
ENDINGS = "ending .txt, .text, .md, .html, .htm, .xhtml or .pdf"


def _write(tmp_path: Path, file: str) -> Path:
    path = tmp_path / "v.toml"
    path.write_text(HEAD + SOURCE.format(file=file), encoding="utf-8")
    return path


@pytest.mark.parametrize(("file", "why"), [
    ('"/etc/shadow"', f"{ENDINGS} (got no such ending)"),
    ("'C:\\Windows\\win.ini'", f"{ENDINGS} (got '.ini')"),
    ('"../../etc/passwd"', f"{ENDINGS} (got no such ending)"),
    ('"notes.exe"', f"{ENDINGS} (got '.exe')"),
    ('"https://example.org/x.pdf"', "not a web address"),
    ('""', "leave `file` out when there is none"),
    ('"a\\u0007b.txt"', "without control characters"),
])
def test_a_source_file_that_is_not_a_report_is_refused_at_its_line(tmp_path: Path, file: str, why: str) -> None:
    path = _write(tmp_path, file)
    with pytest.raises(ScenarioFieldError) as caught:
        reassure.load_scenario(path)
    message = str(caught.value)
    assert re.match(rf"^{re.escape(str(path))}:11: sources\[mine\]\.file {re.escape(EXPECTED)}", message), message
    assert why in message


@pytest.mark.parametrize("file", ['"figures.md"', '"seeds/000_e2a977955cc9bd59.txt"', '"/data/reports/a1.HTML"',
                                  '"../shared/seeds/000.txt"', '"brief.pdf"'])
def test_a_report_kept_as_a_file_is_accepted(tmp_path: Path, file: str) -> None:
    assert reassure.load_scenario(_write(tmp_path, file)).source("mine").file == file.strip('"')


def test_validate_says_it_in_one_line_with_exit_2(tmp_path: Path, run_cli) -> None:
    path = _write(tmp_path, '"/etc/shadow"')
    proc = run_cli("validate", str(path))
    err = proc.stderr.strip()
    assert proc.exit_code == 2 and "Traceback" not in err + proc.stdout
    assert err == f"error: {path}:11: sources[mine].file {EXPECTED}, {ENDINGS} (got no such ending)"


def test_every_shipped_source_file_is_accepted() -> None:
    from reassure.spec import list_scenarios

    for name in list_scenarios():
        assert [s.file for s in reassure.load_scenario(name).sources if s.file]  # loads, files kept


def test_the_ledgers_own_suffixes_are_report_endings() -> None:
    # the sources `evidence --scenario-sources` writes name the files the ledger read
    from reassure.evidence._ingest import SUFFIXES
    from reassure.spec._quantity import REPORT_SUFFIXES

    assert set(SUFFIXES) <= set(REPORT_SUFFIXES)
