"""Review s38: `reassure force`'s Politics line printed "chance 30,000 troops are fielded 0.0%"
for a plan whose best case (28,264) is below the target, as if 10,000 draws had found it; it now
says the 0 is by construction, and keeps the estimate where the target can be reached."""

from __future__ import annotations


def test_an_unreachable_target_says_why_its_chance_is_zero(run_cli) -> None:
    out = " ".join(run_cli("force", "europe-2025").stdout.split())
    assert "chance 30,000 troops are fielded 0% (not reachable: the best case, 28,264 troops, is below 30,000)" in out
    assert "without the US 0% (not reachable: the best case, 14,224 troops, is below 30,000)" in out


def test_a_reachable_target_keeps_its_estimate(run_cli) -> None:
    out = " ".join(run_cli("force", "iiss-small").stdout.split())
    assert "chance 10,000 troops are fielded 100.0%" in out and "not reachable" not in out


def test_the_incidents_table_shows_a_self_reported_strike_as_the_report_does(run_cli) -> None:
    # review s38: the by-type table printed "100.0% (100.0-100.0)" under the old label
    out = " ".join(run_cli("incidents", "europe-2025", "--runs", "3").stdout.split())
    assert "self-reported" in out and "│ 100% │ 100% │" in out
    assert "100.0% (100.0–100.0)" not in out
