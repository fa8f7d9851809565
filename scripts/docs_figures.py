"""The figures the docs quote as the current output of a shipped scenario, checked against the tool.

A model change that moves a shipped figure must move the docs that quote it; this module says
which text in which doc depends on which result, so that `tests/test_docs_figures.py` fails
when the two part. Two kinds of figure:

* **generated tables** (`TABLES`), written between ``<!-- figures:NAME -->`` and
  ``<!-- /figures:NAME -->`` markers in a doc; ``--write`` rewrites them from the tool's output;
* **quoted phrases** (`PHRASES`): the exact text a doc must contain, rendered from the tool's
  output with the rounding the doc uses (a phrase that renders differently from the doc's text
  is a stale figure: edit the sentence, whose reasoning may have to change too).

Validation reference values and published source figures are not listed: only what the tool
computes for a shipped scenario. Every result comes from the capability itself
(``reassure.run_capability``: force, posture, response, air policing, maritime, monitoring
band, costs), never from a full assessment, so a check takes seconds; no incident (Monte Carlo)
figure is checked here.

    PYTHONPATH=src .venv/bin/python scripts/docs_figures.py          # check; print what differs
    PYTHONPATH=src .venv/bin/python scripts/docs_figures.py --write  # regenerate the tables
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

Get = Callable[[str, str], dict[str, Any]]


@cache
def result(scenario: str, capability: str = "force") -> dict[str, Any]:
    """What ``reassure CAPABILITY SCENARIO --format json`` prints (defaults: 10,000 draws, the
    scenario's seed), as a dict."""
    from reassure.run.pipeline import run_capability
    from reassure.spec import load_scenario

    return run_capability(capability, load_scenario(scenario)).to_dict()


# ---- rounding, as the docs write figures ------------------------------------------------------

def half_up(x: float, digits: int = 0) -> float:
    """Round half away from zero (Python's round() goes to even: 0.125 -> 0.12)."""
    q = 10 ** digits
    return math.copysign(math.floor(abs(x) * q + 0.5) / q, x)


def n(x: float) -> str:
    """Whole number with thousands separators: 28264 -> '28,264'."""
    return f"{int(half_up(x)):,}"


def pct(p: float, digits: int = 0) -> str:
    """A share as a percentage: 0.2772 -> '28%'."""
    return f"{half_up(100 * p, digits):.{digits}f}%"


def money(r: dict[str, float], unit: str = "EUR billion") -> str:
    """A low-high range of euros (``r``: ``low``, ``high`` in EUR) in ``unit`` as the report writes
    it, with the package's formatter (`reassure.present.report.range_text` to
    `reassure.present.units.money_digits`: three significant figures), never a rounding of the
    docs' own (review: a horizon cost of EUR 49.1–96.2 billion read "EUR 49–96bn" here):
    'EUR 5.06–6.13 billion', 'EUR 121–241 million a year' (``unit`` "EUR million/year")."""
    from reassure.present.report import range_text
    from reassure.present.units import money_digits

    scale = 1e9 if "billion" in unit else 1e6
    return range_text(r["low"] / scale, r["high"] / scale, unit, money_digits(unit, 0))


def money_value(x: float, unit: str = "EUR billion") -> str:
    """One amount of euros in ``unit`` as the report writes it ('EUR 6.58 billion'), as `money`."""
    from reassure.present.report import value_text
    from reassure.present.units import money_digits

    scale = 1e9 if "billion" in unit else 1e6
    return value_text(x / scale, unit, money_digits(unit, 0), estimate=True)


def million_people(r: dict[str, float]) -> str:
    return f"{half_up(r['low'] / 1e6, 2):.2f}–{half_up(r['high'] / 1e6, 2):.2f} million"


NAMES = {"FRA": "France", "GBR": "the UK", "NLD": "the Netherlands", "DEU": "Germany",
         "DNK": "Denmark", "NOR": "Norway", "SWE": "Sweden", "EST": "Estonia", "LVA": "Latvia",
         "LTU": "Lithuania", "ITA": "Italy", "POL": "Poland", "FIN": "Finland", "CZE": "Czechia"}
ENABLERS = {"isr": "ISR", "air_defence": "air defence", "logistics": "logistics",
            "air_support": "air support", "airlift": "airlift", "tanker": "tankers"}


def words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def joiners(verdict: str) -> list[str]:
    """The nations a feasible verdict says must join ('... if NLD, DEU and SWE join (P...',
    '... if GBR joins (P...')."""
    m = re.search(r" if ([A-Z]{3}(?:(?:, | and )[A-Z]{3})*) joins? \(", verdict)
    if m:
        return re.split(r", | and ", m.group(1))
    # s39: "if DEU joins, with enough others (the allocation found: DEU, NLD and SWE)"
    # s53: "(uncertain nations in the allocation found: DEU, NLD; also in it, certain to join: FRA)"
    m = re.search(r"\((?:uncertain nations in )?the allocation found: ([^);]*)[);]", verdict)
    return re.split(r", | and ", m.group(1)) if m else []


def nation(r: dict[str, Any], iso3: str) -> dict[str, Any]:
    return next(x for x in r["nations"] if x["nation"] == iso3)


def relaxation(relaxations: list[Any], start: str) -> str:
    """The text of the first relaxation that starts with ``start`` (the low end of a target
    carries texts only, the full target dicts with a ``text``)."""
    texts = [x if isinstance(x, str) else x["text"] for x in relaxations]
    return next(t for t in texts if t.startswith(start))


# ---- generated tables -------------------------------------------------------------------------

FORCE_SCENARIOS = ["iiss-small", "iiss-medium", "iiss-large", "europe-2025", "coalition-2025-09",
                   "mnf-u-2026", "ukraine-request", "no-us-backstop"]


def _best_case(r: dict[str, Any]) -> str:
    if r["target_met"]:
        who = joiners(r["verdict"])
        if not who:
            return f"{n(r['deployed_total'])}, willing nations only"
        if len(who) > 6:
            return f"{n(r['deployed_total'])} if {len(who)} undecided nations join"
        return f"{n(r['deployed_total'])} if {', '.join(who)} join"
    limited = sorted({b["nation"] for b in r["binding"] if b.get("nation")})
    return f"at most {n(r['deployed_total'])}: infeasible; {len(limited)} nations at their limits"


def _p_met(r: dict[str, Any], low: dict[str, Any] | None) -> str:
    part = r["participation"]
    text = f"{pct(part['p_target_met'])} ({pct(part['p_target_met_at_start'])} on the day of the ceasefire)"
    if low:
        text += f"; {n(low['target_troops'])}: {pct(low['p_target_met'])}"
    return text


def _without(r: dict[str, Any], low: dict[str, Any] | None) -> str:
    w = r["without_us"]
    if w["target_met"]:
        text = f"{n(w['deployed_total'])}, P {pct(w['p_target_met'])}"
    else:
        text = f"at most {n(w['deployed_total'])}, P {pct(w['p_target_met'])}"
    if low and low["without_us"]["target_met"] and not w["target_met"]:
        text += f" ({n(low['target_troops'])}: P {pct(low['without_us']['p_target_met'])})"
    if w["enabler_gaps"]:
        text += "; gaps: " + ", ".join(ENABLERS.get(g, g) for g in w["enabler_gaps"])
    return text


def _cost(r: dict[str, Any], low: dict[str, Any] | None) -> str:
    text = money(r["cost_per_year"])
    if low and low["deployed_total"] != r["deployed_total"]:
        text += f" ({n(low['target_troops'])}: {money(low['cost_per_year'])})"
    return text


def force_table(get: Get = result) -> str:
    rows = ["| scenario | target | best case with the US backstop | P(target met) with the US "
            "| without the US backstop | cost a year (with the US) | over the horizon |",
            "|---|---|---|---|---|---|---|"]
    for name in FORCE_SCENARIOS:
        r = get(name, "force")
        low = r.get("target_low")
        target = (f"{n(low['target_troops'])}–{n(r['target_troops'])}" if low
                  else n(r["target_troops"]))
        best = _best_case(r)
        if not r["us_backstop"]:
            best += " (the plan has no US backstop)"
        h = r["horizon_years"]
        horizon = (f"{money(r['cost_over_horizon'])} over {h['low']:g}–{h['high']:g} years; "
                   f"{million_people(r['cumulative_individuals'])} people")
        rows.append(f"| {name} | {target} | {best} | {_p_met(r, low)} | {_without(r, low)} "
                    f"| {_cost(r, low)} | {horizon} |")
    return "\n".join(rows)


@dataclass(frozen=True)
class Table:
    doc: str
    name: str
    render: Callable[[Get], str]


TABLES = [Table("docs/models/forcegen.md", "force-shipped", force_table)]


def block(name: str, body: str) -> str:
    return (f"<!-- figures:{name} (generated by scripts/docs_figures.py --write) -->\n{body}\n"
            f"<!-- /figures:{name} -->")


def block_pattern(name: str) -> re.Pattern[str]:
    name = re.escape(name)
    return re.compile(rf"<!-- figures:{name}\b.*?-->\n.*?<!-- /figures:{name} -->", re.S)


# ---- quoted phrases ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Phrase:
    doc: str
    what: str  # which result it reads, for the failure message
    render: Callable[[Get], str]


def _willing(get: Get) -> str:
    r = get("europe-2025", "force")
    willing = [x for x in r["nations"] if x["p_join"] == 1.0 and x["deployed"] > 0]
    return (f"The willing nations ({words([NAMES[x['nation']] for x in willing])}) hold "
            f"{n(sum(x['deployed'] for x in willing))}")


def _uk(get: Get) -> str:
    gbr = nation(get("europe-2025", "force"), "GBR")
    return (f"{n(gbr['deployed'])} nominal, `limited_by = {gbr['limited_by']}`; "
            f"{pct(gbr['share_of_army'])} of its army")


def _europe_25000(get: Get) -> str:
    low = get("europe-2025", "force")["target_low"]
    who = [NAMES[c] for c in joiners(low["verdict"])]
    # s39 hand check: not "needs X, Y, Z to join": the allocation draws on them all, while fewer
    # (Germany and some of the rest) would do; the chance counts every combination that reaches it
    return (f"{n(low['target_troops'])} is reached in the tool's allocation with {words(who)} joining "
            f"(P {pct(low['p_target_met'])}, over every combination of joiners that reaches it)")


def _europe_30000(get: Get) -> str:
    r = get("europe-2025", "force")
    return (f"(at most {n(r['deployed_total'])}, short {n(r['shortfall_total'])}; "
            f"P {pct(r['p_target_met'])})")


def _europe_without(get: Get) -> str:
    r = get("europe-2025", "force")
    out = [NAMES[x["nation"]] for x in r["nations"]
           if x["deployed"] > 0 and nation(r["without_us"], x["nation"])["deployed"] == 0]
    gaps = [ENABLERS[g] for g in r["without_us"]["enabler_gaps"]]
    return (f"(without {words(out)}, each by its own conditions) the most is "
            f"{n(r['without_us']['deployed_total'])} and {words(gaps)} gaps open")


def _europe_cost(get: Get) -> str:
    r = get("europe-2025", "force")
    low = r["target_low"]
    h = r["horizon_years"]
    return (f"{money(r['cost_per_year'], 'EUR billion/year')} ({money(low['cost_per_year'])} at "
            f"{n(low['target_troops'])}) and {money(r['cost_over_horizon'])} over "
            f"{h['low']:g}–{h['high']:g} years; {million_people(r['cumulative_individuals'])} "
            "people")


def _italy(get: Get) -> str:
    status = nation(get("europe-2025", "force"), "ITA")["status"]
    return "Italy is ruled out" if status == "ruled_out" else f"Italy is {status}"


def _army_ratio(get: Get) -> str:
    note = next(x for x in get("europe-2025", "force")["notes"]
                if "median army/active ratio" in x)
    m = re.search(r"army taken as (\d+)% of active personnel \(median army/active ratio of the "
                  r"(\d+) nations", note)
    assert m, note
    return f"({m.group(2)} in ukraine-2025: {m.group(1)}%)"


def _iiss_relax(get: Get) -> str:
    texts = get("iiss-large", "force")["target_low"]["relaxations"]
    quoted = [f'"{relaxation(texts, start)}"' for start in
              ("raise every contributor", "shorten every interval", "FRA alone", "TUR ")]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _iiss_relax_full(get: Get) -> str:
    r = get("iiss-large", "force")
    return (f"\"{relaxation(r['relaxations'], 'raise every contributor')}\"; "
            f"\"{relaxation(r['relaxations'], 'shorten every interval')}\"")


def _iiss_row(get: Get) -> str:
    s, m, lg = (get(x, "force") for x in ("iiss-small", "iiss-medium", "iiss-large"))
    return (f"small {n(s['deployed_total'])} of {n(s['target_troops'])}; medium "
            f"{n(m['deployed_total'])} of {n(m['target_troops'])}; large ≤ "
            f"{n(lg['deployed_total'])}")


def _per_troop_year(get: Get) -> tuple[float, float]:
    r = get("iiss-medium", "force")
    return (r["cost_per_year"]["low"] / r["deployed_total"],
            r["cost_per_year"]["high"] / r["deployed_total"])


def _cost_row(get: Get) -> str:
    low, high = _per_troop_year(get)
    return f"EUR {n(low)}–{n(high)} (iiss-medium, operating)"


def _bloomberg(get: Get) -> str:
    low, high = _per_troop_year(get)  # $75,000 at EUR 0.95 and 0.85 per USD
    return (f"reassure is {half_up(low / (75_000 * 0.95), 1):.1f}–"
            f"{half_up(high / (75_000 * 0.85), 1):.1f} × Bloomberg")


def _bruegel(get: Get) -> str:
    _, high = _per_troop_year(get)
    return f"is {half_up(250e9 / 300_000 / high, 1):.1f} × reassure's high operating figure"


def _europe_row(get: Get) -> str:
    r = get("europe-2025", "force")
    return (f"{n(r['deployed_total'])} / {n(r['without_us']['deployed_total'])}, P = "
            f"{pct(r['p_target_met'])[:-1]} (P({n(r['target_low']['target_troops'])}) = "
            f"{pct(r['target_low']['p_target_met'])[:-1]} %)")


def _medium_plan_row(get: Get) -> str:
    r = get("iiss-medium", "force")
    return (f"The medium best case is reached in the tool's allocation with {words(joiners(r['verdict']))} "
            f"joining (P {pct(r['p_target_met'])[:-1]} %, over every combination that reaches it;")


def _medium_row(get: Get) -> str:
    r = get("iiss-medium", "force")
    return (f"{pct(r['p_target_met'])[:-1]} % / {pct(r['without_us']['p_target_met'])[:-1]} % "
            "(was 72 % / 18 %")


def _uk_row(get: Get) -> str:
    return f"{n(nation(get('europe-2025', 'force'), 'GBR')['deployed'])} (nominal of 5,000–8,000"


def _garrisons_row(get: Get) -> str:
    e, u, lg = (get(x, "posture") for x in ("europe-2025", "ukraine-request", "iiss-large"))
    ew = e["without_us"]
    uf = get("ukraine-request", "force")
    return (f"europe-2025 {e['n_garrisons']} ({n(get('europe-2025', 'force')['target_troops'])} "
            f"target, high end, = force generation's figure); ukraine-request {u['n_garrisons']} "
            f"({n(uf['target_troops'])} asked, {n(u['fieldable_troops'])} fieldable); iiss-large "
            f"{lg['n_garrisons']} (was 20); without the US backstop each side from its own force: "
            f"europe-2025 {ew['n_garrisons']} ({n(ew['fieldable_troops'])} fieldable; review r5: "
            f"was the with-US plan's), {half_up(ew['covered_weight_percent'], 1):.1f} % of the "
            f"weight covered, {' and '.join(ew['uncovered_sites'])} uncovered")


def _posture_sides(get: Get) -> str:
    e = get("europe-2025", "posture")
    w = e["without_us"]
    return (f"europe-2025 mans floor({n(w['fieldable_troops'])} × 0.45 / 1,800) = "
            f"{w['n_garrisons']} garrisons without the US ({e['n_garrisons']} with it), placed "
            f"afresh ({' and '.join(w['uncovered_sites'])} uncovered, "
            f"{half_up(w['covered_weight_percent'], 1):.1f} % of the weight against "
            f"{half_up(e['covered_weight_percent'], 1):.1f} %)")


def _posture_europe(get: Get) -> str:
    e = get("europe-2025", "posture")
    placed = [g["id"] for g in e["garrisons"]]
    npps = [g.removesuffix("-npp").replace("-", " ").title() for g in placed if g.endswith("-npp")]
    others = [g.title() for g in placed if not g.endswith("-npp")]
    where = f"{words(npps)} NPPs" + (f" and {words(others)}" if others else "")
    return (f"and {e['n_garrisons']} garrisons (the force that can be fielded, "
            f"{n(e['fieldable_troops'])}, × 0.45 / 1,800), the {len(placed)} that add cover stand "
            f"at {where}, and the other {e['n_garrisons'] - len(placed)} stand with them")


def _posture_odesa(get: Get) -> str:
    e = get("europe-2025", "posture")
    return f"a radius of about {n(e['full_cover']['needed_radius_km'])} road km would be needed"


def _minutes(h: float) -> str:
    return f"{int(half_up(h * 60))}"


def _air_response(get: Get) -> str:
    e = get("europe-2025", "response")
    npp = ("rivne-npp", "khmelnytskyi-npp", "south-ukraine-npp")
    air = [x["air"] for x in e["site_response_h"] if x["site"] in npp]
    south = next(x for x in e["without_us"]["site_response_h"] if x["site"] == "south-ukraine-npp")
    return (f"reaches the operating plants in {_minutes(min(air))}–{_minutes(max(air))} min, "
            f"{_minutes(south['air'])} min at South Ukraine NPP without the US jets")


def _buildup(get: Get) -> str:
    e = get("europe-2025", "response")
    close = {int(x["troops"]): x["day"] for x in e["buildup_close"]}
    per_day = e["buildup_detail"]["airlift_troops_per_day"]
    return (f"build up to 5,000 troops by day {close[5000]} and 8,000 by day {close[8000]}; "
            f"the arrival airfield (MOG {e['buildup_detail']['max_on_ground_aircraft']:g}, 16 h) "
            f"caps airlift at {n(per_day)} troops a day")


def _airlift_row(get: Get) -> str:
    per_day = get("europe-2025", "response")["buildup_detail"]["airlift_troops_per_day"]
    return f"| {n(per_day)} ({half_up(per_day / 116, 1):.1f} A400M sorties × 116 seats) |"


def _vjtf_row(get: Get) -> str:
    close = {int(x["troops"]): x["day"] for x in get("europe-2025", "response")["buildup_close"]}
    return f"| day {close[5000]} at the nominal 4.5 days' readiness"


def _znpp_row(get: Get) -> str:
    z = next(x for x in get("europe-2025", "response")["site_response_h"] if x["site"] == "znpp")
    return f"ground {half_up(z['ground'], 2):.2f} h, helicopter {half_up(z['heli'], 2):.2f} h"


def _ukraine_request(get: Get) -> str:
    u = get("ukraine-request", "posture")
    return f"({n(u['fieldable_troops'])} fieldable at best, {u['n_garrisons']} garrisons)"


def _air_rows(get: Get) -> str:
    aircraft = get("coalition-2025-09", "air_policing")["aircraft_needed"]
    return f"; {aircraft} for coalition-2025-09's"


def _mnf_air(get: Get) -> str:
    a = get("mnf-u-2026", "air_policing")
    w = a["without_us"]
    cost = {end: a[f"operating_cost_eur_per_year_{end}"] for end in ("low", "high")}
    return (f"Europe must field {a['aircraft_needed']} aircraft for three continuous patrol pairs, "
            f"two alert pairs and the early-warning orbit — "
            f"{w['aircraft_needed']} without the US — against Northwood's estimate of 18–35 needed; "
            f"{a['aircraft_needed_other_tanker_case']} if tankers refuelled the patrols. Air "
            f"operating cost {money(cost, 'EUR billion/year')}")


def _mnf_sea(get: Get) -> str:
    m = get("mnf-u-2026", "maritime")
    mcm = next(t for t in m["tasks"] if t["kind"] == "mcm")
    cost = {end: m[f"operating_cost_eur_per_year_{end}"] for end in ("low", "high")}
    return (f"The Black Sea tasks need {m['ships_needed']} ships "
            f"({half_up(m['ships_in_cycle'], 1):.1f} deployed at a time), "
            f"{money(cost, 'EUR million/year')}; the MCM Black Sea group "
            f"covers {pct(mcm['existing_share_of_need'])} of a")


def _mnf_costs(get: Get) -> str:
    c = get("mnf-u-2026", "costs")
    parts = {p["label"].split(":")[0]: p for p in c["parts"]}
    troops = parts["troops (force generation)"]
    patriot = parts["air-defence"]
    troop_cost = {end: troops[f"{end}_eur_per_year"] for end in ("low", "high")}
    patriot_cost = {end: patriot[f"{end}_eur_per_year"] for end in ("low", "high")}
    return (f"With the troops ({money(troop_cost)}) "
            f"and two Patriot-class battalions ({money(patriot_cost, 'EUR million')}, Army O&S figures), "
            f"the plan costs {money(c['total_per_year'], 'EUR billion/year')} to run (`costs` section); "
            f"capital (the frigates, {money_value(c['capital']['value'])}) is shown apart.")


def _band(get: Get) -> str:
    b = get("coalition-2025-09", "monitoring_band")
    best = min((c for c in b["classes"] if c["kind"] == "patrol"),
               key=lambda c: c["airframes_high"])  # the first of the fewest, as the report
    hale = next(c for c in b["classes"] if c["id"].startswith("hale"))
    base = {"LRFT": "Fetești", "LRCK": "Kogălniceanu", "EPRZ": "Rzeszów"}[best["base"]]
    kind = best["id"].split("-")[0].upper()
    return (f"(fewest: {best['orbits_high']} {kind} orbits, {best['airframes_high']} airframes, "
            f"from {base}; HALE {hale['orbits_low']}–{hale['orbits_high']} orbits")


def _band_satellites(get: Get) -> str:
    def best(side: dict[str, Any]) -> float:
        return max(c["p_detect"]["0.5"] for c in side["classes"] if c["kind"] == "satellite")
    b = get("mnf-u-2026", "monitoring_band")
    lost = min(c["lost_over_horizon_high"] for c in b["classes"] if c["kind"] == "patrol")
    return (f"about {n(lost)} airframes of that sized fleet lost over 30 years instead of ~240 "
            f"at the small-drone rate; the plan's own fleet loses 20 + 10, table below), and gives detection by event duration: the plan's satellites see a 30-minute "
            f"violation with {pct(best(b), 1)} (with US commercial imagery) or "
            f"{pct(best(b['without_us']), 2)} (Sentinel only)")


def _band_satellite_row(get: Get) -> str:
    b = get("mnf-u-2026", "monitoring_band")
    p = max(c["p_detect"]["0.5"] for c in b["classes"] if c["kind"] == "satellite")
    return f"{pct(p, 1)} in mnf-u-2026 (cloud and per-pass detection)"


def _kavulich_row(get: Get) -> str:
    low, high = _per_troop_year(get)
    return f"| EUR {n(low)}–{n(high)} | $140,000 in garrison"


def _italy_row(get: Get) -> str:
    status = {name: nation(get(name, "force"), "ITA")["status"] for name in FORCE_SCENARIOS}
    if set(status.values()) == {"ruled_out"}:
        return "Italy ruled out in every shipped scenario"
    return "Italy " + ", ".join(f"{v} in {k}" for k, v in status.items())


def _hale_band_row(get: Get) -> str:
    b = get("coalition-2025-09", "monitoring_band")
    hale = next(c for c in b["classes"] if c["id"].startswith("hale"))
    return (f"{hale['orbits_low']}–{hale['orbits_high']} over {n(b['line_km_low'])}–"
            f"{n(b['line_km_high'])} km × {b['depth_km_low']:g}–{b['depth_km_high']:g} km")


def _airlift_both_row(get: Get) -> str:
    r = get("europe-2025", "response")
    same = [x["troops"] for x in r["buildup"]] == [x["troops"] for x in r["buildup_if_us_airlift"]]
    per_day = r["buildup_detail"]["airlift_troops_per_day"]
    return (f"| {per_day:,.1f} both; the two curves are equal |" if same
            else f"| {per_day:,.1f} without the US C-17; the curves differ |")


FORCEGEN = "docs/models/forcegen.md"
VALIDATION = "docs/validation.md"
POSTURE = "docs/models/posture.md"
RESPONSE = "docs/models/response.md"
INCIDENTS = "docs/models/incidents.md"

PHRASES = [
    Phrase(FORCEGEN, "force: ukraine-2025 army/active note", _army_ratio),
    Phrase(FORCEGEN, "force iiss-large: relaxations at 60,000", _iiss_relax),
    Phrase(FORCEGEN, "force iiss-large: relaxations at 100,000", _iiss_relax_full),
    Phrase(FORCEGEN, "force europe-2025: FRA deployed",
           lambda g: f"France's ≈{n(nation(g('europe-2025', 'force'), 'FRA')['deployed'])} is "
                     "exactly its sustainable share"),
    Phrase(FORCEGEN, "force europe-2025: GBR cap", _uk),
    Phrase(FORCEGEN, "force europe-2025: ITA status", _italy),
    Phrase(FORCEGEN, "force europe-2025: willing nations",
           _willing),
    Phrase(FORCEGEN, "force europe-2025: target_low", _europe_25000),
    Phrase(FORCEGEN, "force europe-2025: target", _europe_30000),
    Phrase(FORCEGEN, "force europe-2025: without_us", _europe_without),
    Phrase(FORCEGEN, "force europe-2025: cost, people", _europe_cost),
    Phrase(VALIDATION, "force iiss-*: deployed_total", _iiss_row),
    Phrase(VALIDATION, "force iiss-medium: who must join", _medium_plan_row),
    Phrase(VALIDATION, "force iiss-medium: cost per troop-year", _cost_row),
    Phrase(VALIDATION, "force iiss-medium: cost per troop-year vs Bloomberg", _bloomberg),
    Phrase(VALIDATION, "force iiss-medium: cost per troop-year vs Kavulich", _kavulich_row),
    Phrase(VALIDATION, "force iiss-medium: cost per troop-year vs Bruegel/Kiel", _bruegel),
    Phrase(VALIDATION, "air_policing coalition-2025-09: aircraft_needed", _air_rows),
    Phrase(VALIDATION, "monitoring_band mnf-u-2026: best satellite, 30 min",
           _band_satellite_row),
    Phrase(VALIDATION, "monitoring_band coalition-2025-09: HALE orbits", _hale_band_row),
    Phrase(VALIDATION, "force europe-2025: GBR deployed", _uk_row),
    Phrase(VALIDATION, "force europe-2025: deployed, P", _europe_row),
    Phrase(VALIDATION, "force iiss-medium: P(target met)", _medium_row),
    Phrase(VALIDATION, "force, every shipped scenario: ITA status", _italy_row),
    Phrase(VALIDATION, "posture europe-2025, ukraine-request, iiss-large: garrisons",
           _garrisons_row),
    Phrase(VALIDATION, "response europe-2025: airlift troops a day", _airlift_row),
    Phrase(VALIDATION, "response europe-2025: build-up close", _vjtf_row),
    Phrase(VALIDATION, "response europe-2025: airlift with and without US C-17", _airlift_both_row),
    Phrase(VALIDATION, "response europe-2025: ZNPP response", _znpp_row),
    Phrase(VALIDATION, "air_policing mnf-u-2026", _mnf_air),
    Phrase(VALIDATION, "maritime mnf-u-2026", _mnf_sea),
    Phrase(VALIDATION, "costs mnf-u-2026", _mnf_costs),
    Phrase(VALIDATION, "monitoring_band coalition-2025-09: fewest", _band),
    Phrase(VALIDATION, "monitoring_band mnf-u-2026: losses, satellites", _band_satellites),
    Phrase(POSTURE, "posture europe-2025: sides", _posture_sides),
    Phrase(POSTURE, "posture europe-2025: garrisons", _posture_europe),
    Phrase(POSTURE, "posture europe-2025: full cover", _posture_odesa),
    Phrase(RESPONSE, "response europe-2025: air response", _air_response),
    Phrase(RESPONSE, "response europe-2025: build-up", _buildup),
    Phrase(INCIDENTS, "posture ukraine-request: garrisons", _ukraine_request),
]


# ---- checking and writing ---------------------------------------------------------------------

def squash(text: str) -> str:
    """Whitespace runs as one space, so that a phrase may wrap anywhere in the doc."""
    return re.sub(r"\s+", " ", text)


def problems(get: Get = result) -> list[str]:
    """Every table and phrase that differs from the tool's output, as readable lines."""
    found: list[str] = []
    texts: dict[str, str] = {}
    for t in TABLES:
        text = texts.setdefault(t.doc, (REPO / t.doc).read_text(encoding="utf-8"))
        m = block_pattern(t.name).search(text)
        want = block(t.name, t.render(get))
        if not m:
            found.append(f"{t.doc}: no <!-- figures:{t.name} --> block")
        elif m.group(0) != want:
            found.append(f"{t.doc}: table {t.name} differs from the tool's output; regenerate "
                         f"with scripts/docs_figures.py --write:\n{want}")
    for p in PHRASES:
        text = texts.setdefault(p.doc, (REPO / p.doc).read_text(encoding="utf-8"))
        want = p.render(get)
        if squash(want) not in squash(text):
            found.append(f"{p.doc}: the tool now gives ({p.what}):\n    {squash(want)}")
    return found


def write(get: Get = result) -> list[str]:
    """Rewrite every generated table in place; returns the docs changed."""
    changed = []
    for t in TABLES:
        path = REPO / t.doc
        text = path.read_text(encoding="utf-8")
        new = block_pattern(t.name).sub(lambda _m, t=t: block(t.name, t.render(get)), text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(t.doc)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="regenerate the marked tables")
    args = parser.parse_args(argv)
    if args.write:
        for doc in write():
            print(f"rewrote {doc}")
    found = problems()
    for line in found:
        print(line)
    print(f"{len(TABLES)} tables, {len(PHRASES)} phrases: {len(found)} differ")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
