"""Plans side by side (`reassure compare`): rows of verdicts and figures, each plan as planned
and without the US backstop, cells that differ from the first plan flagged (a Monte Carlo figure
only beyond its 95% interval: `DIFF_RULE`), and the inputs that differ between the plans
(`reassure.present.compare_inputs`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from reassure.present.compare_inputs import INPUTS_LEGEND, input_rows
from reassure.present.output import styled
from reassure.run import section_air, section_costs, section_maritime
from reassure.run._cost_figures import no_price
from reassure.run.section_force import (
    EITHER_TARGET,
    FULL_TARGET,
    LOW_END_QUESTION,
    RANGE_HIGH_END,
    compared_question,
    no_low_end,
    target_words,
    without_target_number,
)
from reassure.run.section_incidents import IN_TIME_VERDICT, queueing_note, share_pct
from reassure.run.section_maritime import MCM_QUESTION, mcm_not_asked
from reassure.run.section_monitoring import SHARE_NOT_SET, SHARE_QUESTION
from reassure.run.section_monitoring_band import BAND_NOT_SET, SATELLITE_QUESTION
from reassure.run.section_posture import (
    PLANTS_COVERED_QUESTION,
    PLANTS_NOT_ASKED,
    PLANTS_WITHIN_QUESTION,
    compared_covered_label,
    plan_excluded_sites,
    weights_in_mw,
)

__all__ = ["ComparisonRows", "DIFF_RULE", "cell_text", "compare_csv", "compare_html", "comparison_rows", "plan_folders",
           "plan_labels", "print_comparison"]


def plan_labels(names: list[str], stems: list[str]) -> tuple[list[str], list[str]]:
    """A distinct column label per plan, and one warning line per name two plans share.

    A plan is labelled by its ``name``; where plans share one (a copied file whose ``name`` was
    not changed), each whose file stem differs from the name is labelled ``name (stem)``, and
    any label still taken gets ``-2``, ``-3`` ... (review s12: two columns read "europe-2025").

    >>> plan_labels(["europe-2025", "europe-2025"], ["europe-2025", "my-plan"])[0]
    ['europe-2025', 'europe-2025 (my-plan)']
    >>> plan_labels(["a", "a", "b"], ["a", "a", "b"])[0]
    ['a', 'a-2', 'b']
    """
    counts = {n: names.count(n) for n in names}
    wanted = [f"{n} ({stem})" if counts[n] > 1 and stem != n else n
              for n, stem in zip(names, stems, strict=True)]
    labels: list[str] = []
    for label in wanted:
        candidate, k = label, 2
        while candidate in labels:
            candidate, k = f"{label}-{k}", k + 1
        labels.append(candidate)
    warnings = []
    for name in dict.fromkeys(n for n in names if counts[n] > 1):
        mine = [(stem, label) for n, stem, label in zip(names, stems, labels, strict=True) if n == name]
        files = ", ".join(stem + ".toml" for stem, _ in mine)
        columns = ", ".join(repr(label) for _, label in mine)
        warnings.append(f"warning: {len(mine)} plans share the name {name!r} (files: {files}); "
                        f"their columns are labelled {columns}. Give each plan its own `name`.")
    return labels, warnings


def plan_folders(names: list[str]) -> list[str]:
    """A safe, distinct folder name per plan (a scenario name is not trusted as a path)."""
    out: list[str] = []
    for name in names:
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip(".-") or "plan"
        candidate, k = slug, 2
        while candidate in out:
            candidate, k = f"{slug}-{k}", k + 1
        out.append(candidate)
    return out


#: The verdicts a plan may not be asked, and why (in words) it is not: said beside its n/a.
NOT_ASKED: dict[str, Callable[[Any], str]] = {
    SHARE_QUESTION: lambda _scenario: SHARE_NOT_SET,
    SATELLITE_QUESTION: lambda _scenario: BAND_NOT_SET,
    MCM_QUESTION: mcm_not_asked,
    PLANTS_COVERED_QUESTION: lambda _scenario: PLANTS_NOT_ASKED,
    PLANTS_WITHIN_QUESTION: lambda _scenario: PLANTS_NOT_ASKED,
    # review s40b 1: a plan whose target is one number has no low end to ask about
    LOW_END_QUESTION: lambda scenario: f"not asked: {no_low_end(scenario)}",
}

#: review s33: a question of a section the plan has no table for (the air-policing and maritime
#: verdicts) read a bare n/a, beside the MCM verdict's "not asked: no [maritime] in this plan":
#: the section's report name, the scenario table it needs and the words said beside its n/a.
ABSENT_TABLE: dict[str, tuple[str, str]] = {
    "air": ("air_policing", "not asked: no [air_policing] in this plan"),
    "maritime": ("maritime", "not asked: no [maritime] in this plan"),
}

#: review s33: a figure of a section a plan does not have read a bare n/a (about 20 rows of
#: europe-2025 beside mnf-u-2026): the words said beside it, by the section that reports it.
SECTION_ABSENT: dict[str, str] = {
    "air": "not computed: no [air_policing] in this plan",
    "maritime": "not computed: no [maritime] in this plan",
    "monitoring_band": "not computed: no [monitoring.band] in this plan",
    "costs": "not computed: no [costs], [air_policing] or [maritime] in this plan",
}

#: review s33: a figure a plan's section has but may leave n/a, and why (in words) it is n/a.
FIGURE_NA: dict[str, Callable[[Any], str]] = {
    "air.capital_cost_eur_m": lambda _s: no_price("aircraft", section_air.PRICE_FIELDS),
    "maritime.capital_cost_eur_m": lambda _s: no_price("ships", section_maritime.PRICE_FIELDS),
    "costs.capital_eur_m": lambda _s: no_price("plan's assets", section_costs.PRICE_FIELDS),
    "incidents.air_policing_responders": lambda _s: SECTION_ABSENT["air"],
    # review s40b 1: the low end's figures of a plan whose target is one number
    "force.p_target_low_met_pct": lambda s: f"not computed: {no_low_end(s)}",
}

#: The label of a figure's denominator row, under the figure's own row.
DENOMINATOR_LABEL = "its denominator: {}"


def comparison_rows(assessments: list[Any], plans: list[str] | None = None) -> ComparisonRows:
    """One row per verdict or figure: its label, its value in each plan (US backstop as planned)
    and without the US; ``plans`` names the plans in labels and notes (default: their names).

    A figure over a subset whose size is each plan's own (the detected incidents, the answered
    calls) is labelled without any plan's numbers (`Figure.common_label`), and a row of kind
    ``denominator`` right under it (key ``<figure key>.denominator``) holds each plan's share
    in that plan's own cells. A figure whose label names the plan's own parameters (its horizon,
    tours per person, what a total counts) has them, likewise, in a row of kind ``setting``
    (key ``<figure key>.setting``) under it (review 20 #1), and so has a verdict whose question
    rests on a setting it does not name (the response threshold: `Verdict.setting`, key
    ``setting:<question>``, as a key ``verdict:...`` is a yes/no row); a figure whose plans' labels still
    differ (a label no figure code has split) is headed by the words before its first bracket,
    each plan's own label in a ``setting`` row "its label in its own report".

    A Monte Carlo figure's rows carry each plan's 95% interval (``ci``, ``ci_without_us``), shown
    in its cell, and a cell ``differs`` from the first plan's by `DIFF_RULE` (review s38 1). The
    list returned is a `ComparisonRows`: its ``inputs`` are the plans' inputs that differ
    (`reassure.present.compare_inputs.input_rows`, review s38 2)."""
    seen: dict[str, dict[str, Any]] = {}
    denominators: dict[str, dict[str, Any]] = {}  # figure key -> its denominator row
    settings: dict[str, dict[str, Any]] = {}  # figure or verdict key -> its setting row
    own: dict[str, list[str | None]] = {}  # figure key -> each plan's own label
    for i, a in enumerate(assessments):
        _add_verdict_rows(i, a, len(assessments), seen, settings)
        _add_figure_rows(i, a, len(assessments), seen, denominators, settings, own)
    _unpriced_capital(assessments, seen)
    _split_differing_labels(len(assessments), seen, settings, own)
    names = plans or [getattr(a.scenario, "name", f"plan {i + 1}") for i, a in enumerate(assessments)]
    for sub in denominators.values():
        sub["unit"] = plans_units(names, sub["units"])
    _word_labels_for_plans(assessments, names, seen)
    _note_why_verdicts_na(assessments, seen)
    _note_why_figures_na(assessments, seen)
    _note_queueing(assessments, seen)
    rows = [r for row in seen.values() for r in (row, settings.get(row["key"]), denominators.get(row["key"]))
            if r is not None]
    _insert_target_low(assessments, seen, rows)
    for row in rows:
        row["differs"] = _differs(row, "with_us")
        row["differs_without_us"] = _differs(row, "without_us")
    line = seen.get("monitoring.line_km")  # the length of line the models use, each plan's
    return ComparisonRows(rows, input_rows([a.scenario for a in assessments], None if line is None else line["values"]))


def _add_verdict_rows(i: int, a: Any, n: int, seen: dict[str, dict[str, Any]],
                      settings: dict[str, dict[str, Any]]) -> None:
    """Put plan ``i``'s verdicts in their rows (and their settings in the rows under them)."""
    for v in a.verdicts:
        # a range's high end and a target of one number share a row (`compared_question`)
        question = compared_question(v.question)
        key = f"verdict:{question}"
        row = seen.setdefault(key, {"key": key, "label": question, "kind": "verdict",
                                    "unit": "", "digits": 0, "values": [None] * n,
                                    "without_us": [None] * n})
        row["values"][i] = v.with_us if a.scenario.us_backstop.any else v.without_us
        row["without_us"][i] = v.without_us
        if v.setting is not None:  # "within the response threshold": each plan's, under it
            # keyed `setting:<question>`: a key `verdict:...` is a yes/no row in compare.csv
            sub = settings.setdefault(key, _text_row(f"setting:{question}", v.setting.label, key, n))
            sub["values"][i] = sub["without_us"][i] = v.setting.text


def _add_figure_rows(i: int, a: Any, n: int, seen: dict[str, dict[str, Any]],
                     denominators: dict[str, dict[str, Any]], settings: dict[str, dict[str, Any]],
                     own: dict[str, list[str | None]]) -> None:
    """Put plan ``i``'s figures in their rows (their denominators and settings under them)."""
    for s in a.sections:
        for f in s.figures:
            key = f"{s.name}.{f.key}"
            label = f.common_label or f.label
            row = seen.setdefault(key, {"key": key, "label": label, "kind": "figure",
                                        "unit": f.unit, "digits": f.digits,
                                        "values": [None] * n,
                                        "without_us": [None] * n,
                                        "lows": [None] * n,
                                        "lows_without_us": [None] * n,
                                        "ci": [None] * n,
                                        "ci_without_us": [None] * n})
            row["values"][i] = f.with_us if a.scenario.us_backstop.any else f.without_us
            row["without_us"][i] = f.without_us
            # review s38 1: a Monte Carlo figure's 95% interval, as `assess` prints it, in its
            # cell; a cell is marked different only beyond it (`_differs`)
            row["ci"][i] = f.ci_with_us if a.scenario.us_backstop.any else f.ci_without_us
            row["ci_without_us"][i] = f.ci_without_us
            # a range figure ("low-high") keeps its low end: the value is its high end only
            # (review s11: compare showed "EUR 184 billion" for the plan's "EUR 101-184 billion")
            row["lows"][i] = f.low_with_us if a.scenario.us_backstop.any else f.low_without_us
            row["lows_without_us"][i] = f.low_without_us
            # a Monte Carlo estimate in any plan is written as one in every plan's cell
            row["estimate"] = row.get("estimate", False) or f.is_estimate
            if f.denominator is not None:
                _add_denominator(i, a, n, key, f.denominator, denominators)
            if f.setting is not None:
                sub = settings.setdefault(key, _text_row(f"{key}.setting", f.setting.label, key, n))
                # review s51 2: a setting whose words differ by side (whose army share is over
                # the common one) puts each side's own in its own cell
                alone = getattr(f.setting, "text_without_us", "") or f.setting.text
                sub["values"][i] = f.setting.text if a.scenario.us_backstop.any else alone
                sub["without_us"][i] = alone
            own.setdefault(key, [None] * n)[i] = label
            if label != row["label"]:
                # Plans with different targets: "the high end of the target (30,000 troops)"
                # would name the first plan's number only; keep the words, drop the number.
                row["label"] = without_target_number(row["label"])


def _add_denominator(i: int, a: Any, n: int, key: str, d: Any,
                     denominators: dict[str, dict[str, Any]]) -> None:
    """Put plan ``i``'s denominator ``d`` of the figure ``key`` in the row under the figure's."""
    sub = denominators.setdefault(key, {
        "key": f"{key}.denominator", "label": DENOMINATOR_LABEL.format(d.label),
        "kind": "denominator", "of": key, "unit": d.unit, "digits": d.digits,
        "values": [None] * n, "without_us": [None] * n,
        "units": [None] * n})
    sub["values"][i] = d.with_us if a.scenario.us_backstop.any else d.without_us
    sub["without_us"][i] = d.without_us
    # review: each plan's own unit (europe-2025's site weights are MW, an analyst's
    # own weightings are not): the first plan's called every plan's total MW
    sub["units"][i] = d.unit


def _split_differing_labels(n: int, seen: dict[str, dict[str, Any]], settings: dict[str, dict[str, Any]],
                            own: dict[str, list[str | None]]) -> None:
    """Head a figure whose plans' labels differ by their shared words, each label in a row under it."""
    for key, labels in own.items():
        given = {without_target_number(lb) for lb in labels if lb is not None}
        if len(given) > 1 and key not in settings and key != TARGET_CHANCE:
            # Labels still differ by plan: none is every plan's. The words they share head the
            # row; each plan's own label goes in its own cell of the row under it.
            seen[key]["label"] = _shared_words(seen[key]["label"])
            sub = settings[key] = _text_row(f"{key}.setting", OWN_LABEL, key, n)
            sub["values"] = list(labels)
            sub["without_us"] = list(labels)


def _word_labels_for_plans(assessments: list[Any], names: list[str], seen: dict[str, dict[str, Any]]) -> None:
    """Word the covered share's and the target's labels to fit every plan compared."""
    covered = seen.get("posture.covered_weight_percent")
    if covered is not None:
        # The sites left out of the covered share differ by plan: name each with its plans.
        # review s50: weighted by MW where every plan's sites are
        mw = all(weights_in_mw(a.scenario) for a in assessments)
        covered["label"] = compared_covered_label(names, [plan_excluded_sites(a.sections) for a in assessments], mw)
    ranges = [target_words(a.scenario) == RANGE_HIGH_END for a in assessments]
    if any(ranges):
        # review s50: a target that is a range of sizes discussed has a high end, not a "full target"
        # (as `assess` asks it where every plan's is a range; each plan's number is in its own row);
        # review s53 3: beside a plan with one target number, words that fit both kinds
        high = RANGE_HIGH_END if all(ranges) else EITHER_TARGET
        for row in seen.values():
            if row["kind"] == "verdict" and FULL_TARGET in row["label"]:
                row["label"] = row["label"].replace(FULL_TARGET, high, 1)
    chance = seen.get(TARGET_CHANCE)
    if chance is not None:
        # review s53 3: each plan's label names its own kind of target ("the target" for one number,
        # "the high end of the target" for a range): the row's, one that fits every plan's
        which = ("the high end of the target" if all(ranges) else "the target" if not any(ranges)
                 else EITHER_TARGET)
        chance["label"] = re.sub(r"^Chance the (?:high end of the )?target is fielded", f"Chance {which} is fielded",
                                 chance["label"])


def _note_why_verdicts_na(assessments: list[Any], seen: dict[str, dict[str, Any]]) -> None:
    """Note why a verdict is n/a for a plan: the question is not asked, or its table is absent."""
    for question, why in NOT_ASKED.items():
        verdict = seen.get(f"verdict:{question}")
        if verdict is None:
            continue
        # A plan not asked the question (no planned share, no band, no MCM task): its n/a says why.
        for i, (value, alone) in enumerate(zip(verdict["values"], verdict["without_us"], strict=True)):
            if value is None and alone is None:
                verdict.setdefault("notes", [None] * len(assessments))[i] = why(assessments[i].scenario)
    owner = {f"verdict:{compared_question(v.question)}": sec.name for a in assessments for sec in a.sections for v in getattr(sec, "verdicts", ())}
    for key, verdict in seen.items():
        table, words = ABSENT_TABLE.get(owner.get(key, ""), ("", ""))
        for i, a in enumerate(assessments):
            if (table and getattr(a.scenario, table, None) is None and verdict["kind"] == "verdict"
                    and verdict["values"][i] is None and verdict["without_us"][i] is None):
                notes = verdict.setdefault("notes", [None] * len(assessments))
                notes[i] = notes[i] or words


def _note_why_figures_na(assessments: list[Any], seen: dict[str, dict[str, Any]]) -> None:
    """Note why a figure is n/a for a plan: its section is absent or an input it needs is."""
    # review s33: a figure's n/a says why, as a verdict's does: its section is not in the plan,
    # or the plan gives no input it needs (a purchase price)
    has = [{s.name for s in a.sections} for a in assessments]
    for key, row in seen.items():
        if row["kind"] != "figure":
            continue
        for i in range(len(assessments)):
            if row["values"][i] is not None or row["without_us"][i] is not None:
                continue
            section = key.split(".", 1)[0]
            reason = (SECTION_ABSENT.get(section) if section not in has[i]
                      else FIGURE_NA[key](assessments[i].scenario) if key in FIGURE_NA else None)
            if reason:
                notes = row.setdefault("notes", [None] * len(assessments))
                notes[i] = notes[i] or reason


def _note_queueing(assessments: list[Any], seen: dict[str, dict[str, Any]]) -> None:
    """Note queueing on the in-time rows of a plan that reaches fewer in time with the US."""
    # Where a plan reaches fewer incidents in time with the US backstop than without, its
    # explanation (queueing) goes with the figures it explains, not only in its own report.
    for i, a in enumerate(assessments):
        incidents = next((s for s in a.sections if s.name == "incidents"), None)
        if incidents is None or not a.scenario.us_backstop.any:
            continue
        note = queueing_note(incidents.data["with_us"], incidents.data["without_us"], a.scenario)
        # review s50: and with the verdict that reads those shares (`IN_TIME_QUESTION`)
        calls = [f"verdict:{compared_question(v.question)}" for v in incidents.verdicts if v.question.startswith(CALLS_VERDICT)]
        for key in (*QUEUEING_ROWS, *calls):
            if note and key in seen:
                seen[key].setdefault("notes", [None] * len(assessments))[i] = note


def _insert_target_low(assessments: list[Any], seen: dict[str, dict[str, Any]],
                       rows: list[dict[str, Any]]) -> None:
    """Insert the target's low end above the chance of fielding it, where that row is."""
    low_key = "force.p_target_low_met_pct"
    if low_key in seen:
        # The chance of the target's low end compares only beside the low end itself (r6 M7):
        # plans with different targets lose the number from that row's label.
        lows = [a.scenario.force.target_troops.low if a.scenario.force.target_troops.is_range
                else None for a in assessments]
        target_low = {"key": "force.target_troops_low", "kind": "figure", "unit": "troops",
                      "digits": 0, "label": "Target deployed strength (low end)",
                      "values": list(lows), "without_us": list(lows)}
        if None in lows:  # review s40b 1: a point target's n/a says why, as its chance's does
            target_low["notes"] = [None if low is not None else f"not given: {no_low_end(a.scenario)}"
                                   for low, a in zip(lows, assessments, strict=True)]
        rows.insert(rows.index(seen[low_key]), target_low)


class ComparisonRows(list[dict[str, Any]]):
    """The rows of `comparison_rows` (verdicts and figures: compare.json's ``rows``), and as
    ``inputs`` the rows of the plans' inputs that differ (`compare_inputs.input_rows`), which
    compare.html, compare.csv and the terminal show in a table of their own (review s38 2)."""

    def __init__(self, rows: Sequence[dict[str, Any]] = (), inputs: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__(rows)
        self.inputs = list(inputs)


#: review s38 1: the rule by which a cell is marked as differing from the first plan's, said in
#: the legend of the terminal table and of compare.html.
DIFF_RULE = ("a figure with a 95% Monte Carlo interval (in parentheses, as `assess` prints it) is marked "
             "only where its interval and the first plan's do not overlap, a difference beyond the noise "
             "of the runs (intervals that overlap may still differ, but the runs do not show it); any "
             "other cell wherever its value differs from the first plan's")


def _differs(row: dict[str, Any], side: str) -> list[bool]:
    """Whether each plan's cell on ``side`` differs from the first plan's: exactly for a figure
    without a 95% interval (and its low end, for a range), and for a Monte Carlo estimate only
    where the two intervals do not overlap (a value without one counts as its own interval)."""
    values = row["values" if side == "with_us" else "without_us"]
    n = len(values)
    lows = row.get("lows" if side == "with_us" else "lows_without_us") or [None] * n
    cis = row.get("ci" if side == "with_us" else "ci_without_us") or [None] * n
    out = []
    for v, low, ci in zip(values, lows, cis, strict=True):
        if (ci is not None or cis[0] is not None) and _number(v) and _number(values[0]):
            mine, first = ci or (v, v), cis[0] or (values[0], values[0])
            out.append(mine[1] < first[0] or first[1] < mine[0])
        else:
            out.append((v, low) != (values[0], lows[0]))
    return out


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


#: review s38 3: a cost figure whose inputs are not given reads so in its cell, never a 0.
UNPRICED = "no purchase price given"
#: The capital figures that are n/a where no purchase price is given, by row key.
CAPITAL_KEYS = ("air.capital_cost_eur_m", "maritime.capital_cost_eur_m", "costs.capital_eur_m")


def _unpriced_capital(assessments: list[Any], seen: dict[str, dict[str, Any]]) -> None:
    """The whole plan's capital is n/a, not EUR 0 million, where none of its components has a
    purchase price (`solve_costs` adds up the priced parts, none giving 0: ukraine-request's
    aircraft have no price, its "purchase costs given" read "EUR 0 million" beside the aircraft's
    n/a); and every capital cell that is n/a for want of a price says so (`cell_text`)."""
    for key in CAPITAL_KEYS:
        row = seen.get(key)
        if row is None:
            continue
        for i, a in enumerate(assessments):
            section = next((s for s in a.sections if s.name == key.split(".", 1)[0]), None)
            if section is None:
                continue
            if key == "costs.capital_eur_m" and _no_part_priced(section):
                row["values"][i] = row["without_us"][i] = None
            if row["values"][i] is None and row["without_us"][i] is None:
                row.setdefault("na", [None] * len(assessments))[i] = UNPRICED


def _no_part_priced(costs: Any) -> bool:
    """Whether no component of the plan's cost table (`section_costs`) has a capital cost."""
    table = next((t for t in costs.tables if t.id == "plan-costs"), None)
    if table is None or "capital_eur_m" not in table.columns or not table.rows:
        return False
    at = table.columns.index("capital_eur_m")
    return all(r[at] is None for r in table.rows)


#: The label of the row that holds each plan's own label where the plans' labels differ.
OWN_LABEL = "its label in its own report"


def _text_row(key: str, label: str, of: str, n: int) -> dict[str, Any]:
    """A row of words (a plan's setting), one cell a plan, under the figure ``of``."""
    return {"key": key, "label": label, "kind": "setting", "of": of, "unit": "", "digits": 0,
            "values": [None] * n, "without_us": [None] * n}


def _shared_words(label: str) -> str:
    """A label without its bracketed, plan-specific part: the words before the first bracket.

    >>> _shared_words("Continuous orbits for it (male-uav)")
    'Continuous orbits for it'
    """
    head = label.split(" (", 1)[0].rstrip(" ,;:")
    return head or label


#: The chance of fielding the target (its high end where a range), whose label `compare` words
#: for every plan's kind of target (review s53 3).
TARGET_CHANCE = "force.p_target_met_pct"

#: The figures a plan's queueing note explains (`reassure.run.section_incidents.queueing_note`).
QUEUEING_ROWS = ("incidents.within_threshold_incidents_pct", "incidents.within_threshold_pct")
#: The start of the incidents verdict on the shares reached in time (review s50: its note too;
#: review s53 1: asked of all incidents needing a unit since, `section_incidents.IN_TIME_QUESTION`).
CALLS_VERDICT = IN_TIME_VERDICT


def plans_units(plans: Sequence[str], units: Sequence[str | None]) -> str:
    """A row's unit where each plan has its own (a denominator's: `Denominator.unit`): the one unit
    when the plans share it, else each with the plans it is theirs (compare.csv's unit column).

    >>> plans_units(["a", "b", "c"], ["MW", "weight", "MW"]), plans_units(["a", "b"], ["%", None])
    ('MW (a, c); weight (b)', '%')
    """
    by_unit: dict[str, list[str]] = {}
    for plan, unit in zip(plans, units, strict=True):
        if unit is not None:
            by_unit.setdefault(unit, []).append(plan)
    if len(by_unit) <= 1:
        return next(iter(by_unit), "")
    return "; ".join(f"{unit} ({', '.join(who)})" for unit, who in by_unit.items())


def _unit(row: dict[str, Any], i: int) -> str:
    """Plan ``i``'s unit of a comparison row: its own where the row has one per plan (`plans_units`)."""
    return ((row.get("units") or [None] * (i + 1))[i]) or row["unit"]


def cell_text(row: dict[str, Any], i: int, side: str = "with_us") -> str:
    """Plan ``i``'s cell of a comparison row as the plan's own report writes it: a range figure
    as ``low–high``, any other as its value (``side``: ``with_us`` = as planned, or ``without_us``),
    then a Monte Carlo estimate's 95% interval in parentheses as `assess` prints it (review s38 1);
    a capital cost n/a for want of a price says so (review s38 3)."""
    from reassure.present.report import interval_text, range_text, value_text

    v = row["values" if side == "with_us" else "without_us"][i]
    lows = row.get("lows" if side == "with_us" else "lows_without_us")
    low = None if lows is None else lows[i]
    if isinstance(v, bool):
        return "yes" if v else "no"
    if row.get("kind") == "setting":
        return "n/a" if v is None else str(v)
    if row.get("kind") == "denominator" and _unit(row, i) == "%" and isinstance(v, int | float):
        # a subset's share as the plan's report and `assess` write it (`share_pct`): 99.95%
        # reads ">99.9%", never "100.0%", which says every incident was answered (review 19b 7)
        return share_pct(float(v))
    from reassure.present.units import count_digits

    unit = _unit(row, i)
    # review s33: "24.0 airframes" here, "24 airframes" in the plan's own report: a count of whole
    # things from 10 up drops its decimal in both (`figure_text`)
    digits = count_digits(unit, row["digits"], [x for x in (v, low) if isinstance(x, int | float)])
    cis = row.get("ci" if side == "with_us" else "ci_without_us")
    ci = None if cis is None or v is None else cis[i]
    if ci is not None:  # its ends decide its decimals too, as `figure_text` has it
        digits = count_digits(unit, row["digits"], [x for x in (v, low, *ci) if isinstance(x, int | float)])
    if low is not None and v is not None:
        text = range_text(low, v, unit, digits)
    elif v is None and (row.get("na") or [None] * (i + 1))[i]:
        return f"n/a ({row['na'][i]})"  # review s38 3: why, in the cell, never a 0
    else:
        text = value_text(v, unit, digits, estimate=row.get("estimate", False))
    if ci is not None:
        # review s38 1: its 95% interval, as `assess` prints it ("13.5% (11.3–15.6)"), its ends
        # never to more decimals than the value (`interval_text`)
        ends = interval_text(v, ci, digits, estimate=row.get('estimate', False) or low is not None)
        text += f" ({ends})" if ends else ""  # none narrower than the unit (`interval_text`)
    return text


def _row_notes(plans: list[str], row: dict[str, Any]) -> list[str]:
    """``plan: note`` for each plan whose note explains this row."""
    return [f"{p}: {n}" for p, n in zip(plans, row.get("notes") or [None] * len(plans), strict=True) if n]


def compare_csv(plans: list[str], rows: list[dict[str, Any]]) -> str:
    """`compare.csv`: one row per verdict, figure, figure's denominator or a figure's or verdict's
    setting (words, no unit); its unit; two columns per plan, as planned (``<plan>``) and without
    the US (``<plan>_without_us``), numbers rounded as in each plan's figures.csv; a figure's 95%
    interval is in compare.json (``ci``, ``ci_without_us``). Then the inputs that differ between
    the plans (key ``input:<path>``, review s38 2), each plan's value in words."""
    import csv
    import io

    from reassure.present.output import csv_number, sub_billion_digits
    from reassure.present.units import money_digits

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["key", "label", "unit", *(c for p in plans for c in (p, f"{p}_without_us")),
                *(c for p in plans for c in (f"{p}_range_low", f"{p}_without_us_range_low"))])
    none = [None] * len(plans)
    said: dict[tuple[int, str], str] = {}  # (plan, caveat text) -> the key of the row that holds it
    for r in rows:
        unit = "yes/no" if r["kind"] == "verdict" else r["unit"]
        lows_of = list(zip(r.get("lows") or none, r.get("lows_without_us") or none, strict=True))
        # review s40: money under a billion kept in billions to 3 significant figures, each
        # plan's as its figures.csv has it (0.0173, not 0.02)
        # (and of a billion or more to 3 significant figures too: `money_digits`)
        digits = [r["digits"] if r["kind"] == "verdict" or not isinstance(unit, str) else
                  (sub_billion_digits(unit, (*pair, *low)) or money_digits(unit, r["digits"]))
                  for pair, low in zip(zip(r["values"], r["without_us"], strict=True), lows_of, strict=True)]
        # review s34: a verdict's cells are "yes" / "no" (its unit), and a question not asked of
        # a plan "n/a", as the terminal and compare.html write them; not True / False / empty
        cells = (("n/a" if v is None else "yes" if v else "no") if r["kind"] == "verdict"
                 else csv_number(v, max(d, r["digits"]), r.get("estimate", False))
                 for pair, d in zip(zip(r["values"], r["without_us"], strict=True), digits, strict=True)
                 for v in pair)
        # a range figure's low end (its value columns hold the high end), as figures.csv
        lows = ("" if v is None else csv_number(v, max(d, r["digits"]), True)
                for pair, d in zip(lows_of, digits, strict=True) for v in pair)
        w.writerow([r["key"], r["label"], unit, *_why_na(r, list(cells)), *lows])
        caveats = [n if n and (v is not None or alone is not None) else ""
                   for n, v, alone in zip(r.get("notes") or none, r["values"], r["without_us"], strict=True)]
        if any(caveats):
            # review s50: a plan's caveat on its cells (queueing), which compare.html and the
            # terminal print under the row, in a row of words under it (key ``<key>.caveat``)
            # (a verdict's: ``caveat:<question>``, as a key ``verdict:...`` is a yes/no row)
            key = f"caveat:{r['key'].removeprefix('verdict:')}" if r["kind"] == "verdict" else f"{r['key']}.caveat"
            w.writerow([key, CAVEAT_LABEL, "", *(c for i, text in enumerate(caveats)
                                                 for c in _caveat_cells(plans[i], i, text, key, said)),
                        *([""] * 2 * len(plans))])
    for r in getattr(rows, "inputs", ()):
        # review s38 2: the inputs that differ (key ``input:<path>``), each plan's value in words
        w.writerow([r["key"], r["label"], "", *(v for pair in zip(r["values"], r["without_us"], strict=True)
                                                for v in pair), *([""] * 2 * len(plans))])
    return buf.getvalue()


#: The label of compare.csv's row that holds a plan's caveat on the row above it.
CAVEAT_LABEL = "its caveat (the plan's note on the row above)"


def _caveat_cells(plan: str, i: int, text: str, key: str, said: dict[tuple[int, str], str]) -> tuple[str, str]:
    """Plan ``i``'s two cells (as planned, without the US) of the caveat row ``key``: a plan's note
    is on both its sides, and written once (review s65 8: a ~1,000-character note filled six cells
    a plan, under the verdict and two figures): in full in the ``<plan>`` column of the first row
    it explains, elsewhere where to find it. ``said``: (plan, text) -> the row holding it so far.

    >>> said = {}
    >>> _caveat_cells("a", 0, "long note", "caveat:Q?", said)
    ('long note', 'see column a')
    >>> _caveat_cells("a", 0, "long note", "x.caveat", said)
    ('see row caveat:Q?, column a', 'see row caveat:Q?, column a')
    >>> _caveat_cells("b", 1, "", "x.caveat", said)
    ('', '')
    """
    if not text:
        return "", ""
    first = said.setdefault((i, text), key)
    if first == key:
        return text, f"see column {plan}"
    where = f"see row {first}, column {plan}"
    return where, where


def _why_na(row: dict[str, Any], cells: list[str]) -> list[str]:
    """compare.csv's cells of a cost row (the whole plan's, a capital) with a plan's empty cell saying
    why it is n/a, as the terminal and compare.html say it beside the row (review s50: europe-2025's
    whole-plan cost was blank): ``n/a: not computed: no [costs], [air_policing] or [maritime] in this
    plan``, ``n/a: no purchase price given``."""
    if row["kind"] != "figure" or not (row["key"].startswith("costs.") or row["key"] in CAPITAL_KEYS):
        return cells  # elsewhere a figure's cell stays empty, its reason in compare.json (review s40b)
    notes, na = row.get("notes") or [], row.get("na") or []
    out = list(cells)
    for i in range(len(cells) // 2):
        why = (na[i] if i < len(na) else None) or (notes[i] if i < len(notes) else None)
        if why and row["values"][i] is None and row["without_us"][i] is None:
            out[2 * i] = out[2 * i + 1] = f"n/a: {why}"
    return out


def compare_html(plans: list[str], folders: list[str], rows: list[dict[str, Any]]) -> str:
    """`compare.html`: the inputs that differ between the plans, each with its source or
    assumption (review s38 2); then each plan as planned and without the US, linking to its own
    report, a figure's 95% interval beside it and a cell highlighted by `DIFF_RULE`."""
    import html

    head = "".join(f'<th colspan="2"><a href="{html.escape(f)}/report.html">{html.escape(p)}</a></th>'
                   for p, f in zip(plans, folders, strict=True))
    head += "</tr><tr><th></th>" + "<th>as planned</th><th>without US</th>" * len(plans)
    links = "".join(f'<th><a href="{html.escape(f)}/report.html">{html.escape(p)}</a></th>'
                    for p, f in zip(plans, folders, strict=True))
    inputs = "".join(
        f'<tr><td>{html.escape(r["label"])}</td>' + "".join(
            f'<td class="{"diff" if d else ""}">{html.escape(v)}'
            + (f'<div class="src">{html.escape(src)}</div>' if src else "") + "</td>"
            for v, src, d in zip(r["values"], r["provenance"], r["differs"], strict=True)) + "</tr>"
        for r in getattr(rows, "inputs", ()))
    inputs_table = (f'<h2>Inputs that differ</h2><p>{html.escape(INPUTS_LEGEND)}</p>'
                    f'<table class="inputs"><tr><th>input</th>{links}</tr>{inputs}</table><h2>Results</h2>'
                    if inputs else "")
    body = "".join(
        ('<tr class="denominator"><td>' if r["kind"] in ("denominator", "setting") else "<tr><td>")
        + html.escape(r["label"]) + "".join(
            f'<div class="note">{html.escape(n)}</div>' for n in _row_notes(plans, r)) + "</td>" + "".join(
            f'<td class="{"diff" if d else ""}">{html.escape(cell_text(r, i))}</td>'
            f'<td class="{"diff" if dn else ""}">{html.escape(cell_text(r, i, "without_us"))}</td>'
            for i, (d, dn) in enumerate(zip(r["differs"], r["differs_without_us"], strict=True))
        ) + "</tr>"
        for r in rows
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reassure — comparison</title>'
        "<style>body{font:14px sans-serif;margin:24px}td,th{border-bottom:1px solid #ddd;padding:4px 8px}"
        "td.diff{background:#fff1c2;font-weight:bold}div.note{font-size:12px;color:#555;max-width:40em}"
        "tr.denominator td{font-size:12px;color:#555}tr.denominator td:first-child{padding-left:24px}"
        "div.src{font-size:12px;font-weight:normal;color:#555;max-width:30em}table.inputs td{vertical-align:top}"
        "</style></head><body>"
        f"<h1>Plans compared</h1>{inputs_table}<p>Each plan with its US backstop as planned, and without it; cells that "
        f"differ from the first plan are highlighted: {html.escape(DIFF_RULE)}. A figure taken over a subset (the detected incidents, the answered calls) "
        "has the subset's size in each plan's own cells in the row under it (its denominator); a figure or question "
        "that rests on a plan's own settings (its horizon, tours per person, what a total counts, its response "
        "threshold) has them likewise. Every figure is "
        "footnoted to its sources and assumptions in the plan's own report (follow the column heading).</p>"
        f"<table><tr><th>question / figure</th>{head}</tr>{body}</table></body></html>"
    )


def print_comparison(plans: list[str], rows: list[dict[str, Any]], runs: int) -> None:
    """The terminal table: each plan as planned and without the US, changed cells in bold."""
    from rich.table import Table

    from reassure.present.output import console
    from reassure.vocabulary import plural

    out = console()
    texts = [[t for i in range(len(plans)) for t in (cell_text(r, i), cell_text(r, i, "without_us"))]
             for r in rows]
    headers = [h for p in plans for h in (p, f"{p} without US")]
    widths = _column_widths(out.width, headers, rows, texts)
    if widths is None:
        _print_key_figures(out, plans, rows, runs, table_width(headers, rows, texts))
        return
    _print_inputs(out, plans, getattr(rows, "inputs", ()))
    table = Table(title=f"Plans compared, {plural(runs, 'run')} each (as planned and without the US; changed "
                        f"cells in bold: {DIFF_RULE})", title_justify="left")
    table.add_column("question / figure", overflow="fold", width=widths[0])
    for header, width in zip(headers, widths[1:], strict=True):
        # fold, never "…": a header is as wide as its plan's name (review s33 3)
        table.add_column(header, justify="right", width=width, overflow="fold")

    def cell(text: str, d: bool) -> Any:
        return styled("[bold yellow]{}[/bold yellow]", text) if d else text

    for r, t in zip(rows, texts, strict=True):
        flags = [f for d, dn in zip(r["differs"], r["differs_without_us"], strict=True) for f in (d, dn)]
        cells = [cell(_unbroken(text, w), d) for text, d, w in zip(t, flags, widths[1:], strict=True)]
        if r["kind"] in ("denominator", "setting"):
            table.add_row(f"  ↳ {r['label']}", *cells, style="dim")
        else:
            table.add_row(r["label"], *cells)
    out.print(table)
    for r in rows:
        for note in _row_notes(plans, r):
            out.print(f"- {r['label']}: {note}", highlight=False)


def _print_inputs(out: Any, plans: list[str], inputs: Sequence[dict[str, Any]]) -> None:
    """The inputs that differ between the plans (review s38 2): one column a plan, each cell the
    plan's value over its source ids or "assumption" (compare.html gives the assumption's words),
    cells that differ from the first plan's in bold; nothing where no input differs."""
    from rich.table import Table

    if not inputs:
        return
    table = Table(title=f"Inputs that differ between the plans. {INPUTS_LEGEND}", title_justify="left")
    # the label column as readable as the results table's (`_LABEL_MIN`); the plans share the rest,
    # each column as wide as its longest word or id at least (review s65 6: at 300 columns rich
    # made the table wider than the terminal, which cut the last plan's column short)
    widths = _input_widths(out.width, plans, inputs)
    table.add_column("input", overflow="fold", min_width=min(_LABEL_MIN, max(len(r["label"]) for r in inputs)),
                     width=None if widths is None else widths[0])
    for k, plan in enumerate(plans):
        table.add_column(plan, overflow="fold", min_width=len(plan), width=None if widths is None else widths[k + 1])
    for r in inputs:
        cells = []
        for value, short, d in zip(r["values"], r["short"], r["differs"], strict=True):
            shown = styled("[bold yellow]{}[/bold yellow]", value) if d else styled("{}", value)
            cells.append(shown + (styled("\n[dim]{}[/dim]", short) if short else ""))
        table.add_row(r["label"], *cells)
    out.print(table)


def _input_widths(width: int, plans: list[str], inputs: Sequence[dict[str, Any]]) -> list[int] | None:
    """The inputs table's column widths in a ``width``-wide terminal (as `_column_widths`): the
    label column `_LABEL_MIN` (its longest word at least), each plan's as wide as its name and its
    longest word; None where those do not fit (rich then folds)."""
    labels = [r["label"] for r in inputs]
    label = max([min(_LABEL_MIN, max(len(x) for x in labels)), *(len(w) for x in labels for w in x.split())])
    cells = [[f"{r['values'][i]}\n{r['short'][i] or ''}" for r in inputs] for i in range(len(plans))]
    floors = [max([len(plan), *(len(w) for c in col for w in c.split())]) for plan, col in zip(plans, cells, strict=True)]
    wanted = [max([f, *(len(line) for c in col for line in c.split("\n"))]) for f, col in zip(floors, cells, strict=True)]
    return _grown(width, label, max(len(x) for x in labels), floors, wanted)


# The side-by-side table needs a readable label column and value columns wide enough for
# "1,174,380 people" or "86.0 h (42.5–129.0)"; below that rich squeezes them to 2 characters.
# review s33 3: the label column had no floor of its own (15-20 characters at 280-400 columns,
# a label over 5-8 lines) and headers cut plan names ("ukraine-reque…"): see `_column_widths`.
_LABEL_MIN, _VALUE_MIN = 36, 12
# What a narrow terminal shows of each plan: every verdict and these figures.
KEY_FIGURES = (
    "force.target_troops", "force.deployed_total", "force.p_target_met_pct", "force.target_troops_low",
    "force.p_target_low_met_pct",
    "force.cost_per_year_high_eur_bn", "posture.covered_weight_percent", "posture.buildup_day_7",
    "monitoring.percent_satisfied", "monitoring.pd_1h_pct",
    "incidents.within_threshold_incidents_pct", "incidents.unreached_pct",
)


def compare_width(n_plans: int, names: Sequence[str] = (), label: int = _LABEL_MIN) -> int:
    """The terminal width (characters) the side-by-side table needs for ``n_plans`` plans: a
    label column of ``label`` characters and two value columns a plan, each at least
    `_VALUE_MIN` wide and as wide as the plan's name in ``names`` (a header never cuts it)."""
    n_cols = 1 + 2 * n_plans
    # the same floors as `_column_widths`: the plan's name whole, its "without US" column folded
    floors = [max([_VALUE_MIN, len(n)]) + max([_VALUE_MIN, *(len(w) for w in n.split())])
              for n in names][:n_plans]
    floors += [2 * _VALUE_MIN] * (n_plans - len(floors))
    return label + sum(floors) + 3 * n_cols + 1


def _floors(headers: list[str], rows: list[dict[str, Any]],
            texts: list[list[str]]) -> tuple[int, list[int]]:
    """The label column's least width and each value column's (see `_column_widths`)."""
    labels = [len(r["label"]) + (4 if r["kind"] in ("denominator", "setting") else 0) for r in rows]
    label = min(_LABEL_MIN, max([len("question / figure"), *labels]))
    # a plan's own column is as wide as its name (its "without US" column folds between words)
    # review s34: and as wide as its longest number ("783,000–1,170,000"): a cell wraps between
    # words, never inside a number ("1,170,00" over "0 people" read as another figure)
    # (a range may break after its dash: `_unbroken`)
    # review s65 6: and as wide as its longest word, unit or id in any row, a setting's included
    # ("incidents/da" over "y", "hale-uav@LRC" over "K"): a cell breaks only where `_pieces` may
    return label, [max([_VALUE_MIN, len(h) if k % 2 == 0 else 0, *(len(w) for w in h.split()),
                        *(len(p) for t in texts for p in _pieces(t[k]))])
                   for k, h in enumerate(headers)]


# where a cell may break: between words, and after a range's dash ("783,000–" / "1,170,000 people")
_NUMBER_BREAKS = re.compile(r"\s+|(?<=–)")
# A token longer than this (a key path a setting names: "(incidents.support_force_responses),")
# may also break after a dot, an underscore, a slash or a hyphen, where a line would otherwise
# need its whole length; a shorter one ("incidents/day", "hale-uav@LRCK") is kept whole.
_LONG_TOKEN = 16
_PATH_BREAKS = re.compile(r"(?<=[._/-])(?=[\w(])")


def _pieces(text: str) -> list[str]:
    """The parts of a cell no line break may split: its words and a range's ends, and the parts
    of a long key path or compound (`_LONG_TOKEN`).

    >>> _pieces("1,320 incidents/day (1,200–1,440)")
    ['1,320', 'incidents/day', '(1,200–', '1,440)']
    >>> _pieces("95%; hale-uav@LRCK (incidents.support_force_responses),")
    ['95%;', 'hale-uav@LRCK', '(incidents.', 'support_', 'force_', 'responses),']
    """
    return [p for w in _NUMBER_BREAKS.split(text) if w
            for p in (_PATH_BREAKS.split(w) if len(w) > _LONG_TOKEN else [w])]


def _unbroken(text: str, width: int) -> str:
    r"""``text`` with a line break inside each word too wide for ``width`` where `_pieces` allows
    one (after a range's dash, in a long key path), the pieces packed into lines of ``width``,
    so that the terminal never folds a number ("1,170,00" over "0 people"), a unit or an id.

    >>> _unbroken("783,000–1,170,000 people", 12)
    '783,000–\n1,170,000 people'
    >>> _unbroken("queue (incidents.support_force_responses)", 14)
    'queue (incidents.\nsupport_force_\nresponses)'
    """
    return " ".join(_packed(_pieces(w), width) if len(w) > width else w for w in text.split(" "))


def _packed(pieces: list[str], width: int) -> str:
    """``pieces`` of one word joined into lines of at most ``width`` characters (one piece a
    line where a piece is wider)."""
    lines: list[str] = []
    for p in pieces:
        if lines and len(lines[-1]) + len(p) <= width:
            lines[-1] += p
        else:
            lines.append(p)
    return "\n".join(lines)


def table_width(headers: list[str], rows: list[dict[str, Any]], texts: list[list[str]]) -> int:
    """The terminal width the side-by-side table of these rows needs (its floors)."""
    label, floors = _floors(headers, rows, texts)
    return label + sum(floors) + 3 * (1 + len(headers)) + 1


def _column_widths(width: int, headers: list[str], rows: list[dict[str, Any]],
                   texts: list[list[str]]) -> list[int] | None:
    """The width of the label column and of each value column in a ``width``-wide terminal, or
    None when the table does not fit (each plan is then listed in turn).

    First the label column gets `_LABEL_MIN` characters (its longest label, if shorter) and each
    value column its floor: `_VALUE_MIN`, and its plan's name (the "without US" column: the
    longest word of its header), so a plan's name is printed whole, on one line. Then the value columns grow towards their widest number (a plan's setting,
    words, wraps in its cell rather than widen every value column: review 20 #1), and last the
    label column takes what is left, up to its longest label."""
    labels = [len(r["label"]) + (4 if r["kind"] in ("denominator", "setting") else 0) for r in rows]
    longest = max([len("question / figure"), *labels])
    label, floors = _floors(headers, rows, texts)
    wanted = [max([floor, *(len(t[j]) for r, t in zip(rows, texts, strict=True) if r["kind"] != "setting")])
              for j, floor in enumerate(floors)]
    return _grown(width, label, longest, floors, wanted)


def _grown(width: int, label: int, longest: int, floors: list[int], wanted: list[int]) -> list[int] | None:
    """The label column's and each value column's width in ``width`` characters (a table with a
    border and a space either side of each cell), each at least its floor: the value columns
    grow towards ``wanted``, then the label column takes what is left up to ``longest``; None
    when the floors do not fit.

    >>> _grown(40, 10, 20, [5, 5], [9, 5])
    [16, 9, 5]
    >>> _grown(20, 10, 20, [5, 5], [9, 5]) is None
    True
    """
    spare = width - (label + sum(floors) + 3 * (1 + len(floors)) + 1)
    if spare < 0:
        return None
    values = list(floors)
    need = sum(wanted) - sum(floors)
    if need <= spare:
        values, spare = list(wanted), spare - need
    else:  # each column grows by its share of what is left, in proportion to what it lacks
        values = [f + (w - f) * spare // need for f, w in zip(floors, wanted, strict=True)]
        spare -= sum(values) - sum(floors)
    return [label + min(spare, longest - label), *values]


def _print_key_figures(out: Any, plans: list[str], rows: list[dict[str, Any]], runs: int,
                       need: int | None = None) -> None:
    """A narrow terminal: one block per plan, one line per verdict or key figure (value as
    planned, then without the US); the full side-by-side table is in compare.html."""
    from reassure.vocabulary import plural


    heads = {r["key"] for r in rows if r["kind"] == "verdict" or r["key"] in KEY_FIGURES}
    keep = [r for r in rows if r["key"] in heads or r.get("of") in heads]  # with their settings
    inputs = getattr(rows, "inputs", ())
    out.print(f"Plans compared, {plural(runs, 'run')} each: "
              + ("the inputs that differ between the plans (each with its source ids or assumption), then "
                 if inputs else "")
              + "the verdicts and key figures of each plan, as planned (and without the US); a Monte Carlo "
              "figure with its 95% interval in parentheses. The terminal is too narrow for the side-by-side "
              f"table ({need or compare_width(len(plans), plans)} columns); write it with `--out DIR` (compare.html) "
              "or widen the terminal.", soft_wrap=False)
    for i, plan in enumerate(plans):
        out.print("")
        out.print(styled("[bold]{}[/bold]", plan))
        if inputs:
            out.print("  Inputs that differ between the plans:", highlight=False)
        for r in inputs:
            short = f" — {r['short'][i]}" if r["short"][i] else ""
            out.print(f"    {r['label']}: {r['values'][i]}{short}", highlight=False, markup=False)
        for r in keep:
            shown, shown_alone = cell_text(r, i), cell_text(r, i, "without_us")
            line = f"  {'  ↳ ' if r['kind'] in ('denominator', 'setting') else ''}{r['label']}: {shown}"
            if shown_alone != shown:
                line += f" (without the US: {shown_alone})"
            out.print(line, highlight=False)
            note = (r.get("notes") or [None] * len(plans))[i]
            if note:
                out.print(f"    {note}", highlight=False)
