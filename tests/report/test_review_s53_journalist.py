"""Review s53 (a defence journalist reading the reports): the air tasks' short names (cap, aew,
e3) went unexplained, and the reason given for a response worse with the US backstop said each
detected incident was a call, though most detected incidents are violations that call for no unit."""

from __future__ import annotations

from types import SimpleNamespace

from reassure.present.report import glossary


def _terms(body: str) -> list[str]:
    plan = SimpleNamespace(us_backstop=SimpleNamespace(any=True))
    return [t for t in ("CAP", "AEW") if f"<dt>{t}</dt>" in glossary(plan, body)]


def test_the_air_tasks_short_names_are_in_the_glossary() -> None:
    body = ("<p>the patrol and alert stations (cap, qra; those the US flies excluded)</p>"
            "<td>aew-west</td><td>aew</td><td>e3</td>")
    assert _terms(body) == ["CAP", "AEW"]


def test_a_national_cap_is_not_a_combat_air_patrol() -> None:
    body = "<p>Britain's cap, its sustainable share, binds; the caps of seven nations are shared</p>"
    assert _terms(body) == []


def test_the_queueing_reason_says_only_incidents_needing_a_unit_are_calls() -> None:
    from tests.report.test_compare_queueing import MNF

    from reassure.run.section_incidents import queueing_note

    note = queueing_note(*MNF)
    assert note is not None
    assert "(47% of all incidents against 16%), and each of them that needs a unit is a call" in note
    assert "each a call on the same response units" not in note


def test_the_calls_verdict_gives_the_detected_share_of_incidents_needing_a_unit() -> None:
    """(review s53, a newcomer) "Of the detected calls alone (... 55% of all incidents detected ...):
    11.9%" beside "11.9% of all incidents needing a unit" read as a contradiction: the incidents
    needing a unit are nearly all detected with the US backstop (most of all incidents are
    violations that call for no unit). The why gives that share."""
    from reassure.run.pipeline import run_capability
    from reassure.run.section_incidents import (
        IN_TIME_QUESTION,
        _calls_of_needing,
        incidents_section,
        share_pct,
    )
    from reassure.spec import load_scenario

    scn = load_scenario("europe-2025")
    r = run_capability("incidents", scn, runs=6).to_dict()
    detail = next(v.detail for v in incidents_section(scn, {"runs": 6, "seed": scn.seed}, r).verdicts
                  if v.question == IN_TIME_QUESTION)
    share, alone = _calls_of_needing(r), _calls_of_needing(r["without_us"])
    assert share is not None and alone is not None and alone < share <= 1
    # the calls over the incidents needing a unit: those reached, over the calls answered
    calls = (1 - r["unreached_fraction"]["value"]) / (1 - r["unanswered_fraction"]["value"])
    assert share == min(1.0, calls)
    assert (f"{share_pct(100 * share)} of the incidents needing a unit are detected with the US backstop, "
            f"{share_pct(100 * alone)} without") in detail
    assert "of all incidents detected" not in detail


def test_posture_says_how_many_garrisons_are_placed_beside_those_manned(run_cli) -> None:  # noqa: ANN001
    """(review s53, a newcomer) `posture` said "7 garrisons" above a table of 4; the reason (3 add
    no cover) was a warning further down."""
    out = run_cli("posture", "europe-2025", env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert "7 garrisons (" in first and "; 4 placed, 3 add no cover," in first, first
