"""Review s50 (an analyst reading `assess mnf-u-2026`, `compare europe-2025 coalition-2025-09
mnf-u-2026` and their reports): labels and verdicts that did not say what their number is.

1. the maritime capital priced the frigates only (the minehunters counted as nothing), and the
   whole plan's capital summed it without a word;
2. the plants verdict's "Rivne NPP 60 min" was the garrison's notice time alone (no travel);
3. the headline's truce regimes (27% / 28% / 45%) are an assumed cycle, said without its basis;
4. `compare` carried the queueing caveat under two figures, not under the verdict read from the
   calls' share, nor in compare.csv;
5. the covered share is weighted by MW, which its label did not say;
6. docs/validation.md gave mnf-u-2026's sampled share as 49.5% where the output says 51.6%;
7. compare.csv left europe-2025's whole-plan cost blank;
8. the verdicts called a range's high end "the full target".
"""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
WIDE = {"COLUMNS": "400"}


def _text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.fixture(scope="module")
def mnf(run_cli: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`reassure assess mnf-u-2026 --out DIR` on a wide terminal: its stdout, report.html,
    results.json and figures.csv."""
    out = tmp_path_factory.mktemp("mnf")
    done = run_cli("assess", "mnf-u-2026", "--runs", "4", "--no-sensitivity", "--out", out, env=WIDE)
    assert done.exit_code == 0, done.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    with (out / "figures.csv").open(encoding="utf-8") as f:
        figures = {r["key"]: r for r in csv.DictReader(f)}  # its key: ``<section>.<figure>``
    return {"stdout": " ".join(done.stdout.split()), "html": page, "text": _text(page),
            "results": results, "figures": figures}


def _result_figures(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """results.json's figures by ``section.key``."""
    sections = results["sections"]
    items = sections.values() if isinstance(sections, dict) else sections
    return {f"{s['name']}.{f['key']}": f for s in items for f in s["figures"]}


def _result_verdicts(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """results.json's verdicts by question."""
    sections = results["sections"]
    items = sections.values() if isinstance(sections, dict) else sections
    return {v["question"]: v for s in items for v in s["verdicts"]}


@pytest.fixture(scope="module")
def compared(run_cli: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """`reassure compare europe-2025 coalition-2025-09 mnf-u-2026 --out DIR` (narrow terminal)."""
    out = tmp_path_factory.mktemp("cmp")
    done = run_cli("compare", "europe-2025", "coalition-2025-09", "mnf-u-2026", "--runs", "4", "--out", out)
    assert done.exit_code == 0, done.stderr
    with (out / "compare.csv").open(encoding="utf-8") as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    return {"stdout": " ".join(done.stdout.split()), "csv": rows,
            "html": _text((out / "compare.html").read_text(encoding="utf-8"))}


# -- 1. the maritime capital prices the frigates only -------------------------------------------


UNPRICED = r"frigates only; \d+ minehunters not priced"
LEFT_OUT = r"leaves out what has no price: \d+ minehunters, the aircraft, air-defence"


def test_the_maritime_capital_says_which_ships_it_prices_and_the_whole_plan_what_it_leaves_out(
        mnf: dict[str, Any]) -> None:
    for shown in (mnf["stdout"], mnf["text"]):
        assert re.search(r"Capital: purchase cost of those ships, the midpoint of each price range given \(not in "
                         r"the yearly cost\); " + UNPRICED, shown), shown[:200]
        assert re.search(r"Capital: purchase costs given, the midpoint of each price range \(not in the yearly "
                         r"cost\); " + LEFT_OUT, shown)


def test_results_json_and_figures_csv_carry_the_capitals_words_too(mnf: dict[str, Any]) -> None:
    """The words are the run's (`section_maritime.priced_text`, `section_costs.left_out_of_capital`),
    not the terminal's or the report's alone: results.json and figures.csv carry them."""
    for figures in (_result_figures(mnf["results"]), mnf["figures"]):
        assert re.search(r"Capital: purchase cost of those ships, .*; " + UNPRICED + "$",
                         figures["maritime.capital_cost_eur_m"]["label"])
        assert re.search(r"Capital: purchase costs given, .*; " + LEFT_OUT, figures["costs.capital_eur_m"]["label"])
    maritime = _result_figures(mnf["results"])["maritime.capital_cost_eur_m"]
    assert maritime["setting"]["label"] == "what it prices" and re.fullmatch(UNPRICED, maritime["setting"]["text"])
    assert maritime["common_label"] == (
        "Capital: purchase cost of those ships, the midpoint of each price range given (not in the yearly cost)")


def test_compare_says_what_each_capital_prices_in_a_row_under_it(compared: dict[str, Any]) -> None:
    rows = compared["csv"]
    priced = rows["maritime.capital_cost_eur_m.setting"]
    assert priced["label"] == "what it prices"
    assert re.fullmatch(UNPRICED, priced["mnf-u-2026"]) and re.fullmatch(UNPRICED, priced["coalition-2025-09"])
    left = rows["costs.capital_eur_m.setting"]
    assert left["label"] == "what it leaves out" and re.fullmatch(LEFT_OUT, left["mnf-u-2026"])
    # the shared label keeps its unit and words; every plan's own part is in its own cell
    assert rows["maritime.capital_cost_eur_m"]["label"] == (
        "Capital: purchase cost of those ships, the midpoint of each price range given (not in the yearly cost)")


def test_a_maritime_plan_pricing_every_ship_says_nothing_more() -> None:
    from types import SimpleNamespace as N

    from reassure.run.section_maritime import priced_text

    scenario = N(maritime=N(tasks=(N(id="a", ship_class="frigate"),)), us_backstop=N(any=True))
    side = N(tasks=(N(id="a", us=False, reachable=True, ships_needed=7, capital_cost_eur=1e9),))
    assert priced_text(scenario, side, side) == ""


# -- 2. a plant's own garrison answers in its notice time ---------------------------------------


GARRISON = r"\(garrison on site: the notice time alone, 1 h, against the 1 h threshold\);"


def test_the_plants_verdict_says_where_the_garrison_is_on_site(mnf: dict[str, Any]) -> None:
    assert re.search(r"Rivne NPP \(Varash\): 60 min with and without the US backstop " + GARRISON, mnf["text"])
    # the terminal's table wraps its cells (even 400 columns wide): the words, cell by cell
    cells = " ".join(re.sub(r"[│┃]", " ", mnf["stdout"]).split())
    assert "Rivne NPP (Varash): 60 min with and" in cells
    assert "(garrison on site: the notice time alone" in cells
    # the run's words (`section_posture._garrison_on_site`): results.json has them too (its ids unnamed)
    from reassure.run.section_posture import PLANTS_WITHIN_QUESTION

    detail = _result_verdicts(mnf["results"])[PLANTS_WITHIN_QUESTION]["detail"]
    assert re.search(r": 60 min with and without the US backstop " + GARRISON, detail), detail


# -- 3. the truce's regimes are an assumed cycle ------------------------------------------------


def test_the_headline_says_what_the_regime_cycle_rests_on(mnf: dict[str, Any]) -> None:
    chunk = mnf["html"].split('class="headline">', 1)[1].split("</p>", 1)[0]
    head = " ".join(html.unescape(re.sub(r"<[^>]+>", "", chunk)).split())
    # s53: the plan's expected shares ("break down on"), the runs' own beside them after ";"
    assert re.search(r"break down on \d+%(\[\d+\])? with or without the US \(an assumed cycle, from “OSCE says "
                     r"effect of harvest ceasefire fading” \(2018\) and the plan's assumptions(\[\d+\])?[;)]", head), head
    assert "(the plan's regime assumptions)" not in head


# -- 4. compare's queueing caveat ---------------------------------------------------------------


CALLS = "verdict:Are more than half of all incidents needing a unit reached within the response threshold, counted from when the incident is reported (an undetected incident counts as not reached)?"


def test_compare_puts_the_queueing_caveat_under_the_calls_verdict_and_in_the_csv(compared: dict[str, Any]) -> None:
    from reassure.run.section_incidents import queueing_note  # the words `assess` prints

    assert queueing_note.__name__  # reused, not copied
    rows = compared["csv"]
    first = "caveat:" + CALLS.removeprefix("verdict:")
    for key in (first, "incidents.within_threshold_pct.caveat", "incidents.within_threshold_incidents_pct.caveat"):
        caveat = rows[key]
        assert caveat["label"] == "its caveat (the plan's note on the row above)"
        assert caveat["europe-2025"] == ""  # no reversal there: no caveat
    # review s65 8: the note is written once a plan, under the verdict, and pointed to elsewhere
    note = rows[first]["mnf-u-2026"]
    assert "This is queueing, not a slower unit" in note
    # review s52 C: said as a limit of the model, not of the plan; (s54) the plan dispatches by
    # triage (the default), so first come, first served is not what it blames
    assert 'The plan dispatches by triage (incidents.dispatch = "in_time")' in note
    assert "first come" not in note
    assert rows[first]["mnf-u-2026_without_us"] == "see column mnf-u-2026"
    for key in ("incidents.within_threshold_pct.caveat", "incidents.within_threshold_incidents_pct.caveat"):
        assert rows[key]["mnf-u-2026"] == rows[key]["mnf-u-2026_without_us"] == f"see row {first}, column mnf-u-2026"
    # the narrow terminal: the note right under the verdict's answer
    block = compared["stdout"].split("mnf-u-2026 Inputs that differ", 1)[1]
    assert re.search(r"Are more than half of all incidents needing a unit reached within the response threshold, counted from when the incident is "
                     r"reported \(an undetected incident counts as not reached\)\?: no (\(without the US: \w+\) )?"
                     r"(Fewer incidents|A smaller share of calls)", block), block[:3000]


# -- 5. the covered share is weighted by MW -----------------------------------------------------


MW = "Protectable sites covered by weight in MW (a plant's net capacity; another site an assumed MW equivalent)"


def test_the_covered_share_says_it_is_weighted_by_mw_wherever_it_is_shown(mnf: dict[str, Any],
                                                                           compared: dict[str, Any]) -> None:
    for shown in (mnf["stdout"], mnf["text"]):
        assert re.search(re.escape(MW) + r" \(% of their total weight, [\d,]+ MW,", shown)
    assert re.search(r"\d+%(\s*\[\d+\])? of the weight \(MW\) of the protectable sites", mnf["text"])
    # the run's label (`section_posture.covered_label`): results.json and figures.csv have it too
    for figures in (_result_figures(mnf["results"]), mnf["figures"]):
        assert re.match(re.escape(MW) + r" \(% of their total weight, [\d,]+ MW,", figures["posture.covered_weight_percent"]["label"])
    assert compared["csv"]["posture.covered_weight_percent"]["label"].startswith(MW)
    assert MW in compared["stdout"] and MW in compared["html"]


# -- 6. docs/validation.md ----------------------------------------------------------------------


def test_the_validation_doc_does_not_give_49_5_percent_as_mnf_u_2026s_share_today() -> None:
    lines = (REPO / "docs" / "validation.md").read_text(encoding="utf-8").splitlines()
    rows = [ln for ln in lines if ln.startswith("| mnf-u-2026 `monitor --size`") and "49.5%" in ln]
    assert rows and all("51.6%" in ln for ln in rows), rows


# -- 7. compare.csv says why a cell is n/a ------------------------------------------------------


def test_compare_csv_says_why_europe_2025s_whole_plan_cost_is_n_a(compared: dict[str, Any]) -> None:
    rows = compared["csv"]
    why = "n/a: not computed: no [costs], [air_policing] or [maritime] in this plan"
    for key in ("costs.total_per_year_low_eur_m", "costs.total_per_year_high_eur_m", "costs.capital_eur_m"):
        assert rows[key]["europe-2025"] == rows[key]["europe-2025_without_us"] == why
        assert float(rows[key]["mnf-u-2026"])  # a plan with a cost keeps its number
    assert rows["air.capital_cost_eur_m"]["mnf-u-2026"] == "n/a: no purchase price given"


# -- 8. the high end of a range, not "the full target" ------------------------------------------


def test_a_range_target_is_asked_about_its_high_end(mnf: dict[str, Any], compared: dict[str, Any]) -> None:
    for shown in (mnf["stdout"], mnf["text"]):
        assert "Could the high end of the target range be fielded if every uncertain nation joined (best case)?" in shown
        assert "Is the high end of the target range fielded with better-than-even odds, given who may not join?" in shown
        assert "the full target" not in shown
    # its number is in the verdict's why ("the high end of the target (30,000 troops)")
    assert "chance the high end of the target (30,000 troops) is fielded" in mnf["stdout"]
    # compare (every plan's target a range): each plan's number is in its own row ("Target deployed
    # strength (high end)"); the row keeps its key
    row = compared["csv"]["verdict:Could the full target be fielded if every uncertain nation joined (best case)?"]
    assert row["label"] == ("Could the high end of the target range be fielded if every uncertain nation joined "
                            "(best case)?")
    assert "the full target" not in compared["stdout"]


def test_a_target_of_one_number_is_still_the_full_target() -> None:
    from types import SimpleNamespace as N

    from reassure.present.story import reader_wording, target_high_end
    from reassure.run.results import Verdict

    point = N(force=N(target_troops=N(is_range=False, high=25000)), posture=None, maritime=None)
    assert target_high_end(point) is None
    q = "Is the full target fielded with better-than-even odds, given who may not join?"
    _, (v,) = reader_wording(point, (), (Verdict(q, False, False, ""),))
    assert v.question == q
