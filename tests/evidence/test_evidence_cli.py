"""`reassure evidence`: table, JSON, CSV, `--scenario-sources` TOML, and a light `--help`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tomllib
from pathlib import Path

from reassure.present.evidence import CSV_COLUMNS
from reassure.spec import Source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _run(run_cli, *args: str) -> str:
    result = run_cli("evidence", *args, env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_json(run_cli) -> None:
    data = json.loads(_run(run_cli, str(FIXTURES), "--format", "json"))
    assert {"reports", "duplicate_groups", "quantities", "positions", "claims", "stances",
            "problems", "settings"} <= set(data)
    subjects = {q["subject"] for q in data["quantities"]}
    assert {"european_force", "ukraine_request", "front_line"} <= subjects
    assert data["settings"]["dedup_threshold"] == 0.22


def test_csv(run_cli) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(run_cli, str(FIXTURES), "--format", "csv"))))
    assert rows and tuple(rows[0]) == CSV_COLUMNS
    kinds = {r["kind"] for r in rows}
    # s19: stances the stance check withheld are rows of their own kind
    assert {"quantity", "stance"} <= kinds <= {"quantity", "stance", "withheld_stance"}
    poland = [r for r in rows if r["nation"] == "POL"]
    # changed (issue #15): Poland's part in the talks no longer conflicts with its refusal
    assert {r["stance"] for r in poland} == {"talks", "declines"}
    # two stories, neither repeating the other's stance: not corroborated (issue 15i; it read
    # "agreement" before, which a reader took for "Poland agrees")
    assert {r["entry_status"] for r in poland} == {"uncorroborated"}
    # a reader's row: the source, outlet and date beside the quoted sentence
    eps = [r for r in rows if r["report"] == "epsilon-trailer"]
    assert eps and all(r["outlet"] == "Example Times" and r["date"] == "2025-02-21" for r in eps)


def test_table(run_cli) -> None:
    out = _run(run_cli, str(FIXTURES))
    for words in ("Quantified claims by subject", "Stances on contributing troops",
                  "size of the European force", "Poland", "conflict"):
        assert words in out


def test_bad_format(run_cli) -> None:
    result = run_cli("evidence", FIXTURES, "--format", "jsn")
    assert result.exit_code == 2 and len(result.error_lines) == 1
    assert "did you mean 'json'" in result.stderr


def test_scenario_sources_is_valid_toml(run_cli) -> None:
    text = _run(run_cli, str(FIXTURES), "--scenario-sources")
    data = tomllib.loads(text)
    sources = data["sources"]
    assert len(sources) == 6
    ids = {s["id"] for s in sources}
    assert "fixture-epsilon-trailer" in ids
    for s in sources:
        Source.model_validate(s)  # the scenario schema accepts every entry
        assert s["claims"] and all(c.startswith(s["id"].removeprefix("fixture-")) for c in s["claims"])
    eps = next(s for s in sources if s["id"] == "fixture-epsilon-trailer")
    assert str(eps["date"]) == "2025-02-21" and eps["outlet"] == "Example Times"
    # suggested parameters are comments; each can be uncommented into valid TOML
    suggestions = [line for line in text.splitlines() if line.startswith("# force.target_troops")
                   or line.startswith("# horizon")]
    assert suggestions
    for line in suggestions:
        body = line[2:].split("  # claims:")[0]
        parsed = tomllib.loads(body)
        assert parsed
    # changed (review r7): "could last 20 or 30 years" is a guess, not a planning horizon
    assert not any(x.startswith("# horizon") for x in suggestions)
    assert any(x.startswith("# (no scenario field: an estimate") and "low = 20, high = 30" in x
               for x in text.splitlines())
    # contributor blocks: uncommented, each is a TOML table with provenance
    blocks = text.split("# [[contributors]]")[1:]
    assert blocks
    parsed = {}
    for block in blocks:
        body = "\n".join(line[2:] for line in block.splitlines()[1:]
                         if line.startswith("# ") and not line.startswith("#   "))
        entry = tomllib.loads("[[contributors]]\n" + body)["contributors"][0]
        assert entry["source"], entry
        parsed[entry["nation"]] = entry
    assert parsed["POL"]["status"] == "ruled-out"
    # changed (review s12): the United States sends no troops to the European force, so it
    # gets no contributor block (its statements are listed apart)
    assert "USA" not in parsed


def test_help_stays_light() -> None:
    code = (
        "import sys, reassure.cli, reassure.commands.evidence\n"
        "heavy = [m for m in ('spacy', 'datasketch', 'trafilatura', 'pycountry') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_csv_says_a_capability_is_not_a_planned_size(run_cli) -> None:
    # "Europe could muster 25,000" is what Europe could field, not a plan's size: the terminal
    # says so, and so must the CSV a journalist filters (review r5)
    samples = Path(__file__).parent / "corpus" / "samples"
    rows = list(csv.DictReader(io.StringIO(_run(run_cli, str(samples), "--format", "csv"))))
    sizes = [r for r in rows if r["kind"] == "quantity" and r["subject"] == "european_force"]
    assert {r["stage"] for r in sizes if "muster" in r["sentence"]} == {"capability"}
    assert {r["stage"] for r in sizes if "force of 64,000" in r["sentence"]} == {""}
    # review 19: a stance row is marked only with its pledge stage ("approved"), never a size's
    assert {r["stage"] for r in rows if r["kind"] == "stance"} == {"", "approved"}
