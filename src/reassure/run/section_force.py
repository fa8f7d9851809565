"""Assessment section: force generation, sustainment and cost."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from reassure.run.results import (
    Chart,
    Figure,
    SectionResult,
    Setting,
    Table,
    Verdict,
    both_sides,
    plan_case,
    plan_label,
)
from reassure.vocabulary import years_span, years_text

__all__ = ["EITHER_TARGET", "FULL_TARGET", "LOW_END_QUESTION", "PRICED", "RANGE_HIGH_END", "compared_question", "allocation_refs", "binding_kind", "force_section", "force_refs", "no_low_end", "own_limit_sources",
           "target_words", "troop_cost_refs", "SidedSetting"]


# What each force figure reads (review r8 5: a figure's footnote lists only the parameters it
# rests on, not every parameter of the force section). ``contributors[*].FIELD`` is that field of
# every contributor that gives it (a contributor's status: its own entry and sources); a field the
# scenario leaves out is read from a shipped catalogue, and cites that catalogue's sources.
# The allocation (best case: every uncertain nation joins) reads the target, rotation, role mix,
# national limits and enablers; the chance of joining and its delay only enter the Monte Carlo
# over who joins; costs and the horizon only the cost and head-count figures.
#: The verdict asked of a target range's low end; a plan with one target number is not asked it.
LOW_END_QUESTION = "Could the low end of the target be fielded (best case)?"

#: The target the force's two other verdicts ask about: "the full target", or for a target that is
#: a range of sizes discussed (not one set target), its high end (review s50). The question is
#: worded here once, as every output asks it: results.json and `to_dict()` asked about "the full
#: target" where the terminal and the report, rewording it at display time, asked about the high
#: end (review).
FULL_TARGET = "the full target"
RANGE_HIGH_END = "the high end of the target range"


#: The target a chance of fielding it names in `compare` (its number in the plan's own row), by
#: whether the target is a range: a range's high end, else the one target.
_TARGET_OF_CHANCE = {True: "the high end of the target", False: "the target"}
#: The same, for a comparison of plans of both kinds (review s53 3: a single target of 5,000 read
#: "Chance the high end of the target is fielded").
EITHER_TARGET = "the target (its high end where a range)"


def target_words(scenario: Any) -> str:
    """The target the force's verdicts ask about, in words (`RANGE_HIGH_END` or `FULL_TARGET`).

    >>> from types import SimpleNamespace as N
    >>> target_words(N(force=N(target_troops=N(is_range=True)))), target_words(N(force=N(target_troops=N(is_range=False))))
    ('the high end of the target range', 'the full target')
    """
    target = getattr(getattr(scenario, "force", None), "target_troops", None)
    return RANGE_HIGH_END if getattr(target, "is_range", False) else FULL_TARGET


def compared_question(question: str) -> str:
    """A verdict's question as plans side by side match it (`reassure compare`'s key
    ``verdict:<question>``): a range's high end read as the full target, so that a plan whose
    target is one number and one whose target is a range share the row (its label then says which).

    >>> compared_question("Could the high end of the target range be fielded if every uncertain nation joined (best case)?")
    'Could the full target be fielded if every uncertain nation joined (best case)?'
    """
    return question.replace(RANGE_HIGH_END, FULL_TARGET, 1)


def no_low_end(scenario: Any) -> str:
    """Why a plan whose target is one number has no low-end verdict or figures (review s40b 1:
    `compare` showed them a bare n/a beside a plan with a target range).

    >>> from types import SimpleNamespace as NS
    >>> no_low_end(NS(force=NS(target_troops=NS(value=25000.0))))
    'one target number (25,000 troops), no low end'
    """
    return f"one target number ({scenario.force.target_troops.value:,.0f} troops), no low end"


_ALLOCATION_READS = (
    "force.target_troops", "force.tour", "force.interval", "force.role_mix", "force.sustainable_share",
    "force.min_contribution", "force.enablers", "us_backstop",
    *(f"contributors[*].{field}" for field in (
        "status", "pledge_troops", "sustainable_share", "sustainable_troops", "standing_commitments",
        "tour", "interval", "requires_us_backstop", "role_caps")),
)
_PARTICIPATION_READS = (*_ALLOCATION_READS, "force.participation_correlation", "contributors[*].p_join",
                        "contributors[*].delay")
_COST_READS = (*_ALLOCATION_READS, "force.cost_per_troop_year", "contributors[*].cost_per_troop_year")


def allocation_refs(scenario: Any) -> tuple[str, ...]:
    """What the best-case allocation reads (the strength the contributors can field at best,
    which caps the garrison count)."""
    return force_refs(scenario, _ALLOCATION_READS)


def troop_cost_refs(scenario: Any) -> tuple[str, ...]:
    """What the troops' yearly cost reads: the best-case allocation and the costs per troop-year."""
    return force_refs(scenario, _COST_READS)


def force_refs(scenario: Any, reads: tuple[str, ...]) -> tuple[str, ...]:
    """The parameter paths a force figure rests on: ``reads`` with ``contributors[*]`` spelt out
    for each contributor, then the sources of the shipped defaults among them the model falls
    back on (roles.toml, costs.toml, participation.toml) where the scenario gives no value.

    >>> from types import SimpleNamespace as N
    >>> s = N(contributors=[N(status="willing", tour=None), N(status="open", tour=4)],
    ...       force=N(sustainable_share=1, min_contribution=1, cost_per_troop_year=1))
    >>> force_refs(s, ("force.tour", "contributors[*].status", "contributors[*].tour"))
    ('force.tour', 'contributors[0].status', 'contributors[1].status', 'contributors[1].tour')
    """
    from reassure.bridge.force import force_defaults

    refs: list[str] = []
    for path in reads:
        if path.startswith("contributors[*]."):
            field = path.removeprefix("contributors[*].")
            refs += [path.replace("[*]", f"[{i}]") for i, c in enumerate(scenario.contributors)
                     if field == "status" or getattr(c, field, None) not in (None, False)]
        else:
            refs.append(path)
    from reassure.bridge.force import short_horizon

    if "force.tour" in reads and short_horizon(scenario):
        # the horizon caps the rotation, so the pool and every army-share cap read it too
        refs.append("horizon")
    defaults: dict[str, Any] | None = None

    def default_sources(name: str) -> Any:
        nonlocal defaults
        defaults = defaults or force_defaults()
        return defaults[name]

    for name, catalogue in (("sustainable_share", "roles"), ("min_contribution", "roles"),
                            ("cost_per_troop_year", "costs")):
        if f"force.{name}" in reads and getattr(scenario.force, name, None) is None:
            refs += [f"data:{catalogue}:{s}" for s in default_sources(name).source]
    # Participation by status (participation.toml) for contributors without their own p_join.
    for field in ("p_join", "delay"):
        if f"contributors[*].{field}" not in reads:
            continue
        for c in scenario.contributors:
            q = default_sources(f"status_{field}").get(c.status)
            if getattr(c, field) is None and q is not None:
                refs += [f"data:participation:{s}" for s in q.source]
    return tuple(dict.fromkeys(refs))


def _target_text(troops: float, end: str | None) -> str:
    """``the high end of the target (30,000 troops)``: the target a chance is counted against.

    >>> _target_text(25_000, "low")
    'the low end of the target (25,000 troops)'
    >>> _target_text(5_000, None)
    'the target (5,000 troops)'
    """
    which = f"the {end} end of the target" if end else "the target"
    return f"{which} ({troops:,.0f} troops)"


def _unreachable(side: dict[str, Any], end: dict[str, Any] | None = None) -> bool:
    """Whether no draw over who joins can field the target on this side: its best case (every
    uncertain nation joins) is below it, so its chance is 0 by construction, not a Monte Carlo
    estimate (review s38 2: "0.0% (95% CI 0.0-0.0)"). ``end``: the result of the end of the target
    asked about (the low end's own), else ``side``."""
    end = side if end is None else end
    best, target, p = end.get("deployed_total"), end.get("target_troops"), end.get("p_target_met")
    return best is not None and target is not None and best < target and not p


def _not_reachable(scenario: Any, what: str, sides: tuple[dict[str, Any], dict[str, Any]],
                   gone: tuple[bool, bool]) -> str:
    """``not reachable: the best case, 28,264 troops (14,224 without the US backstop), is below
    the high end``, for the sides in ``gone``; "" where both sides can reach it."""
    if not any(gone):
        return ""
    (w, a), has_us = sides, scenario.us_backstop.any
    if not has_us:
        return f"not reachable: the best case, {a['deployed_total']:,.0f} troops, is below {what}"
    if all(gone):
        both = (f"{w['deployed_total']:,.0f} troops" if w["deployed_total"] == a["deployed_total"] else
                f"{w['deployed_total']:,.0f} troops ({a['deployed_total']:,.0f} without the US backstop)")
        return f"not reachable: the best case, {both}, is below {what}"
    side, which = (w, "with") if gone[0] else (a, "without")
    return f"{which} the US backstop not reachable: the best case, {side['deployed_total']:,.0f} troops, is below {what}"


def _chance_label(chance: str, reach: str, gone: tuple[bool, bool]) -> str:
    """The label of ``chance`` (``Chance the high end of the target (30,000 troops) is fielded``):
    the share of the draws it is, and on a side whose best case is below it, that it is not
    reachable (0% by construction; both sides: no draw at all is counted)."""
    head = f"{chance}, given who may not join"
    if reach and all(gone):
        return f"{head}: {reach} (0% by construction, not an estimate)"
    return f"{head}{_OF_DRAWS}" + (f"; {reach} (0% by construction, not an estimate)" if reach else "")


def _over_common_share(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> str:
    """`` (with the US backstop: United Kingdom, 43.3%, by the figure the plan gives for it, over
    the common sustainable share of 25% applied to the others)`` for the label of the largest share
    of an army in the pool (review s38 4: the UK tied up 43% of the British Army while every other
    nation was capped at 25%); "" where no nation is over the common share. Review s51 3: the
    figure is the plan's input, whatever its sources (press reports for the UK), not a national
    plan: the words claim none."""
    w, a, common = _over_common_sides(scenario, r, alone)
    if not w and not a:
        return ""
    tail = f"over the common sustainable share of {common} applied to the others"
    if not scenario.us_backstop.any:
        return f" ({'; '.join(a)}, {tail})"
    if w == a:
        return f" (with and without the US backstop: {'; '.join(w)}, {tail})"
    parts = [f"{which} the US backstop: {'; '.join(x)}" for which, x in (("with", w), ("without", a)) if x]
    return f" ({'; '.join(parts)}, {tail})"


#: How a nation over the common sustainable share is said to be there: by the figure the plan
#: gives for it (review s51 3: "its own national plan" claimed an official plan for the UK's
#: figure, whose sources are press reports and commentary), the same words for every nation.
OWN_FIGURE = "by the figure the plan gives for it"


def _over_common_sides(scenario: Any, r: dict[str, Any],
                       alone: dict[str, Any]) -> tuple[list[str], list[str], str]:
    """The nations over the common sustainable share with the US backstop and without it
    (``United Kingdom, 43.3%, by the figure the plan gives for it``; empty lists where none is),
    and the common share in words (``25%``)."""
    from reassure.bridge.force import force_defaults

    q = getattr(scenario.force, "sustainable_share", None) or force_defaults()["sustainable_share"]
    common = float(q.canonical)
    own = {c.nation for c in scenario.contributors
           if getattr(c, "sustainable_troops", None) is not None or getattr(c, "sustainable_share", None) is not None}

    def over(side: dict[str, Any]) -> list[str]:
        return [f"{n.get('name') or n['nation']}, {100 * n['share_of_army']:.1f}%, {OWN_FIGURE}"
                for n in side.get("nations", ())
                if n.get("deployed") and n["nation"] in own and n["share_of_army"] > common + 1e-6]

    from reassure.spec._quantity import percent_text

    return over(r), over(alone), percent_text(common)


def _over_common_setting(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> Setting:
    """The row `compare` shows under the largest share of an army in the pool, each side's cell
    its own side's words (review s51 2: the europe-2025 cell without the US read "with the US
    backstop: United Kingdom, 43.3% ..." beside its 25.0%): the nations over the common share,
    or that none is."""
    w, a, common = _over_common_sides(scenario, r, alone)

    def text(x: list[str]) -> str:
        if not x:
            return f"no nation over the common sustainable share of {common}"
        return f"{'; '.join(x)}, over the common sustainable share of {common} applied to the others"

    if not scenario.us_backstop.any:
        return SidedSetting(_WHOSE_SHARE, text(a), text(a))
    return SidedSetting(_WHOSE_SHARE, text(w), text(a))


#: The label of the row under the largest share of an army in the pool in `compare`.
_WHOSE_SHARE = "whose share, over the common one"


@dataclass(frozen=True)
class SidedSetting(Setting):
    """A `Setting` whose words differ with and without the US backstop: ``text`` is the plan's
    as planned, ``text_without_us`` its own without the US (review s51 2: one text for both
    cells put the with-US nation beside the without-US value). `compare` reads
    ``text_without_us`` where a setting has it."""

    text_without_us: str = ""

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form, both sides' words."""
        return {"label": self.label, "text": self.text, "text_without_us": self.text_without_us}


#: The strength the force section's costs price: the best-case allocation, the "Deployed
#: strength if every uncertain nation joins" figure (s32 review 4: the label did not say which of
#: the target, the best case and the expected strength it priced).
PRICED = "the troops deployed in the best case (every uncertain nation joins)"


#: The expected strength's label before how it is computed (`expected_strength_label`).
EXPECTED_STRENGTH = "Expected deployed strength, given each nation's chance of joining"
#: How the expected strength is computed: exactly where each uncertain nation adds the same troops
#: whoever else joins (`reassure.models.forcegen.participation.additive_mean`), else the mean of
#: the participation draws (review: an "expected" 14,548.5 troops read 14,500 where the exact
#: expectation, 14,559, reads 14,600).
#: Review s53 5: "exact" beside a value written to three significant figures (22,800 for 22,779.1)
#: read as a slip: the computation is exact, the value is rounded as every expectation over judged
#: chances of joining is, and the label says both.
MEAN_EXACT = ("computed exactly, not sampled: the best case less each uncertain nation's troops there times its "
              "chance of staying out, as who joins changes no other nation's troops; rounded to 3 significant "
              "figures, as the chances of joining are judgements")
#: `MEAN_EXACT` in a word or two, for `compare`'s row under the figure.
MEAN_EXACT_SHORT = "computed exactly, rounded to 3 significant figures"
MEAN_ESTIMATE = ("a Monte Carlo estimate: the mean over the draws of who joins, with its 95% interval (who "
                 "joins changes what the others add, through a role's limit or the target, so no sum is exact)")


def _is_exact(side: dict[str, Any]) -> bool:
    return bool(side["participation"].get("strength_mean_exact"))


def _mean_ci(side: dict[str, Any]) -> tuple[float, float] | None:
    """The 95% interval of an expected strength that is the draws' mean; None where it is exact."""
    ci = side["participation"].get("strength_mean_ci95")
    return None if ci is None else (float(ci[0]), float(ci[1]))


def _mean_method(scenario: Any, r: dict[str, Any], alone: dict[str, Any], short: bool = False) -> str:
    """How the expected strength of each side is computed, in words (``short``: a word or two, for
    `compare`'s row under the figure)."""
    def one(side: dict[str, Any]) -> str:
        if short:
            return MEAN_EXACT_SHORT if _is_exact(side) else "Monte Carlo estimate (mean over the draws of who joins)"
        return MEAN_EXACT if _is_exact(side) else MEAN_ESTIMATE

    if not scenario.us_backstop.any or _is_exact(r) == _is_exact(alone):
        return one(r)
    return f"with the US backstop {one(r)}; without it {one(alone)}"


def expected_strength_label(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> str:
    """The expected strength's label with how it is computed (exact, or a Monte Carlo estimate
    with its interval), each side's where they differ.

    >>> from types import SimpleNamespace as N
    >>> side = {"participation": {"strength_mean_exact": True}}
    >>> expected_strength_label(N(us_backstop=N(any=True)), side, side)[:96]
    "Expected deployed strength, given each nation's chance of joining (computed exactly, not sampled"
    """
    return f"{EXPECTED_STRENGTH} ({_mean_method(scenario, r, alone)})"


#: What a chance of fielding the target is a share of.
_OF_DRAWS = " (share of the draws over who joins)"


#: How the force model's note on enablers without a cost per unit-year starts.
UNCOSTED = "enablers not costed (no cost given): "


def own_limit_sources(note: str, scenario: Any) -> str:
    """The force model's note on a nation over the common sustainable share (review s38 4: the UK
    tied up 43% of its army while every other nation was capped at 25%, unsaid), with what its own
    limit rests on: the contributor's ``sustainable_troops`` (or ``sustainable_share``) as the plan
    gives it, its sources or its assumption. Any other note is returned as it is."""
    from reassure.models.forcegen.assess import OVER_COMMON_SHARE

    if OVER_COMMON_SHARE not in note:
        return note
    out: list[str] = []
    for part in note.split("; "):
        iso = part.split(" ", 1)[0]
        at = next(((i, c) for i, c in enumerate(getattr(scenario, "contributors", ())) if c.nation == iso), None)
        if at is None:
            out.append(part)
            continue
        i, c = at
        field = "sustainable_troops" if getattr(c, "sustainable_troops", None) is not None else "sustainable_share"
        q = getattr(c, field, None)
        if q is None:
            out.append(part)
            continue
        rests = (f"sources: {', '.join(q.source)}" if q.source else f"assumed: {q.assumption}" if q.assumption
                 else "no source given")
        middle = ", its middle used" if q.is_range else ""
        out.append(f"{part} (contributors[{i}].{field} = {q.text()}{middle}; {rests})")
    return "; ".join(out)


def costed_elsewhere(note: str, scenario: Any) -> str:
    """The force model's "enablers not costed" note, with the `[costs]` items that cost one of
    those enablers in the whole-plan cost named (review 20 #4: the force section said "air
    defence" was not costed while the plan's cost counted its `[costs]` air-defence item).

    An item costs an enabler when its id, in words, names it (``air-defence`` -> air defence).
    """
    from reassure.bridge.costs import cost_rows
    from reassure.vocabulary import in_words

    if not note.startswith(UNCOSTED) or getattr(scenario, "costs", None) is None:
        return note
    names = note.removeprefix(UNCOSTED).split(", ")
    items = {in_words(item_id.replace("-", "_")).lower(): (item_id, low, high)
             for item_id, _what, low, high, _capital in cost_rows(scenario)}
    found = [(n, items[n.lower()]) for n in names if n.lower() in items]
    if not found:
        return note
    added = "; ".join(f"{n} as its item {i} (EUR {low / 1e6:,.3g}-{high / 1e6:,.3g} million a year)"
                      for n, (i, low, high) in found)
    return (f"enablers not costed in the force section (no cost per unit-year given): {', '.join(names)}; "
            f"the plan's [costs] adds {added} to the cost of the whole plan")


def without_target_number(label: str) -> str:
    """A target-chance label without its troop number, for tables where plans' targets differ.

    >>> without_target_number("Chance the high end of the target (30,000 troops) is fielded")
    'Chance the high end of the target is fielded'
    """
    return re.sub(r" \([\d,.]+ troops\)", "", label)


_PREMISES = {
    "pledge": "one nation's pledge raised; its army share held",
    "army_share": "one nation's army share raised; its pledge held",
    "army_share_and_pledge": "one nation's army share and pledge raised",
    "all_army_shares": "every army share raised; every pledge held",
    "intervals": "every interval between tours shortened; pledges and shares held",
    # the nations this side of the plan leaves out: ruled out, or needing a US backstop the side
    # lacks (review s11: GBR read as "outside the plan", though it leads it with the US)
    "add_nation": "a nation this side leaves out (ruled out, or needing the US backstop) joins at its stated limits",
}


def _relaxation_row(x: Any) -> tuple[Any, ...]:
    """``(text, premise, closes the gap alone)`` for one relaxation of the force model.

    >>> _relaxation_row({"kind": "all_army_shares", "text": "t", "closes_gap": False})
    ('t', 'every army share raised; every pledge held', 'no')
    """
    if not isinstance(x, dict):
        return (x, "", "")
    closes = x.get("closes_gap")
    return (x.get("text", ""), _PREMISES.get(str(x.get("kind")), ""),
            "" if closes is None else ("yes" if closes else "no"))


def _horizon_ends(short: str, years: str) -> str:
    """What the cost over the horizon's low and high ends price: each over its own horizon, or,
    where the plan has one horizon, the one (review s40b 3: "over the shortest horizon, 40 years,
    to ... the longest, 40 years").

    >>> _horizon_ends("20 years", "30 years")
    'low cost per year over the shortest horizon, 20 years, to high cost per year over the longest, 30 years'
    >>> _horizon_ends("40 years", "40 years")
    'low to high cost per year over the horizon, 40 years'
    """
    return _ends_over(short, years, "low cost per year", "to high cost per year", "low to high cost per year ")


def _individuals_ends(short: str, years: str) -> str:
    """Which horizon each end of the distinct individuals is counted over (review s51 6: "at
    fewest ..., low-high (20-30 years ...)" read as if the low end were the floor).

    >>> _individuals_ends("20 years", "30 years")
    'the low end over the shortest horizon, 20 years, the high end over the longest, 30 years'
    >>> _individuals_ends("40 years", "40 years")
    'over the horizon, 40 years'
    """
    return _ends_over(short, years, "the low end", "the high end", "")


def _ends_over(short: str, years: str, low: str, high: str, one: str) -> str:
    """``low`` over the shortest horizon and ``high`` over the longest, or ``one`` over the one."""
    if short == years:
        return f"{one}over the horizon, {years}"
    return f"{low} over the shortest horizon, {short}, {high} over the longest, {years}"


def _horizon_basis(scenario: Any, lead: str = "", trail: str = "") -> str:
    """``horizon from source seed-004``: what the plan's horizon rests on, said beside the figures
    counted over it (review s51 6: the horizon, one commentator's "could last 20 or 30 years", was
    named in no cell of the cost and head count that rest on it); ``horizon assumed, no source``
    for one resting on an assumption; "" for none. ``lead`` goes before it and ``trail`` after it
    where it is said."""
    q = getattr(scenario, "horizon", None)
    sources = tuple(getattr(q, "source", None) or ())
    if sources:
        text = f"horizon from source{'s' if len(sources) > 1 else ''} {', '.join(sources)}"
    elif getattr(q, "assumption", None):
        text = "horizon assumed, no source"
    else:
        return ""
    return lead + text + trail


def _eur_bn(x: float) -> float:
    """Euros in billions."""
    return x / 1e9


def _fielded_words(scenario: Any, w: dict[str, Any], a: dict[str, Any]) -> str:
    """The model's verdict with the US backstop, then without it where it says otherwise."""
    text = str(w["verdict"]).replace("P(target met)", f"P({w['target_troops']:,.0f} troops fielded)")
    if not scenario.us_backstop.any:
        # one plan, labelled as its column is, as `force` prints it (`force_verdict_lines`)
        return "as planned (no US backstop): " + text.removeprefix("without the US backstop: ")
    if a["verdict"] != w["verdict"]:
        text += "; " + str(a["verdict"]).replace(
            "P(target met)", f"P({a['target_troops']:,.0f} troops fielded)")
    return text


def _odds_why(scenario: Any, r: dict[str, Any], alone: dict[str, Any], high_text: str, reach: str,
              gone: tuple[bool, bool]) -> str:
    """Why the odds verdict reads as it does: the chance the high end is fielded, against even odds."""
    if all(gone) or (gone[1] and not scenario.us_backstop.any):
        return (f"chance {high_text} is fielded: {reach}, so no draw over who joins fields it (0% by "
                "construction), against at least 50% for better-than-even odds")
    return (f"chance {high_text} is fielded, share of the draws over who joins: "
            + both_sides(scenario, f"{100 * r['p_target_met']:.1f}%", f"{100 * alone['p_target_met']:.1f}%")
            + ", against at least 50% for better-than-even odds; Monte Carlo over "
            "each conditional nation's chance of joining (force.participation_correlation links them)"
            + (f"; {reach}" if reach else ""))


def _fielding_verdicts(scenario: Any, r: dict[str, Any], alone: dict[str, Any], low: dict[str, Any] | None,
                       allocation: tuple[str, ...], participation: tuple[str, ...],
                       ) -> tuple[list[Verdict], str, tuple[bool, bool], str]:
    """The fielding verdicts, with the high end's words, which sides cannot reach it, and why."""
    verdicts = [
        Verdict(f"Could {target_words(scenario)} be fielded if every uncertain nation joined (best case)?",
                r["target_met"], alone["target_met"], _fielded_words(scenario, r, alone), allocation),
    ]
    high_text = _target_text(r["target_troops"], "high" if low is not None else None)
    if low is not None:
        # The model's verdict says "P(target met)"; name the target it is counted against.
        low_verdict = _fielded_words(scenario, low, low["without_us"])
        verdicts.append(Verdict(LOW_END_QUESTION, low["target_met"],
                                low["without_us"]["target_met"], low_verdict, allocation))
    # review s38 2: a chance whose target the best case cannot reach is 0 by construction, not drawn
    gone = (_unreachable(r), _unreachable(alone))
    high_end = "the high end" if low is not None else "the target"
    reach = _not_reachable(scenario, high_end, (r, alone), gone)
    odds_why = _odds_why(scenario, r, alone, high_text, reach, gone)
    verdicts.append(Verdict(
        # No number in the question: compare matches verdicts across plans by their question
        # (`compared_question`). The high end when the target is a range, as in the first verdict.
        f"Is {target_words(scenario)} fielded with better-than-even odds, given who may not join?",
        r["p_target_met"] >= 0.5, alone["p_target_met"] >= 0.5,
        # review s33: the chance itself, against the even odds it must reach
        odds_why, participation))
    return verdicts, high_text, gone, reach


def _strength_figures(scenario: Any, r: dict[str, Any], alone: dict[str, Any], low: dict[str, Any] | None,
                      allocation: tuple[str, ...], participation: tuple[str, ...], *, high_text: str,
                      gone: tuple[bool, bool], reach: str, gone_low: tuple[bool, bool], reach_low: str,
                      ) -> tuple[Figure, ...]:
    """The strength figures: target, best case, expected strength, shortfall, chance of fielding."""
    return (
        # review s44: "the high end" only of a range (a single-number target has none)
        Figure("target_troops", "Target deployed strength"
               + (" (high end)" if scenario.force.target_troops.is_range else ""), r["target_troops"],
               alone["target_troops"], "troops", ("force.target_troops",)),
        # review s49: a pledge's range is read at its high end, a nation's own sustainable figure at
        # its middle (the force note says which): "best case" alone read as every high end;
        # review s51 3: "figure", the plan's input, not "plan", which read as a national one
        Figure("deployed_total", "Deployed strength if every uncertain nation joins (best case: pledges at "
               "their high end, a nation's own sustainable figure at its middle)",
               r["deployed_total"], alone["deployed_total"], "troops", allocation),
        # review: "expected" with no word of how it was got; exact where the force is additive in
        # who joins, else the draws' mean with its 95% interval (`expected_strength_label`)
        Figure("strength_mean", expected_strength_label(scenario, r, alone),
               r["participation"]["strength_mean"], alone["participation"]["strength_mean"], "troops", participation,
               0, _mean_ci(r), _mean_ci(alone),
               # 3 significant figures: an expectation over chances of joining that are judgements
               estimate=True, common_label=EXPECTED_STRENGTH,
               setting=Setting("how it is computed", _mean_method(scenario, r, alone, short=True))),
        Figure("shortfall_total", "Shortfall against the target in the best case (every uncertain nation joins)", r["shortfall_total"],
               alone["shortfall_total"], "troops", allocation),
        # The chance's denominator in the label: the participation Monte Carlo's draws over who
        # joins (not the incident runs).
        Figure("p_target_met_pct", _chance_label(f"Chance {high_text} is fielded", reach, gone),
               100 * r["p_target_met"], 100 * alone["p_target_met"], "%", participation,
               0 if all(gone) else 1, None if gone[0] else _chance_ci(r), None if gone[1] else _chance_ci(alone),
               estimate=not all(gone),
               # compare: the target's number is each plan's own ("Target deployed strength" rows)
               # review s53 3: "the high end" only of a range (one target number has none)
               common_label=f"Chance {_TARGET_OF_CHANCE[scenario.force.target_troops.is_range]} is fielded, "
                            f"given who may not join{_OF_DRAWS}"),
        *((Figure("p_target_low_met_pct",
                  _chance_label(f"Chance {_target_text(low['target_troops'], 'low')} is fielded", reach_low,
                                gone_low),
                  100 * low["p_target_met"], 100 * low["without_us"]["p_target_met"], "%", participation,
                  0 if all(gone_low) else 1, None if gone_low[0] else _chance_ci(low, r),
                  None if gone_low[1] else _chance_ci(low["without_us"], alone), estimate=not all(gone_low),
                  common_label=f"Chance the low end of the target is fielded, given who may not join{_OF_DRAWS}"),)
          if low is not None else ()),
    )


def _pool_and_cost_figures(scenario: Any, r: dict[str, Any], alone: dict[str, Any], allocation: tuple[str, ...],
                           costs: tuple[str, ...], over_common: str, years: str, short: str, span: str,
                           ) -> tuple[Figure, ...]:
    """The rotation, burden, cost and head-count figures, over the horizons ``short`` to ``years``."""
    return (
        Figure("units_per_deployed", "Rotation ratio: units in the rotation, the deployed one included",
               # the pool over the troops deployed: it reads the allocation (whose tours), not the
               # force's tour and interval alone
               rotation_ratio(r), rotation_ratio(alone), "units per deployed unit", allocation, 2),
        Figure("pool_total", "Troops tied up in the rotation pool", r["pool_total"], alone["pool_total"],
               "troops", allocation),
        # review s38 4: a nation over the share the others are capped at, named with why
        Figure("max_burden_pct", f"Largest share of a nation's army in the pool{over_common}",
               100 * r["max_burden_share"], 100 * alone["max_burden_share"], "%", allocation, 1,
               common_label="Largest share of a nation's army in the pool",
               # review s49: compare dropped whose share it is, with the label's words;
               # review s51 2: each side's own words in its own cell
               setting=_over_common_setting(scenario, r, alone)),
        # The costs price the best-case allocation (`deployed_total`), not the target nor the
        # expected strength: the label names the strength it prices (s32 review 4).
        Figure("cost_per_year_low_eur_bn", f"Cost per year of {PRICED}, low (enablers not costed)",
               _eur_bn(r["cost_per_year"]["low"]), _eur_bn(alone["cost_per_year"]["low"]), "EUR billion/year", costs, 2),
        Figure("cost_per_year_high_eur_bn", f"Cost per year of {PRICED}, high (enablers not costed)",
               _eur_bn(r["cost_per_year"]["high"]), _eur_bn(alone["cost_per_year"]["high"]), "EUR billion/year", costs, 2),
        # Ranges, shown low-high: the value is the high end (what a one-number table compares).
        # review s51 6: the horizon's source beside the figures that rest on it (their footnotes
        # fold it among 50 others)
        Figure("cost_over_horizon_high_eur_bn", f"Cost over the horizon of {PRICED}, low-high "
               f"({_horizon_ends(short, years)}{_horizon_basis(scenario, '; ')})",
               _eur_bn(r["cost_over_horizon"]["high"]), _eur_bn(alone["cost_over_horizon"]["high"]), "EUR billion",
               (*costs, "horizon"), 0, low_with_us=_eur_bn(r["cost_over_horizon"]["low"]),
               low_without_us=_eur_bn(alone["cost_over_horizon"]["low"]),
               # compare: each plan's horizon in its own cell, not the first plan's in the label
               common_label=f"Cost over the horizon of {PRICED}, low-high (low cost per year over the shortest "
                            "horizon, to high cost per year over the longest)",
               setting=Setting("its horizon, shortest to longest", span)),
        # review s34: the fewest people who can hold it, each serving every tour allowed; more
        # serve if fewer re-deploy: a floor, and the label says so. Review s51 6: "at fewest ...,
        # low-high" read as if the low end were the floor: each end is a floor, over its horizon
        # review: counted over the best-case force (every uncertain nation joins), as the costs
        # are, and the label says so as theirs do
        Figure("cumulative_individuals_high", f"Distinct individuals deployed over the horizon to hold {PRICED}, "
               f"at least this many (each serving every tour allowed): {_individuals_ends(short, years)} "
               f"({_horizon_basis(scenario, '', '; ')}{_reuse_premise(scenario)})",
               r["cumulative_individuals"]["high"], alone["cumulative_individuals"]["high"], "people",
               (*allocation, "force.max_tours", "horizon"), low_with_us=r["cumulative_individuals"]["low"],
               low_without_us=alone["cumulative_individuals"]["low"],
               common_label=f"Distinct individuals deployed over the horizon to hold {PRICED}, at least this many "
                            "(each serving every tour allowed): the low end over the shortest horizon, the high end "
                            "over the longest",
               setting=Setting("its horizon and tours per person", f"{span}; {_reuse_premise(scenario)}")),
    )


def _force_charts(plan: str, r: dict[str, Any], alone: dict[str, Any],
                  with_us: tuple[str, ...]) -> tuple[Chart, ...]:
    """The charts: troops deployed by nation, and the strength achievable over who joins."""
    by_nation: dict[str, list[float]] = {}
    for row in r["nations"]:
        by_nation.setdefault(row["nation"], [0.0, 0.0])[0] = row["deployed"]
    for row in alone["nations"]:
        by_nation.setdefault(row["nation"], [0.0, 0.0])[1] = row["deployed"]
    names = tuple(sorted(by_nation, key=lambda n: -max(by_nation[n])))
    q = r["participation"]["strength_quantiles"]
    qa = alone["participation"]["strength_quantiles"]
    return (
        Chart("allocation", "Deployed troops by nation", "bar", labels=names,
              series={plan: tuple(by_nation[n][0] for n in names),
                      "without": tuple(by_nation[n][1] for n in names)},
              x_label="troops deployed", refs=with_us),
        Chart("participation", "Achievable strength over political uncertainty (quantiles)", "line",
              x=(5.0, 25.0, 50.0, 75.0, 95.0),
              series={plan: tuple(q[k] for k in ("p05", "p25", "p50", "p75", "p95")),
                      "without": tuple(qa[k] for k in ("p05", "p25", "p50", "p75", "p95"))},
              x_label="percentile of draws", y_label="troops", refs=with_us),
    )


def _force_tables(scenario: Any, r: dict[str, Any], alone: dict[str, Any],
                  with_us: tuple[str, ...]) -> tuple[Table, ...]:
    """The tables: the allocation by nation and role, the limits that bind, and the relaxations."""
    return (
        Table("allocation", f"Allocation by nation and role ({plan_case(scenario)})",
              ("nation", "role", "deployed", "pool", "share_of_army"),
              tuple((a["nation"], a["role"], a["deployed"], a["pool"], a["share_of_army"]) for a in r["allocation"]),
              with_us),
        # review s65 2: the limits are the as-planned case's; the caption and each CSV row say so
        Table("binding", f"Limits that bind, and what relaxing them is worth ({plan_case(scenario)})",
              ("case", "nation", "limit", "in words"),
              tuple((plan_case(scenario), b["nation"] or "all", binding_kind(b, r), b["text"])
                    for b in r["binding"]), with_us),
        # Each line with its premise and whether it closes the gap alone, and which case it is
        # (r8 10). Review s65 2: both cases, as results.json has them (the report and CSV gave the
        # case without the US alone; the plan as planned, with its backstop, was nowhere).
        Table("relaxations", _relaxations_title(scenario, r, alone),
              ("case", "relaxation", "premise", "closes_gap"), _relaxation_rows(scenario, r, alone), with_us),
    )


def _relaxations_title(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> str:
    """The relaxations table's caption: the cases it lists (both where the plan has a US
    backstop, else its one), and a case that has none because it fields its target.

    >>> from types import SimpleNamespace as N
    >>> short, met = {"target_met": False}, {"target_met": True}
    >>> _relaxations_title(N(us_backstop=N(any=False)), short, short)
    'Smallest relaxations that would close the gap (as planned, no US backstop; each alone, on its own premise)'
    >>> _relaxations_title(N(us_backstop=N(any=True)), met, short)  # doctest: +ELLIPSIS
    '... close the gap, with the US backstop and without it (each alone, on its own premise; none with the US backstop: it fields its target)'
    """
    premise = "each alone, on its own premise"
    if not scenario.us_backstop.any:
        return f"Smallest relaxations that would close the gap ({plan_case(scenario)}; {premise})"
    met = [case for case, side in (("with the US backstop", r), ("without it", alone)) if side.get("target_met")]
    return ("Smallest relaxations that would close the gap, with the US backstop and without it "
            f"({premise}{''.join(f'; none {case}: it fields its target' for case in met)})")


def _relaxation_rows(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> tuple[tuple[Any, ...], ...]:
    """The relaxations of each case, the plan as planned first, each row led by its case; a plan
    without any US enabler has one case (its two sides are the same plan)."""
    cases = [(plan_case(scenario), r)]
    if scenario.us_backstop.any:
        cases.append(("without the US backstop", alone))
    return tuple((case, *_relaxation_row(x)) for case, side in cases for x in side["relaxations"])


def _force_warnings(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> tuple[str, ...]:
    """The warnings: the model's conflicts and notes, a force of no troops, the defaults used."""
    # Notes from loading the scenario file (a participation reset) are the file's, not a
    # shipped default (r6 L7).
    loaded = set(getattr(scenario, "load_warnings", ()))
    # (review s38 4: a nation over the common sustainable share, with what its own limit rests on)
    return tuple(r["conflicts"]) + tuple(own_limit_sources(costed_elsewhere(n, scenario), scenario)
                                         for n in r["notes"]) + tuple(
        f"{case}: {NO_ROTATION}" for case, side in (("with the US backstop", r), ("without the US backstop", alone))
        if rotation_ratio(side) is None) + tuple(
        d if d in loaded else f"shipped default used: {d}"
        for d in r.get("defaults_used", ()))


def force_section(scenario: Any, settings: dict[str, Any], r: dict[str, Any]) -> SectionResult:
    """Shape the force report (``Force.report``: with the US at the top, ``without_us`` below)."""
    plan = plan_label(scenario)
    alone = r["without_us"]
    low = r.get("target_low")
    allocation = force_refs(scenario, _ALLOCATION_READS)
    participation = force_refs(scenario, _PARTICIPATION_READS)
    costs = force_refs(scenario, _COST_READS)
    # the longest horizon the costs run over and the shortest, as a reader writes them ("30 years",
    # "4 months": review s38 3, a four-month horizon read "0.333333 years"), and the two as a range
    years, short = years_text(r["horizon_years"]["high"]), years_text(r["horizon_years"]["low"])
    span = years_span(r["horizon_years"]["low"], r["horizon_years"]["high"])
    # the charts and tables: the whole force section, the contributors, and the defaults used
    with_us = ("us_backstop", "force", "contributors", *force_refs(scenario, _PARTICIPATION_READS + _COST_READS))
    verdicts, high_text, gone, reach = _fielding_verdicts(scenario, r, alone, low, allocation, participation)
    gone_low = ((_unreachable(r, low), _unreachable(alone, low["without_us"])) if low is not None
                else (False, False))
    reach_low = _not_reachable(scenario, "the low end", (low, low["without_us"]), gone_low) if low is not None else ""
    over_common = _over_common_share(scenario, r, alone)
    figures = (
        *_strength_figures(scenario, r, alone, low, allocation, participation, high_text=high_text,
                           gone=gone, reach=reach, gone_low=gone_low, reach_low=reach_low),
        *_pool_and_cost_figures(scenario, r, alone, allocation, costs, over_common, years, short, span),
    )
    charts = _force_charts(plan, r, alone, with_us)
    tables = _force_tables(scenario, r, alone, with_us)
    warnings = _force_warnings(scenario, r, alone)
    data = {k: v for k, v in r.items() if k != "without_us"}
    return SectionResult("force", "Force generation, sustainment and cost", tuple(verdicts), figures,
                         charts, (), tables, {"with_us": data, "without_us": alone}, warnings)


def binding_kind(binding: dict[str, Any], result: dict[str, Any]) -> str:
    """The "limit that binds" cell of a binding limit: the model's kind, except that the share
    row of a nation capped by its own published plan (``limited_by == "national_plan"``) is that
    plan, as the row's text says (review: the UK's cell said "army-share cap" beside "the figure
    the plan gives for the United Kingdom (6,500 troops deployed ...) binds").

    >>> side = {"nations": [{"nation": "GBR", "limited_by": "national_plan"}]}
    >>> binding_kind({"nation": "GBR", "kind": "army_share"}, side)
    'national_plan'
    >>> binding_kind({"nation": "GBR", "kind": "pledge_and_army_share"}, side)
    'pledge_and_national_plan'
    >>> binding_kind({"nation": "FRA", "kind": "army_share"}, side)
    'army_share'
    """
    kind = str(binding.get("kind"))
    own_plan = {n.get("nation") for n in result.get("nations", ()) if n.get("limited_by") == "national_plan"}
    if binding.get("nation") in own_plan and "army_share" in kind:
        return kind.replace("army_share", "national_plan")
    return kind


#: Why a force of 0 troops has no rotation ratio (review 19 #2: it printed 3.00).
NO_ROTATION = ("rotation ratio n/a: no troops are deployed, so there is no rotation (the ratio is the "
               "pool over the troops deployed)")


def rotation_ratio(result: dict[str, Any]) -> float | None:
    """Units in the rotation per deployed unit, or None for a force of 0 troops: the model then
    reports the force-wide tour ratio, a rotation of nobody (review 19 #2).

    >>> rotation_ratio({"units_per_deployed": 3.0, "deployed_total": 0}) is None
    True
    >>> rotation_ratio({"units_per_deployed": 3.46, "deployed_total": 28264})
    3.46
    """
    return None if not result["deployed_total"] else result["units_per_deployed"]


def _chance_ci(side: dict[str, Any], drawn: dict[str, Any] | None = None) -> tuple[float, float] | None:
    """The 95% interval (Wilson) of a chance the participation draws estimate, in percent
    (review s34: a 1-point difference between variants could not be told from draw noise);
    None for a plan taken as certain (no draws). ``drawn``: the side whose participation draws
    the chance was taken over (the target's low end is read from the same draws)."""
    holder = drawn if drawn is not None else side
    part = holder.get("participation") if isinstance(holder.get("participation"), dict) else holder
    n = (part or {}).get("draws") or 0
    p = side.get("p_target_met")
    if not n or p is None:
        return None
    z = 1.959963984540054
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (100 * max(0.0, centre - half), 100 * min(1.0, centre + half))


def _reuse_premise(scenario: Any) -> str:
    """What the distinct-individuals figure assumes about re-use (s13 review 4): the plan's
    ``force.max_tours``, or, left out, that the interval between tours is the only limit (the
    figure is then the rotation pool). Words only: the tours each person serves are in the
    result (``cumulative_individuals.tours_per_person_high``) and in a warning when implausible."""
    max_tours = getattr(scenario.force, "max_tours", None)
    if max_tours is None:
        return "no limit on tours per person set: each serves every tour the interval allows"
    return f"at most {max_tours.canonical:g} tours per person"
