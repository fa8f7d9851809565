"""`reassure show` names a source by its public address where it has one (review s11: the table
printed the seed's file name, which is not in the repository, before its new address)."""

from __future__ import annotations


def test_show_prints_the_address_before_the_file(run_cli) -> None:  # type: ignore[no-untyped-def]
    out = run_cli("show", "europe-2025", env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.stderr
    text = out.stdout
    assert "caliber.az" in text  # seed-001's address (it also has a file)
    assert "001_e6ef512106b150fb.txt" not in text


def test_the_relaxation_premise_does_not_call_a_plan_member_an_outsider() -> None:
    from reassure.run.section_force import _relaxation_row

    premise = _relaxation_row({"kind": "add_nation", "text": "GBR (willing; only with a US "
                               "backstop) taking part at its limits adds 6,500 troops"})[1]
    assert "outside the plan" not in premise and "US backstop" in premise
