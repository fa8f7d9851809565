"""Assessment section: yearly operating cost of the whole plan — troops, land enablers, air, maritime
(the totals' labels name only the parts the plan has and the total counts, the `[costs]` items by
name, and what it leaves out: ISR, the force's enablers no part prices).

Rendered from the costs capability, which gathers the costs of force generation, the air and
maritime capabilities and the `[costs]` items; capital (purchase) costs are shown apart and
labelled, never added to the yearly cost. No section for a plan with neither `[costs]`,
`[air_policing]` nor `[maritime]`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reassure.run._cost_figures import capital_note, capital_said, eur_m
from reassure.run.results import Figure, SectionResult, Setting, Table, Value, spell_out

__all__ = ["LEFT_OUT_SETTING", "costs_section", "counted", "left_out_of_capital", "not_counted"]

#: The setting row of the whole plan's capital in `compare`: what it leaves out (review s50).
LEFT_OUT_SETTING = "what it leaves out"

#: Where a plan gives purchase prices (said where the plan's capital cost is n/a).
PRICE_FIELDS = "air_policing.platforms[*].capital_cost, maritime.tasks[*].capital_cost, costs.items[*].capital"

# Which scenario paths each component's cost comes from (the report footnotes them).
REFS = {"troops (force generation)": ("force", "contributors"),
        "air component": ("air_policing",), "maritime component": ("maritime",)}


def counted(*sides: Any, items: bool = False) -> str:
    """The parts a yearly total counts, in words: "troops, land enablers, air, maritime" or fewer
    (review s15b 1: a plan without `[costs]` has no land enablers, so the label must not name
    them); every `[costs]` item is a land enabler, named by its id with ``items``
    ("land enablers (air-defence)")."""
    from reassure.bridge.costs import LABELS

    labels = list(dict.fromkeys(p.label for side in sides for p in side.parts))
    enablers = [lb.split(":", 1)[0] for lb in labels if lb not in LABELS.values()]
    land = "land enablers" + (f" ({'; '.join(enablers)})" if items and enablers else "")
    has = {"troops": LABELS["force"] in labels, land: bool(enablers),
           "air": LABELS["air_policing"] in labels, "maritime": LABELS["maritime"] in labels}
    out = [w for w, yes in has.items() if yes]
    return ", ".join(out)


#: An enabler the yearly total leaves out, as its label names it (`not_counted`): the troops' own
#: logistics units are in the role mix and priced per troop, the theatre's logistics are not.
_LEFT_OUT_WORDS = {"logistics": "logistics beyond the troops' own units", "tanker": "tankers"}


def not_counted(scenario: Any, *sides: Any) -> str:
    """What a yearly total leaves out, in words (review: "(troops, land enablers, air, maritime)"
    read as the whole bill, while the only land enabler priced was two Patriot battalions and no
    ISR nor logistics was): ISR where the plan has a monitoring fleet (Europe's own included: the
    drones and satellites are priced nowhere) or names ISR among the force's enablers, and each of
    the force's enablers (`force.enablers`) no part prices: air support is priced by the air
    component, and an enabler by a `[costs]` item whose id names it (``air-defence``); "" where
    nothing is left out.

    >>> from types import SimpleNamespace as N
    >>> needs = {"isr": 1, "air_defence": 1, "air_support": 1, "airlift": 1, "logistics": 1}
    >>> plan = N(monitoring=N(fleets=(N(us_asset=True, sensor="male-uav"), N(us_asset=False, sensor="male-uav"),
    ...                                N(us_asset=False, sensor="optical-satellite"))),
    ...          force=N(enablers=N(needs=lambda: needs)))
    >>> side = N(parts=(N(label="troops (force generation)"), N(label="air component"),
    ...                 N(label="air-defence: two Patriot-class battalions")))
    >>> not_counted(plan, side)
    "ISR (the monitoring fleet, Europe's own drones and satellites included), airlift, logistics beyond the troops' own units"
    """
    from reassure.bridge.costs import LABELS
    from reassure.vocabulary import in_words

    labels = {p.label for side in sides for p in side.parts}
    items = {lb.split(":", 1)[0].strip().replace("-", "_").lower() for lb in labels if lb not in LABELS.values()}
    enablers = getattr(getattr(scenario, "force", None), "enablers", None)
    needs = dict(enablers.needs()) if enablers is not None else {}
    fleets = tuple(getattr(getattr(scenario, "monitoring", None), "fleets", None) or ())
    out: list[str] = []
    if fleets:
        own = [str(getattr(f, "sensor", "")) for f in fleets if not getattr(f, "us_asset", False)]
        kinds = list(dict.fromkeys("drones" if "uav" in x else "satellites" if "satellite" in x else "sensors"
                                   for x in own))
        out.append("ISR (the monitoring fleet" + (f", Europe's own {' and '.join(kinds)} included" if own else "")
                   + ")")
    elif "isr" in needs:
        out.append("ISR")
    for name in needs:
        if name == "isr" or name in items or (name == "air_support" and LABELS["air_policing"] in labels):
            continue
        out.append(_LEFT_OUT_WORDS.get(name, in_words(name)))
    return ", ".join(out)


def _reads(scenario: Any, result: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the yearly totals and the capital read (review r8 5: a figure's footnote lists what
    it reads): the troops' cost (allocation and cost per troop-year), the air and maritime
    components' yearly cost or capital reads (`section_air`, `section_maritime`), and the
    `[costs]` items' yearly or capital costs with their exchange rates. The troops have no
    capital cost; neither total reads the chance that a nation joins nor the air and maritime
    sizes' other inputs (crews, the existing MCM group)."""
    from reassure.bridge.costs import LABELS
    from reassure.run import section_air, section_maritime
    from reassure.run.section_force import troop_cost_refs

    labels = {p.label for p in result.parts}
    yearly: list[str] = list(troop_cost_refs(scenario)) if LABELS["force"] in labels else []
    capital: list[str] = []
    for name, module in (("air_policing", section_air), ("maritime", section_maritime)):
        if getattr(scenario, name, None) is not None:
            yearly += spell_out(scenario, module.COST_READS)
            capital += spell_out(scenario, module.CAPITAL_READS)
    if getattr(scenario, "costs", None) is not None:
        rates = ("costs.eur_per_usd", "costs.eur_per_gbp")
        yearly += spell_out(scenario, ("costs.items[*].per_year", *rates))
        capital += spell_out(scenario, ("costs.items[*].capital", *rates))
    return tuple(dict.fromkeys(yearly)) or ("costs",), tuple(dict.fromkeys(capital)) or ("costs",)


def left_out_of_capital(scenario: Any, result: Any, upstream: Mapping[str, Any] | None = None) -> list[str]:
    """What the whole plan's capital (``result``, one side's `CostsResult`) leaves out for want of
    a purchase price (review s50: it summed the frigates' price alone without a word): the
    maritime ships with no price, from the maritime capability's typed result on the same side
    (``upstream["maritime"]``, an `Outcome`; "the ships" without it, where the maritime component
    has no price at all), "the aircraft" where the air component has none, and each `[costs]`
    item without a capital (by its id). The troops have no purchase price: never said."""
    from reassure.bridge.costs import LABELS
    from reassure.run.section_maritime import ships_priced

    out: list[str] = []
    maritime = (upstream or {}).get("maritime")
    ships = None if maritime is None else maritime.with_us.result
    if ships is not None:
        out += ships_priced(scenario, ships)[1]
    for p in result.parts:
        if p.capital_eur is not None or p.label == LABELS["force"]:
            continue
        if p.label == LABELS["maritime"]:
            out += [] if ships is not None else ["the ships"]  # else counted above, by class
        else:
            out.append("the aircraft" if p.label == LABELS["air_policing"] else p.label.split(":", 1)[0])
    return out


def costs_section(scenario: Any, outcome: Any, upstream: Mapping[str, Any] | None = None) -> SectionResult | None:
    """Total the yearly operating costs, with and without the US backstop. ``upstream``: the
    outcomes rendered before it (`Context.outcomes`), whose maritime result names the ships its
    capital leaves out (`left_out_of_capital`)."""
    r, a = outcome.with_us.result, outcome.without_us.result
    if r is None or a is None:
        return None
    alone = {p.label: p for p in a.parts}
    rows: list[tuple[Value, ...]] = []
    refs: list[str] = []
    for p in r.parts:
        q = alone.get(p.label)
        rows.append((p.label, eur_m(p.low_eur_per_year), eur_m(p.high_eur_per_year),
                     None if q is None else eur_m(q.low_eur_per_year),
                     None if q is None else eur_m(q.high_eur_per_year), eur_m(p.capital_eur)))
        refs += REFS.get(p.label, ("costs",))
    refs_t = tuple(dict.fromkeys(refs)) or ("costs",)
    yearly, capital_refs = _reads(scenario, r)
    # what it counts, the `[costs]` items by name ("land enablers (air-defence)"), and what it
    # leaves out (review: "(troops, land enablers, air, maritime)" read as the whole bill)
    left = not_counted(scenario, r, a)
    said = "; ".join(x for x in (counted(r, a, items=True), f"not counted: {left}" if left else "") if x)
    what = f" ({said})" if said else ""
    # compare (review 20 #1): what each plan's total counts goes in its own cell, with the
    # `[costs]` items the land enablers are, not the first plan's parts in the shared label
    counts = Setting("what it counts", said or "nothing")
    capital_fig = Figure("capital_eur_m", "Capital: purchase costs given, the midpoint of each price range (not in "
                         "the yearly cost)", eur_m(r.capital_eur), eur_m(a.capital_eur), "EUR million", capital_refs, 0)
    left_out = left_out_of_capital(scenario, r, upstream) if r.capital_eur is not None else []
    if left_out:  # review s50: what it sums without a price, in its label
        capital_fig = capital_said(capital_fig, f"leaves out what has no price: {', '.join(left_out)}",
                                   LEFT_OUT_SETTING)
    figures = (
        Figure("total_per_year_low_eur_m", f"Operating cost of the plan a year, low{what}",
               eur_m(r.total_eur_per_year_low), eur_m(a.total_eur_per_year_low), "EUR million/year",
               yearly, 1, common_label="Operating cost of the plan a year, low", setting=counts),
        Figure("total_per_year_high_eur_m", f"Operating cost of the plan a year, high{what}",
               eur_m(r.total_eur_per_year_high), eur_m(a.total_eur_per_year_high), "EUR million/year",
               yearly, 1, common_label="Operating cost of the plan a year, high", setting=counts),
        capital_fig,
    )
    table = Table("plan-costs", "Operating cost a year by component (EUR million; capital apart)",
                  ("component", "low", "high", "low_without_us", "high_without_us", "capital_eur_m"),
                  tuple(rows), refs_t)
    totals = {"with": [eur_m(r.total_eur_per_year_low), eur_m(r.total_eur_per_year_high)],
              "without": [eur_m(a.total_eur_per_year_low), eur_m(a.total_eur_per_year_high)]}
    capital = {"with": eur_m(r.capital_eur), "without": eur_m(a.capital_eur)}
    warnings = tuple(f"costs: no cost figures from the {m} capability; left out of the total"
                     for m in dict.fromkeys((*r.missing, *a.missing)))
    return SectionResult("costs", "Cost of the whole plan", (), figures, (), (), (table,),
                         {"totals_eur_m": totals, "capital_eur_m": capital}, warnings,
                         # review s33: why its capital figure is n/a, where it is
                         notes=capital_note("plan's assets", PRICE_FIELDS, r.capital_eur, a.capital_eur))
