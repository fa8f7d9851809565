"""(s48) What a journalist's reading of the ledger on real reports (rounds 17-18, tuning material)
found wrong, written in the project's own words. Each test's first assertions fail on the
session-start code (e9c3521); the guards beside them pass on both."""

from __future__ import annotations

from pathlib import Path

from evidence_claim_helpers import ledger_from

from reassure.evidence import build_ledger
from reassure.evidence._clean import _title_from_url


def _of(tmp_path: Path, text: str, nation: str) -> set[str]:
    """Every stance of ``nation`` read in ``text`` (supports and rejects too; no check)."""
    (tmp_path / "r.txt").write_text("Europe weighs a force for Ukraine\nNorthwire, 3 March 2025\n\n"
                                    + text + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=False)
    return {s.stance for s in ledger.stances if s.actor == nation}


def _count_subjects(tmp_path: Path, text: str) -> dict[float | None, str]:
    return {c.low: c.subject for c in ledger_from(tmp_path, text).claims
            if c.unit == "countries"}


def _claims_of(tmp_path: Path, text: str, unit: str) -> set[str]:
    return {c.subject for c in ledger_from(tmp_path, text).claims if c.unit == unit}


def test_nations_at_a_meeting_are_not_nations_ready_to_send_troops(tmp_path: Path) -> None:
    assert _count_subjects(tmp_path, "Envoys of 41 countries gathered in Oslo to work out "
                                     "security guarantees for Kyiv.") == {41.0: "coalition_size"}
    assert _count_subjects(tmp_path, "Defence ministers from some 33 countries will meet in "
                                     "Oslo next week.") == {33.0: "coalition_size"}
    # a pledge of troops at the meeting is still a pledge
    assert _count_subjects(tmp_path, "After the summit in Oslo, 18 countries pledged to send "
                                     "troops to the force.") == {18.0: "countries_pledged"}


def test_an_offer_reported_and_denied_is_a_refusal(tmp_path: Path) -> None:
    assert _of(tmp_path, "Norway has flatly rejected press reports suggesting the country "
                         "had signalled readiness to join the force in Ukraine.", "NOR") == {
        "declines"}
    # a denied reversal stays no refusal (test_s35), and an offer not denied stays an offer
    assert "declines" not in _of(tmp_path, "Oslo rejected suggestions that Norway was going to "
                                           "abandon plans to send troops.", "NOR")
    assert _of(tmp_path, "Norway has signalled readiness to join the force in Ukraine.",
               "NOR") == {"ready"}
    # (review) an offer in a clause of its own after the denial stays an offer
    assert _of(tmp_path, "Norway dismissed press reports of a quarrel with Sweden, and its "
                         "premier said Norway was ready to send troops to Ukraine.", "NOR") == {
        "ready"}
    assert _of(tmp_path, "Oslo dismissed reports that its offer of troops had been scaled "
                         "back, insisting it is ready to send 800.", "NOR") == {"ready"}


def test_troops_pledged_as_none_are_a_refusal(tmp_path: Path) -> None:
    assert _of(tmp_path, "Norway pledged no ground troops but promised two frigates.",
               "NOR") == {"declines"}
    assert _of(tmp_path, "Norway pledged 200 troops and no aircraft.", "NOR") == {"ready"}
    # (review) none once, an offer now; none more than those it offers
    assert _of(tmp_path, "Norway, which pledged no troops last spring, is now ready to send 600 "
                         "soldiers to Ukraine.", "NOR") == {"ready"}
    assert _of(tmp_path, "Norway offered no more troops than the 600 it is ready to send to "
                         "Ukraine.", "NOR") == {"ready"}


def test_holding_back_from_an_endorsement_is_no_support(tmp_path: Path) -> None:
    assert not _of(tmp_path, "The US administration has so far refrained from endorsing the "
                             "idea of a European force.", "USA")
    # holding back a refusal is openness (test_s23); an offer in another clause stands
    assert _of(tmp_path, "Norway refrained from comment, but said it is ready to send troops.",
               "NOR") == {"ready"}


def test_the_host_and_the_adversary_send_no_troops_to_the_force(tmp_path: Path) -> None:
    assert not _of(tmp_path, "Moscow plans to mobilise 2 million soldiers by 2030.", "RUS")
    assert "declines" not in _of(tmp_path, "Kyiv rejects any ceasefire line and Moscow opposes "
                                           "Western troops.", "UKR")
    # Russia's opposition to the force is its rejection of it, never a refusal to send its own
    assert _of(tmp_path, "However, Moscow remains firmly opposed to Western troops in Ukraine.",
               "RUS") == {"rejects"}


def test_a_seat_held_for_a_time_is_not_the_forces_lifetime(tmp_path: Path) -> None:
    assert "force_lifetime" not in _claims_of(
        tmp_path, "The headquarters of the force will sit in Oslo for one year, then move.",
        "year")
    assert _claims_of(tmp_path, "The mission would last 20 years.", "year") == {
        "force_lifetime"}


def test_a_pair_of_nations_named_is_no_count(tmp_path: Path) -> None:
    assert not _count_subjects(tmp_path, "No two countries are closer, the Norwegian king said "
                                         "of Norway and Sweden.")
    assert not _count_subjects(tmp_path, "Our two countries will lead the coalition.")
    assert _count_subjects(tmp_path, "Two countries have offered troops so far.") == {
        2.0: "countries_pledged"}


def test_titles_from_addresses_lose_ids_and_keep_contractions() -> None:
    assert _title_from_url("https://a.example/news/656913-norway-says-troops-could-go") == \
        "Norway Says Troops Could Go"
    assert _title_from_url("https://a.example/norway-says-troops-could-go-to-ukraine-fbc4d3") == \
        "Norway Says Troops Could Go to Ukraine"
    assert _title_from_url("https://a.example/why-norway-doesn-t-send-troops") == \
        "Why Norway Doesn't Send Troops"
    # a year or a short number in the words stays
    assert _title_from_url("https://a.example/the-force-in-2025-and-after") == \
        "The Force in 2025 and After"


def test_an_empty_title_header_is_no_body_line(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Title: \nSource link: https://a.example/articles/88412\n\n"
                                    "Norway warned on Jan. 8 that it would send troops.\n",
                                    encoding="utf-8")
    report = build_ledger([tmp_path / "r.txt"], jobs=1).reports[0]
    assert not report.clean_text.startswith("Title")
    assert report.clean_text.startswith("Norway warned")
    # a title given is still the title
    (tmp_path / "r.txt").write_text("Title: Norway ready to send troops\n\nNorway said so.\n",
                                    encoding="utf-8")
    assert build_ledger([tmp_path / "r.txt"], jobs=1).reports[0].title == \
        "Norway ready to send troops"


def test_every_suggested_figure_is_a_quantity_a_scenario_accepts(tmp_path: Path) -> None:
    """(s48 review) "more than 10,000" was suggested as `{ low = 10000, ... }`, which `reassure
    validate` refuses (a range needs both ends): a one-sided figure gives its end as the value."""
    import re
    import tomllib

    from reassure.spec._quantity import Quantity

    (tmp_path / "a.txt").write_text("Europe weighs a force\nNorthwire, 3 March 2025\n\nA European "
                                    "force of more than 10,000 troops would be deployed.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Force plan\nSouthwire, 9 March 2025\n\nThe European force "
                                    "would number up to 30,000 troops.\n", encoding="utf-8")
    text = build_ledger([tmp_path], jobs=1).scenario_sources()
    lines = [m.group(1) for m in re.finditer(r"^# (?:force\.target_troops|pledge_troops) = "
                                             r"(\{.*?\})(?:  #.*)?$", text, re.MULTILINE)]
    assert len(lines) >= 2, text
    for line in lines:
        table = tomllib.loads(f"x = {line}")["x"]
        assert "value" in table or {"low", "high"} <= set(table), line
        Quantity.model_validate({k: v for k, v in table.items() if k != "note"})


def _two_wires(tmp_path: Path, a: tuple[str, str, str], b: tuple[str, str, str]) -> None:
    """Reports a.txt and b.txt, each (headline, "Wire X, date" line, body)."""
    for name, (title, wire, body) in (("a", a), ("b", b)):
        (tmp_path / f"{name}.txt").write_text(f"{title}\n{wire}\n\n{body}\n", encoding="utf-8")


def test_the_latest_statement_says_its_count_is_the_stances_in_all(tmp_path: Path) -> None:
    """(s48 review) "ready (2026-01-08, 17 independent sources)" read as 17 sources that day."""
    _two_wires(tmp_path,
               ("Norway and the force", "Wire a, 3 March 2025",
                "After a cabinet meeting in Oslo on Monday, the defence minister said Norway is "
                "ready to send troops to Ukraine once a ceasefire holds. Ships and aircraft are "
                "also on offer."),
               ("Norway and the force", "Wire b, 9 April 2025",
                "Speaking at a party congress in Bergen, the premier ruled out any deployment "
                "for now: Norway will not send troops to Ukraine, he said, citing its Arctic "
                "duties and a small army."))
    position = next(p for p in build_ledger([tmp_path], jobs=1).positions if p.actor == "NOR")
    assert position.latest is not None
    assert position.latest.startswith("declines (2025-04-09; 1 independent source for declines "
                                      "in all)"), position.latest


def test_a_pledge_stage_shows_every_figure_its_sources_give(tmp_path: Path) -> None:
    """(s48 review) the stage showed the first report's 150 and counted the report of 300 as its
    second source; the 300 appeared nowhere in the pledges."""
    _two_wires(tmp_path,
               ("Norway and the force", "Wire A, 3 March 2025",
                "Norway pledged 150 troops to the reassurance force for Ukraine, the defence "
                "ministry said on Monday after a cabinet meeting in Oslo."),
               ("Norway doubles its offer", "Wire B, 11 March 2025",
                "Speaking in Brussels, the Norwegian premier said Norway pledged 300 troops, "
                "double its earlier offer, to a future mission in Ukraine."))
    ledger = build_ledger([tmp_path], jobs=1)
    stage = ledger.pledge("NOR").stages[-1]
    assert (stage.low, stage.independent_sources) == (150.0, 2)
    assert [(lo, hi) for lo, hi, _q in stage.figures] == [(150.0, 150.0), (300.0, 300.0)]
    assert "#   also pledged: 300 (the sources differ: pick one)" in ledger.scenario_sources()


def test_the_pledges_table_says_when_a_nations_stances_moved(run_cli, tmp_path: Path) -> None:
    """(s48 review) "Italy: stated" in the pledges table, with no word of Italy's refusal."""
    _two_wires(tmp_path,
               ("Norway and the force", "Wire A, 3 March 2025",
                "After a cabinet meeting in Oslo on Monday, the defence minister said Norway is "
                "ready to send troops to Ukraine once a ceasefire holds."),
               ("Norway says no", "Wire B, 9 April 2025",
                "Speaking at a party congress in Bergen, the premier said Norway will not send "
                "troops to Ukraine, citing its Arctic duties and a small army."))
    out = run_cli("evidence", str(tmp_path), env={"COLUMNS": "400"}).stdout
    pledges = out[out.index("Pledges by stage"):out.index("How far to trust")]
    row = next(line for line in pledges.splitlines() if "Norway" in line)
    assert "stated (stances changed: ready (2025-03-03) → declines (2025-04-09, latest))" in row
