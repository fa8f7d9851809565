"""Review s53 (a defence journalist reading the reports): the air tasks' short names (cap, aew,
e3) went unexplained, and the reason given for a response worse with the US backstop said each
detected incident was a call, though most detected incidents are violations that call for no unit."""

from __future__ import annotations

from types import SimpleNamespace

from reassure.present.report import glossary


def _terms(body: str) -> list[str]:
    plan = SimpleNamespace(us_backstop=SimpleNamespace(any=True))
    return [t for t in ("CAP", "AEW / E-3") if f"<dt>{t}</dt>" in glossary(plan, body)]


def test_the_air_tasks_short_names_are_in_the_glossary() -> None:
    body = ("<p>the patrol and alert stations (cap, qra; those the US flies excluded)</p>"
            "<td>aew-west</td><td>aew</td><td>e3</td>")
    assert _terms(body) == ["CAP", "AEW / E-3"]


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
