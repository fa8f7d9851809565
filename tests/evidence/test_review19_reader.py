"""Review 19 (a journalist's read of `reassure evidence` on the README's samples): a sentence in
the body never dates the report; the CSV carries each claim's own date and a yearless date as
written; pledge stages are marked on stance rows too; the table says whether the stance check
ran; the Reports table shows the ids the other tables cite."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from reassure.evidence import build_ledger

SAMPLES = Path(__file__).resolve().parent / "corpus" / "samples"


def test_a_body_sentence_with_a_date_does_not_date_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "t.txt").write_text(
        "Tracker note: Estonia\n"
        "The first 50 soldiers deployed to western Ukraine on 16 June 2025.\n"
        "The Riigikogu approved the deployment on 20 May 2025.\n", encoding="utf-8")
    assert build_ledger([folder]).reports[0].date is None
    # a byline still does
    (folder / "t.txt").write_text("Tracker note: Estonia\nBy Jane Smith, 20 May 2025.\n"
                                  "The Riigikogu approved the deployment.\n", encoding="utf-8")
    assert build_ledger([folder]).reports[0].date == "2025-05-20"


def _csv(run_cli) -> list[dict[str, str]]:
    out = run_cli("evidence", str(SAMPLES), "--format", "csv")
    assert out.exit_code == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def test_the_csv_gives_each_claims_own_date_and_a_yearless_date(run_cli) -> None:
    rows = _csv(run_cli)
    deployed = [r for r in rows if r["report"] == "c21" and r["stage"] == "deployed"]
    assert deployed and deployed[0]["claim_date"] == "2025-06-16"
    approved = [r for r in rows if r["report"] == "c21" and r["stage"] == "approved"]
    assert approved and approved[0]["kind"] == "stance" and approved[0]["claim_date"] == "2025-05-20"
    yearless = [r for r in rows if r["report"] == "c35"]
    assert yearless and all(r["date"] == "" and r["date_as_written"] == "Feb 24" for r in yearless)


def test_the_table_says_whether_the_stance_check_ran(run_cli) -> None:
    on = run_cli("evidence", str(SAMPLES), env={"COLUMNS": "200"})
    off = run_cli("evidence", str(SAMPLES), "--no-stance-check", env={"COLUMNS": "200"})
    assert on.exit_code == 0 and off.exit_code == 0
    data = json.loads(run_cli("evidence", str(SAMPLES), "--format", "json").stdout)
    judged = sum(s["check"] is not None for s in data["stances"]) + len(data["withheld_stances"])
    assert judged > 0
    assert (f"Stance check: {len(data['withheld_stances'])} of {judged} judged stance readings withheld"
            in " ".join(on.stdout.split()))
    assert "Stance check: off" in off.stdout and on.stdout != off.stdout


def test_the_reports_table_shows_the_cited_ids_and_says_what_is_missing(run_cli) -> None:
    out = " ".join(run_cli("evidence", str(SAMPLES), env={"COLUMNS": "1000"}).stdout.split())
    assert "source id" in out and "sample-c01" in out
    assert "sample-c36 (outlet and date not stated)" in out


def test_the_quoted_words_are_credited_to_the_report_that_printed_them() -> None:
    """review 20: a row backed by a story and its translated copy credits the quote to the
    report whose sentence it is; the copy follows as one of its "copies" (review s32: "also
    reported in" mixed copies with other stories)."""
    from reassure.present.evidence import _quoted_cites, _representative

    ledger = build_ledger([SAMPLES])
    claims = {c.id: c for c in ledger.claims}
    force = next(e for e in ledger.quantities if e.subject == "european_force")
    v = next(v for v in force.values if v.low == 64000)
    first = _representative(ledger, [claims[c] for c in v.claim_ids])
    assert first.report_id == "c01"  # the Northwire original's sentence is the one quoted
    cell = _quoted_cites(ledger, first, v.report_ids)
    assert cell.startswith("quoted: sample-c01 (Northwire, 2025-03-03)\ncopies: ")
    assert "sample-c02" in cell.partition("copies: ")[2]
