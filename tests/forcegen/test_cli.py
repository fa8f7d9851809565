"""`reassure force` through the command line, as a user runs it (in this process but one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def europe_json(run_cli) -> dict:
    proc = run_cli("force", "europe-2025", "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    return json.loads(proc.stdout)


def test_json_has_the_promised_keys(europe_json: dict) -> None:
    keys = (
        "deployed_total",
        "pool_total",
        "units_per_deployed",
        "allocation",
        "binding",
        "shortfall_by_role",
        "p_target_met",
        "cost_per_year",
    )
    for key in keys:
        assert key in europe_json
        assert key in europe_json["without_us"]
    row = europe_json["allocation"][0]
    assert set(row) >= {"nation", "role", "deployed", "pool", "share_of_army"}
    assert set(europe_json["cost_per_year"]) >= {"low", "high"}
    # The allocation adds up to the totals.
    assert sum(r["deployed"] for r in europe_json["allocation"]) == europe_json["deployed_total"]
    assert sum(r["pool"] for r in europe_json["allocation"]) == pytest.approx(
        europe_json["pool_total"], abs=1
    )


def test_json_is_deterministic(run_cli, run_cli_process) -> None:
    """The same bytes from this process and from a fresh one (another hash seed)."""
    a = run_cli("force", "iiss-small", "--format", "json")
    b = run_cli_process("force", "iiss-small", "--format", "json")
    assert a.exit_code == 0, a.stderr
    assert b.exit_code == 0, b.stderr  # says why, should the fresh process ever fail
    assert a.stdout == b.stdout


def test_table_names_the_answer(run_cli) -> None:
    proc = run_cli("force", "iiss-large")
    assert proc.exit_code == 0, proc.stderr
    out = proc.stdout
    for text in (
        "infeasible",
        "Binding limits",
        "troops are fielded",  # the chance names its target
        "Cost",
        "FRA",
        "GBR",
        "without the US",
    ):
        assert text in out


def test_unknown_scenario_and_bad_format_exit_2_without_traceback(run_cli) -> None:
    for args in (("force", "no-such-scenario"), ("force", "europe-2025", "--format", "xml")):
        proc = run_cli(*args)
        assert proc.exit_code == 2
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_contributor_exits_2_with_file_and_field(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        'schema = 1\nname = "bad"\ntitle = "t"\nextends = "europe-2025"\n\n'
        '[[contributors]]\nnation = "DNK"\nstatus = "willing"\nsource = ["seed-004"]\n'
        'sustainable_share = { value = 1.5, unit = "fraction", assumption = "bad (for a test)" }\n'
    )
    proc = run_cli("force", path)
    assert proc.exit_code == 2
    assert f"{path}:" in proc.stderr and "sustainable_share must be <= 1" in proc.stderr


def _nations(run_cli, path: Path) -> dict[str, dict]:
    proc = run_cli("force", str(path), "--format", "json")
    assert proc.exit_code == 0, proc.stderr
    data = json.loads(proc.stdout)
    return {row["nation"]: row for row in data["nations"]} | {"_notes": data["notes"]}


def test_army_fallback_does_not_depend_on_the_other_nations_listed(tmp_path: Path, run_cli) -> None:
    """r6 H3: SWE has no army figure; its army (and so its capacity) is one theatre-wide share of
    its active personnel, whatever other nations the plan lists (adding BEL used to move it)."""
    base = (
        'schema = 1\nname = "h3"\nextends = "europe-2025"\n'
        '[[contributors]]\nnation = "SWE"\nstatus = "willing"\nassumption = "test (for a test)"\n'
    )
    one = tmp_path / "one.toml"
    one.write_text(base)
    two = tmp_path / "two.toml"
    two.write_text(base.replace('"h3"', '"h3b"') + '[[contributors]]\nnation = "BEL"\n'
                   'status = "conditional-parliament"\nassumption = "test (for a test)"\n')
    a, b = _nations(run_cli, one), _nations(run_cli, two)
    assert "BEL" in b and "BEL" not in a
    assert a["SWE"]["army_from_fallback"] is True
    assert a["SWE"]["army_personnel"] == b["SWE"]["army_personnel"]
    assert a["SWE"]["cap_troops"] == b["SWE"]["cap_troops"]
    note = next(n for n in a["_notes"] if n.startswith("no army figure"))
    assert "nations table" in note and "same in every plan" in note
    assert note == next(n for n in b["_notes"] if n.startswith("no army figure"))


def test_a_plan_without_us_backstop_prints_its_verdict_once_labelled_as_assess_does(run_cli) -> None:
    """Review s12 9: with no US enabler the two cases are one; `force` said "without the US
    backstop" twice. It now says it once, with `assess`'s label."""
    proc = run_cli("force", "no-us-backstop")
    assert proc.exit_code == 0, proc.stderr
    text = " ".join(proc.stdout.split())
    assert text.count("as planned (no US backstop): infeasible") == 1
    assert "without the US backstop: infeasible" not in text
    assert "0% with the US" not in text  # the low-end line does not invent a with-US case


def test_a_plan_with_us_backstop_keeps_both_verdicts(run_cli) -> None:
    proc = run_cli("force", "europe-2025")
    text = " ".join(proc.stdout.split())
    assert "with the US backstop: infeasible" in text
    assert "without the US backstop: infeasible" in text
    assert "as planned (no US backstop)" not in text
