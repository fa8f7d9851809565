"""Assessment section: ceasefire incidents, their detection and the response (Monte Carlo)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reassure.models._common import largest_remainder
from reassure.run.results import (
    Chart,
    Denominator,
    Figure,
    SectionResult,
    Setting,
    Table,
    Verdict,
    both_sides,
    plan_case,
    plan_label,
)
from reassure.run.section_monitoring import SENSING_REFS, sensing_refs
from reassure.vocabulary import plural

__all__ = ["COUNTED_FROM", "DETECTED_TYPE", "FEW_RUNS", "FEW_RUNS_SAY", "FEW_RUNS_WORDS", "FIGHTER_COUNTS", "MAX_WAIT_NEAR", "MC_NOISE", "SET_BY_MAX_WAIT", "UNIT_ON_SCENE", "denominator_note",
           "denominators", "detection_note", "horizon_days", "horizon_default_note", "incidents_section",
           "max_wait_words", "of_subset", "p90_digits", "per_day_label", "percentile_text", "queueing_note",
           "IN_TIME_QUESTION", "IN_TIME_VERDICT", "regime_clause", "regime_shares", "run_regime_shares", "self_reported_types", "set_by_max_wait", "share_pct", "support_force_words",
           "support_queues", "support_reads", "threshold_text", "threshold_assumed", "threshold_setting", "threshold_words",
           "line_and_site_calls", "unanswered_label", "wait_cause", "worse_with_us"]

REFS = ("incidents", "monitoring", "posture", "air", "support_force", "us_backstop")
# What the detection figures read (review r8 5: a figure's footnote lists what it reads): this
# side's sensors (the monitoring figures' own reads, `SENSING_REFS`), where, when and how long the
# incidents are (their types and regimes, counts and horizon; strikes at the protected sites by
# their weights) and the delay to report. Not the garrisons, aircraft or support force that answer.
DETECTION_REFS = (*SENSING_REFS, "incidents.types", "incidents.regimes", "incidents.dispersion",
                  "incidents.horizon", "incidents.report_latency", "posture.sites")


#: The key prefix of each incident type's detected share, a percentage (``detected_pct_strike``;
#: ``detected_<type>`` until s43, read through `reassure.renamed_ids.RENAMED_PREFIXES`).
DETECTED_TYPE = "detected_pct_"

#: When the clock of the response threshold starts (review s20 8: "of the report" read as "the
#: report's standard").
COUNTED_FROM = "counted from when the incident is reported"

#: What "a unit on scene" counts (review s37 1): the first unit of any kind, a fighter pass
#: overhead included. The model does not record which kind of unit answered each call, so the
#: figures cannot be split by kind; on the line only fighters arrive within an hour (`reassure
#: respond`: line 1 h ground 0%, helicopter 0%, air 28% on europe-2025), so the label says it.
FIGHTER_COUNTS = "a fighter pass overhead counts"
UNIT_ON_SCENE = f"a unit on scene ({FIGHTER_COUNTS})"

#: What the 95% intervals are (review s37 3), said once beside the incidents table.
MC_NOISE = ("The 95% intervals of these figures are Monte Carlo sampling noise only ({runs}, seed {seed}): how far "
            "the estimate could move with more runs of the same inputs, not uncertainty in the inputs "
            "themselves (the incident rates, durations, readiness and other planning judgements are taken as "
            "given). The 90th percentiles move most from one run count to another, so they are shown to two "
            "significant figures (the times to a unit on scene share the rounding of the smallest of them, "
            "so that rounding keeps their order)")

#: Below this many runs the incident figures are not estimates to quote: the web page says so
#: beside every result (docs/web.md), the CLI in a line above its figures, this section in its note
#: (review s65 3: `--runs 1` said "95% interval in parentheses" and showed none).
FEW_RUNS = 5
#: What is said of each figure, in the page's words (`FEW_RUNS_WORDS`).
FEW_RUNS_SAY = "is a rough estimate, and its 95% interval, where shown, rests on too few runs to be trusted"
FEW_RUNS_WORDS = f"each Monte Carlo figure {FEW_RUNS_SAY}"
#: The note in their stead (no interval is promised: one run gives none but a share of runs').
MC_FEW = ("Very few runs ({runs}, seed {seed}): " + FEW_RUNS_WORDS + f"; quote none from fewer than {FEW_RUNS} runs. "
          "An interval is Monte Carlo sampling noise only: how far the estimate could move with more runs "
          "of the same inputs, not uncertainty in the inputs themselves")

#: The headline response verdict (review s53 1): over every incident needing a unit, detected or
#: not, the one denominator both sides share. Asked of the calls (the detected ones) until s53, it
#: rewarded seeing less: mnf-u-2026's 9.9% of calls with the US backstop (47% of incidents
#: detected) read against 41.6% without (16% detected). The calls' share stays in its why.
IN_TIME_QUESTION = (f"Are more than half of all incidents needing a unit reached within the response threshold, "
                    f"{COUNTED_FROM} (an undetected incident counts as not reached)?")
#: The question's opening words, by which `compare` finds the verdict (its queueing note goes with it).
IN_TIME_VERDICT = "Are more than half of all incidents needing a unit reached within the response threshold"

#: Whether the response units keep up (review s49): a free unit for most calls when they come.
WAIT_QUESTION = "Is a response unit free for most calls when they come (fewer than half of answered calls wait)?"

#: The 90th percentiles of the times to a unit on scene, written with one rounding (review s49).
_TO_SCENE_P90 = (("incident_respond_h", "p90"), ("report_to_scene_h", "p90"),
                 ("in_theatre_report_to_scene_h", "p90"), ("respond_h", "p90"))

#: Beside a time that sits at the allowed wait (review s37 2): the setting, not a finding.
SET_BY_MAX_WAIT = "set by incidents.max_wait: calls queue until escalated"

# A percentile within this share of incidents.max_wait is read as set by it.
MAX_WAIT_NEAR = 0.10


def wait_cause(value_h: float | None, max_wait_h: float | None, escalated: float | None = None,
               q: float = 0.5, *, support_h: float | None = None, support_travel_h: float | None = None,
               activation_h: float | None = None, travel_max_h: float | None = None) -> str | None:
    """What sets a time percentile (``q``: 0.5 the median, 0.9 the 90th) over answered calls or
    incidents where calls queue, rather than the units' travel:

    * ``"max_wait"``, the allowed wait: the percentile is within `MAX_WAIT_NEAR` of it, or (a
      median, at least half the calls escalated) within the band an escalated call takes when
      nothing holds the support force up, from ``max_wait_h`` to that plus the support force's
      longest travel (``support_travel_h``);
    * ``"support_queue"`` (a median): the outside support force's limited responses. The median
      lies beyond the band, among the escalated calls (at least half the calls escalated, or
      longer than any call answered in theatre takes: ``max_wait_h`` and the longest travel of any
      unit, ``travel_max_h``), and the support force's own median for escalated calls
      (``support_h``, from the report) exceeds the band's top by more than its arrival in theatre
      (``activation_h``, paid once a run) can account for: they queue for it (review s52 1:
      nordic-baltic's 77 h median read "set by incidents.max_wait (12 h)", and cutting the wait
      to 4 h lengthened it);
    * ``"support"``: the same, but its arrival may account for the hold-up (which, the figures
      cannot tell);
    * None: none of these (no call was escalated: the setting bound nothing).

    ``escalated``: the escalated share of calls (0-1).

    >>> wait_cause(11.8, 12.0), wait_cause(6.0, 12.0), wait_cause(11.8, 12.0, escalated=0.0)
    ('max_wait', None, None)
    >>> nordic = dict(support_travel_h=14.8, activation_h=144.0, travel_max_h=22.0)
    >>> wait_cause(25.0, 12.0, 0.6, support_h=26.0, **nordic)
    'max_wait'
    >>> wait_cause(75.5, 12.0, 0.55, support_h=442.0, **nordic), wait_cause(75.5, 12.0, 0.4, support_h=442.0, **nordic)
    ('support_queue', 'support_queue')
    >>> wait_cause(75.5, 12.0, 0.55, support_h=90.0, **nordic)
    'support'
    >>> wait_cause(30.0, 12.0, 0.4, support_h=442.0, **nordic)  # an in-theatre call's time, maybe
    >>> wait_cause(75.5, 12.0, 0.55, q=0.9, support_h=442.0, **nordic)
    """
    if max_wait_h is None or not math.isfinite(max_wait_h) or max_wait_h < 0:
        return None
    if escalated is not None and escalated <= 0:  # no call waited that long
        return None
    if value_h is None or not math.isfinite(value_h):
        return None
    # (s54) 0: calls escalated at once (triage, `ESCALATED_AT_ONCE_H`): no wait to be set by,
    # but the support force may still set the time
    at_once = max_wait_h == 0
    slack_h = MAX_WAIT_NEAR * max_wait_h
    if not at_once and abs(value_h - max_wait_h) <= slack_h:
        return "max_wait"
    if q > 0.5:  # a 90th percentile's tail is the support force's: its label says so
        return None
    half_escalated = escalated is not None and escalated >= 1.0 - q
    # an escalated call waited the allowed wait, then the support force's travel, unless other
    # escalated calls or its arrival held it up
    band_top_h = max_wait_h + (support_travel_h if support_travel_h is not None and math.isfinite(support_travel_h)
                               else 0.0)
    if half_escalated and max_wait_h <= value_h <= band_top_h + slack_h:
        return None if at_once else "max_wait"
    # an escalated call's, held up by the support force: at least half the calls escalated and
    # beyond the band, or longer than any call answered in theatre takes
    beyond = value_h > band_top_h + slack_h and (
        half_escalated or travel_max_h is not None and math.isfinite(travel_max_h)
        and value_h > max_wait_h + travel_max_h + slack_h)
    if not beyond or support_h is None or not math.isfinite(support_h) or support_h <= band_top_h + slack_h:
        return None
    arrival_h = activation_h if activation_h is not None and math.isfinite(activation_h) else 0.0
    return "support_queue" if support_h > band_top_h + slack_h + arrival_h else "support"


def set_by_max_wait(value_h: float | None, max_wait_h: float | None, escalated: float | None = None,
                    q: float = 0.5, **support: float | None) -> bool:
    """Whether a time percentile is set by the allowed wait (`wait_cause` is ``"max_wait"``;
    ``support``: its support force's numbers).

    >>> set_by_max_wait(11.8, 12.0), set_by_max_wait(12.6, 12.0), set_by_max_wait(6.0, 12.0)
    (True, True, False)
    >>> set_by_max_wait(20.0, 12.0, escalated=0.6, support_travel_h=14.8), set_by_max_wait(20.0, 12.0, 0.6, q=0.9)
    (True, False)
    >>> set_by_max_wait(75.5, 12.0, 0.55, support_h=442.0, support_travel_h=14.8, activation_h=144.0)
    False
    >>> set_by_max_wait(12.0, None)
    False
    """
    return wait_cause(value_h, max_wait_h, escalated, q, **support) == "max_wait"


def at_allowed_wait(value_h: float | None, max_wait_h: float | None, escalated: float | None,
                    travel_max_h: float | None) -> bool:
    """Whether a 90th percentile over the calls in-theatre units answered is set by the allowed
    wait: such a call waits at most ``max_wait_h`` for a free unit (one waiting longer is escalated),
    then its unit's travel (at most ``travel_max_h``), so a percentile from just under the wait to
    the wait plus that travel is the wait's, where calls did wait that long (``escalated`` > 0).

    >>> at_allowed_wait(14.2, 12.0, 0.3, 3.0), at_allowed_wait(12.4, 12.0, 0.02, None)
    (True, True)
    >>> at_allowed_wait(6.0, 12.0, 0.3, 3.0), at_allowed_wait(14.2, 12.0, 0.0, 3.0), at_allowed_wait(17.0, 12.0, 0.3, 3.0)
    (False, False, False)
    """
    if value_h is None or max_wait_h is None or not math.isfinite(value_h) or max_wait_h <= 0:
        return False
    if escalated is None or escalated <= 0:  # no call waited that long
        return False
    top = max_wait_h * (1 + MAX_WAIT_NEAR) + (travel_max_h if travel_max_h is not None and math.isfinite(travel_max_h)
                                                else 0.0)
    return max_wait_h * (1 - MAX_WAIT_NEAR) <= value_h <= top


#: The 90th percentile over the calls in-theatre units answered (`at_allowed_wait`).
_IN_THEATRE_P90 = ("in_theatre_report_to_scene_h", "p90")


def support_reads(d: dict[str, Any]) -> dict[str, Any]:
    """What `wait_cause` reads of one side's incidents results beside the percentile: the
    escalated share, the support force's median for escalated calls, its longest travel and its
    arrival in theatre; and, for the words, its responses at once (its escalation units)."""
    def value(key: str) -> float | None:
        x = d.get(key)
        return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None

    return {"escalated": _v(d.get("escalated_fraction")),
            "support_h": _v((d.get("reinforcement_h") or {}).get("p50")),
            "support_travel_h": value("support_travel_max_h"), "activation_h": value("activation_h"),
            "travel_max_h": value("travel_max_h"),
            "responses": sum(1 for u in d.get("units", ()) if isinstance(u, dict) and u.get("escalation"))}


def support_queues(d: dict[str, Any], max_wait_h: float | None) -> bool:
    """Whether the escalated calls of one side's results queue for the outside support force's
    limited responses: its own median for them is `wait_cause`'s ``"support_queue"`` (every call
    in that median escalated)."""
    x = support_reads(d)
    return wait_cause(x["support_h"], max_wait_h, 1.0, support_h=x["support_h"],
                      support_travel_h=x["support_travel_h"], activation_h=x["activation_h"]) == "support_queue"


def _hours(h: float) -> str:
    return f"{h:,.0f} h" if h >= 100 else f"{h:.1f} h"


def support_force_words(cause: str, reads: list[dict[str, Any]], which: list[str],
                        it: str = "the outside support force", shown: dict[str, list[str]] | None = None) -> str:
    """Why a time is set by the outside support force (`wait_cause`'s ``"support_queue"`` or
    ``"support"``), with each side's numbers: ``reads``, each side's `support_reads`; ``which``,
    the words that name each side (``"with the US backstop"``; "" for a plan with one side);
    ``it``, the words that name the support force; ``shown``, each side's escalated share
    (``"share"``), median (``"median"``) and responses (``"responses"``) as the caller writes them
    (the headline footnotes them).

    >>> support_force_words("support_queue", [{"escalated": 0.553, "support_h": 441.8, "responses": 20,
    ...                                        "activation_h": 144.0}], [""])
    'the escalated calls (55% of calls) go to the outside support force and queue for its 20 responses at once (incidents.support_force_responses), reaching a unit a median 442 h after the report'
    """
    def each(words: list[str]) -> str:
        if len(set(words)) == 1:
            return words[0]
        return ", ".join(f"{w} {side}".strip() for w, side in zip(words, which, strict=True))

    shown = shown or {}
    shares = each(shown.get("share") or [share_pct(100 * (x["escalated"] or 0)) for x in reads])
    medians = each(shown.get("median") or [_hours(x["support_h"]) for x in reads])
    responses = each(shown.get("responses") or [plural(x["responses"], "response") for x in reads])
    text = f"the escalated calls ({shares} of calls) go to {it} and "
    if cause == "support_queue":
        text += f"queue for its {responses} at once (incidents.support_force_responses)"
    else:
        arrival = each(shown.get("arrival") or [_hours(x["activation_h"] or 0.0) for x in reads])
        text += (f"wait for its arrival in theatre ({arrival} after the first escalation of a run) or for one of its "
                 f"{responses} at once (incidents.support_force_responses)")
    return text + f", reaching a unit a median {medians} after the report"


#: (s54) ``inputs.max_wait_h`` under triage: calls no in-theatre unit reaches in time are
#: escalated at once, so no allowed wait sets a time (`wait_cause`).
ESCALATED_AT_ONCE_H = 0.0


def result_triaged(r: Any) -> bool:
    """Whether an incidents result (with-US side, which holds the inputs) was dispatched by
    triage: its inputs' ``"dispatch"`` (s54), the one place the reports read the rule from."""
    return isinstance(r, dict) and (r.get("inputs") or {}).get("dispatch") == "in_time"


def allowed_wait_h(r: dict[str, Any]) -> float | None:
    """How long a call may wait for an in-theatre unit before it is escalated, from an incidents
    result's inputs: `ESCALATED_AT_ONCE_H` under triage (s54), else ``incidents.max_wait`` (None:
    not set)."""
    return ESCALATED_AT_ONCE_H if result_triaged(r) else (r.get("inputs") or {}).get("max_wait_h")


def _escalated_when(r: dict[str, Any]) -> str:
    """Which calls the plan escalates, from its results' inputs (s54: triage or the allowed wait)."""
    return ("reaching them within the response threshold" if result_triaged(r)
            else "within incidents.max_wait")


def _decides_escalation(r: dict[str, Any]) -> str:
    return ("the response threshold, which under triage decides which calls escalate" if result_triaged(r)
            else "incidents.max_wait, which decides which calls escalate")


def max_wait_words(scenario: Any, max_wait_h: float) -> str:
    """``incidents.max_wait (12 h, an assumption of the plan)``: the setting named with its value
    and whether it is only assumed."""
    q = getattr(getattr(scenario, "incidents", None), "max_wait", None)
    assumed = q is not None and bool(getattr(q, "assumption", None)) and not getattr(q, "source", ())
    return f"incidents.max_wait ({max_wait_h:g} h{', an assumption of the plan' if assumed else ''})"


def percentile_text(e: dict[str, Any] | None) -> str | None:
    """``> 1,048,576`` for a percentile beyond the time histograms' range (the model's
    ``beyond_h``, review s37 6): reached, but later than the histograms hold, not never reached;
    None for any other percentile."""
    if not e or e.get("beyond_h") is None:
        return None
    return f"> {float(e['beyond_h']):,.0f}"


def p90_digits(*values: Any) -> int:
    """Decimals that write the smaller of a 90th percentile's values to two significant figures
    (review s37 3: the 90th percentiles move from run to run, 94 h at 20 runs, 138 h at 50): no
    value reads with fewer than two, and a value from 100 h up is rounded to tens (-1: "140 h").

    >>> p90_digits(94.3, 23.8), p90_digits(138.2, None), p90_digits(0.68, 0.70), p90_digits(None, None)
    (0, -1, 2, 1)
    """
    shown = [abs(float(v)) for v in values
             if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and v != 0]
    if not shown:
        return 1
    return 1 - math.floor(math.log10(min(shown)))


def horizon_days(scenario: Any, r: dict[str, Any] | None = None) -> tuple[float, bool]:
    """The days one incident run simulates (the run's own, ``r``; else the shipped default) and
    whether that is the shipped default (the plan leaves ``incidents.horizon`` out)."""
    from reassure.bridge.incidents import DEFAULT_HORIZON_DAYS

    default = getattr(getattr(scenario, "incidents", None), "horizon", None) is None
    days = ((r or {}).get("run") or {}).get("horizon_days")
    return float(days if days is not None else DEFAULT_HORIZON_DAYS), default


def horizon_default_note(scenario: Any, r: dict[str, Any] | None = None) -> str | None:
    """The "shipped default used" line for an incident horizon the plan leaves out (review s37
    5: it defaulted to 90 days without a word); None when the plan sets it."""
    days, default = horizon_days(scenario, r)
    if not default:
        return None
    return (f"shipped default used: incidents.horizon = {days:g} days (not set in the plan: each incident run "
            f"simulates {days:g} days, one truce cycle of the Donbas calibration in the incident model's "
            "documentation); every incident figure is over these days: set incidents.horizon to change it")


def _reference(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A published figure of data/references.toml and its first source's row."""
    import tomllib
    from importlib import resources

    doc = tomllib.loads((resources.files("reassure") / "data" / "references.toml").read_text(encoding="utf-8"))
    row = doc[name]
    sources = {s["id"]: s for s in doc.get("sources", ())}
    return row, sources[row["low"]["source"][0]]


def breakdown_timing_note(r: dict[str, Any], breakdown: str = "breaking_down") -> str | None:
    """How soon the plan's regimes have the truce break down, beside the published record
    (review s51: docs/validation.md kept CSIS's 65-193 days apart from the report, which read
    the incident figures without knowing the truce fails sooner than that record). None where
    the plan has no regime of that name or its chain starts there."""
    days = (r.get("regime_first_day_mean_days") or {}).get(breakdown, 0.0)
    if breakdown not in (r.get("regime_first_day_mean_days") or {}) or days == 0:
        return None
    row, source = _reference("ceasefire_larger_failure")
    low, high = row["low"]["value"], row["high"]["value"]
    when = ("never, on average (no regime leads to it)" if days is None
            else f"{days:.0f} days after the ceasefire on average")
    if days is None or days > high:
        compare = "later than"
    elif days < low:
        compare = "sooner than"
    else:
        compare = "within"
    return (f"The plan's regime chain (incidents.regimes) has the truce first break down {when}; "
            f"{row['cite']} puts {row['what']} at {low:g}-{high:g} days ({source['url']}), so this "
            f"truce breaks down {compare} that record"
            + (", and the incident figures count more days of breakdown than it would"
               if compare == "sooner than" else "")
            + " (docs/validation.md)")


#: How each shipped ceasefire regime reads in a sentence (review s38 1: the incident figures rest on
#: a truce that breaks down on most simulated days, said only in an appendix): "the truce holds on
#: 30% of days, erodes on 27% and breaks down on 43%". A regime of another name reads "is <name>".
REGIME_VERBS = {"holding": "holds", "eroding": "erodes", "breaking_down": "breaks down"}
#: The same, after "the plan expects the truce to" (review s53 2).
REGIME_INFINITIVES = {"holding": "hold", "eroding": "erode", "breaking_down": "break down"}

#: Where the regime shares come from, said beside them.
REGIME_SOURCE = "the plan's regime assumptions: incidents.regimes"


def regime_shares(r: dict[str, Any]) -> list[tuple[str, float]]:
    """Each ceasefire regime of one side's incident results and the share of the simulated days
    spent in it (per cent), in the plan's order: the plan's own chain's expectation over the days
    simulated (``regime_day_fraction_expected``, exact from its inputs), which is what the label
    calls the plan's regime assumptions (review s52 B: the runs' shares, a Monte Carlo estimate of
    it, had read 27/28/45% where europe-2025's chain gives 30.1/27.0/42.8%); the runs' shares
    (``regime_day_fraction``) only for results without it.

    Whole per cent that add up to 100 (largest remainders; review s49: "27%, 27% and 45%" of the
    days read as a sum short of the whole), since the label gives them as whole per cent.

    >>> regime_shares({"regime_day_fraction": {"holding": {"value": 0.25}, "breaking_down": {"value": 0.75}}})
    [('holding', 25.0), ('breaking_down', 75.0)]
    >>> [x for _, x in regime_shares({"regime_day_fraction": {"a": {"value": 0.2745}, "b": {"value": 0.2741},
    ...                                                       "c": {"value": 0.4514}}})]
    [28.0, 27.0, 45.0]
    >>> regime_shares({"regime_day_fraction": {"a": {"value": 0.27}, "b": {"value": 0.73}},
    ...                "regime_day_fraction_expected": {"a": 0.301, "b": 0.699}})
    [('a', 30.0), ('b', 70.0)]
    """
    expected = r.get("regime_day_fraction_expected")
    if isinstance(expected, dict) and expected:
        shares = [(name, 100 * float(x)) for name, x in expected.items() if isinstance(x, int | float)]
    else:
        shares = [(name, 100 * float(e["value"])) for name, e in (r.get("regime_day_fraction") or {}).items()
                  if isinstance(e, dict) and e.get("value") is not None]
    if not shares or abs(sum(x for _, x in shares) - 100) > 0.5:
        return shares  # not a split of every day: as measured
    whole = largest_remainder([x for _, x in shares], 100)
    return [(name, float(w)) for (name, _), w in zip(shares, whole, strict=True)]


def _regime_words(shares: list[tuple[str, float]], pct: Any, side: str, verbs: dict[str, str] = REGIME_VERBS,
                  verb_of: str = "is {}") -> str:
    """``the truce holds on 30% of days, erodes on 27% and breaks down on 43%`` (``verbs``: how each
    regime is said; ``verb_of``: a regime it does not name)."""
    if len(shares) == 1:
        name = shares[0][0]
        verb = verbs.get(name, verb_of.format(name.replace('_', ' ')))
        return f"the truce {verb} on every day"
    parts = []
    for k, (name, share) in enumerate(shares):
        verb = verbs.get(name, verb_of.format(name.replace('_', ' ')))
        parts.append(f"{verb} on {pct(name, share, side)}{' of days' if k == 0 else ''}")
    return "the truce " + (", ".join(parts[:-1]) + " and " + parts[-1])


def run_regime_shares(r: dict[str, Any]) -> list[tuple[str, float]]:
    """The share of the days the runs spent in each regime (per cent, whole, adding up to 100),
    the Monte Carlo draw of the plan's chain (``regime_day_fraction``); [] without it.

    >>> run_regime_shares({"regime_day_fraction": {"a": {"value": 0.379}, "b": {"value": 0.621}}})
    [('a', 38.0), ('b', 62.0)]
    """
    return regime_shares({"regime_day_fraction": r.get("regime_day_fraction") or {}})


def regime_clause(r: dict[str, Any], alone: dict[str, Any], has_us: bool = True, pct: Any = None,
                  source: str = REGIME_SOURCE, alike: str = " with and without the US backstop alike",
                  run_pct: Any = None) -> str:
    """``for a truce the plan expects to hold on 30% of days, erode on 27% and break down on 43%
    (the plan's regime assumptions: incidents.regimes; the runs drew 38%, 28% and 34%)``: the share
    of the simulated days in each ceasefire regime the plan's chain gives in expectation
    (`regime_shares`), said beside the incident figures that rest on it (review s38 1), worded as
    the plan's expectation (review s53 2: "in which the truce holds on 30% of days" read as the
    days simulated, which were 38/28/34% in that run), with the runs' own shares beside where they
    read otherwise. Results without the expected shares give the runs' ("in which the truce holds
    on ..."). Both sides run the same chain (and draw the same regime path: one seed), so the
    shares are given once where they read the same, and each side's where they do not.
    ``pct(name, share, side)`` writes an expected share (the report footnotes it), ``run_pct`` a
    run's; whole per cent by default; ``source``: where the shares come from, in the closing
    bracket; ``alike``: what says that the two sides read the same (a plan with a US backstop).
    "" without regime results.

    >>> r = {"regime_day_fraction": {"holding": {"value": 0.274}, "eroding": {"value": 0.275},
    ...                              "breaking_down": {"value": 0.451}}}
    >>> print(regime_clause(r, r, has_us=False))
    in which the truce holds on 27% of days, erodes on 28% and breaks down on 45% (the plan's regime assumptions: incidents.regimes)
    >>> print(regime_clause(r, r))
    in which the truce holds on 27% of days, erodes on 28% and breaks down on 45% with and without the US backstop alike (the plan's regime assumptions: incidents.regimes)
    >>> e = dict(r, regime_day_fraction_expected={"holding": 0.301, "eroding": 0.27, "breaking_down": 0.429})
    >>> print(regime_clause(e, e, has_us=False))
    for a truce the plan expects to hold on 30% of days, erode on 27% and break down on 43% (the plan's regime assumptions: incidents.regimes; the runs drew 27%, 28% and 45%)
    """
    if pct is None:
        def pct(_name: str, share: float, _side: str) -> str:
            return share_pct(share)
    if run_pct is None:
        def run_pct(_name: str, share: float, _side: str) -> str:
            return share_pct(share)
    shares, shares_alone = regime_shares(r), regime_shares(alone)
    if not shares:
        return ""
    expected = isinstance(r.get("regime_day_fraction_expected"), dict) and bool(r["regime_day_fraction_expected"])
    verbs, verb_of = (REGIME_INFINITIVES, "be {}") if expected else (REGIME_VERBS, "is {}")
    words = _regime_words(shares, pct, "with_us", verbs, verb_of)
    text = (f"for a truce the plan expects to {words.removeprefix('the truce ')}" if expected
            else f"in which {words}")
    plain = [(n, share_pct(x)) for n, x in shares]
    if has_us and shares_alone and [(n, share_pct(x)) for n, x in shares_alone] != plain:
        other = _regime_words(shares_alone, pct, "without_us", verbs, verb_of).removeprefix("the truce ")
        text += f" with the US backstop, {other} without"
    elif has_us:  # one seed: both sides draw the same regime path
        text += alike
    drawn = run_regime_shares(r) if expected else []
    if drawn and [(n, share_pct(x)) for n, x in drawn] != plain:
        # the same seed on both sides: one regime path, so the runs' shares once
        runs = [run_pct(n, x, "with_us") for n, x in drawn]
        return f"{text} ({source}; the runs drew {_and(runs)})"
    return f"{text} ({source})"


def _and(items: list[str]) -> str:
    """``27%, 28% and 45%``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def self_reported_types(scenario: Any) -> set[str]:
    """The plan's incident types known without a sensor pass (``self_reported``: a strike on a
    protected site is reported by the site), whose detected share is 100% by that assumption."""
    return {t.id for t in getattr(getattr(scenario, "incidents", None), "types", ())
            if getattr(t, "self_reported", False)}


def _escalation_answers_all(scenario: Any, side: dict[str, Any]) -> bool:
    """Whether, on this side, no call can go unanswered by construction: the outside support force
    is fielded (an escalation unit among the responders) and every type needing a unit lists it,
    so a call no in-theatre unit takes up is escalated to it rather than left unanswered."""
    types = [t for t in getattr(getattr(scenario, "incidents", None), "types", ()) if getattr(t, "response", False)]
    fielded = any(u.get("escalation") for u in side.get("units", ()))
    return fielded and bool(types) and all("outside_support" in getattr(t, "responders", ()) for t in types)


def unanswered_label(scenario: Any, r: dict[str, Any], alone: dict[str, Any]) -> str:
    """The label of the share of calls no unit answered (review s38 2: "0.0% (0.0-0.0)" read as a
    finding): where the plan escalates every call no in-theatre unit takes up to the outside support
    force, none is unanswered by construction, and the label says so; otherwise it says which calls
    can be left unanswered."""
    max_wait = getattr(getattr(scenario, "incidents", None), "max_wait", None)
    waited = ("within the response threshold (incidents.dispatch = \"in_time\")" if dispatches_by_triage(scenario)
              else "within incidents.max_wait" if max_wait is not None
              else "at all (incidents.max_wait not set)")
    has_us = bool(getattr(getattr(scenario, "us_backstop", None), "any", True))
    sides = [_escalation_answers_all(scenario, d) for d in ((r, alone) if has_us else (r,))]
    head = "Calls no unit answered, share of calls"
    if all(sides):
        return (f"{head} (none by construction: a call no in-theatre unit takes up {waited} is escalated to the "
                "outside support force, which every type needing a unit may call on)")
    if any(sides):
        which = "with" if sides[0] else "without"
        return (f"{head} (none by construction {which} the US backstop: a call no in-theatre unit takes up "
                f"{waited} is escalated to the outside support force; on the other side it is not fielded)")
    return (f"{head} (a call no in-theatre unit takes up {waited} is escalated to the outside support force; "
            "only a call it cannot take, or where it is not fielded, goes unanswered)")


def per_day_label(scenario: Any, r: dict[str, Any]) -> tuple[str, str, str]:
    """The incidents-a-day label from the plan's own incident types (review s37 4: "mostly
    violations that call for no unit" was written for every plan): the days simulated, which type
    dominates and whether it calls for a unit, and the types that do. Returns (label, the label
    without the plan's own words, the plan's own words for the row under it in `compare`)."""
    days, default = horizon_days(scenario, r)
    over = f"over the {days:g} days simulated{' (shipped default)' if default else ''}"
    specs = {t.id: t for t in getattr(getattr(scenario, "incidents", None), "types", ())}
    rates = {t["name"]: _v(t["incidents_per_day"]) or 0.0 for t in r.get("types", ())}
    total = sum(rates.values())
    calls = [n for n in rates if getattr(specs.get(n), "response", False)]
    words = ""
    if rates and total > 0:
        top = max(rates, key=lambda n: rates[n])
        needs = top in calls
        what = "which call for a unit" if needs else "which call for no unit"
        words = (f"mostly {top} incidents, {what}" if rates[top] >= 0.5 * total
                 else f"{top} incidents the most common, {what}")
        others = [n for n in calls if n != top]
        if others:
            words += (f" ({' and '.join(others)} incidents call for a unit)" if not needs
                      else f" (so do {' and '.join(others)} incidents)")
        elif not calls:
            words += " (no type calls for a unit)"
    # review s38 1: the truce these incidents rest on, beside them: the share of the days in each
    # regime (a truce broken down on most days reads otherwise than one that holds)
    has_us = bool(getattr(getattr(scenario, "us_backstop", None), "any", True))
    regimes = regime_clause(r, r.get("without_us") or r, has_us)
    label = f"Incidents a day {over}" + (f", {regimes}" if regimes else "") + (f", {words}" if words else "")
    setting = (f"{days:g} days simulated{' (shipped default)' if default else ''}"
               + (f", {regimes}" if regimes else "") + (f"; {words}" if words else ""))
    return label, "Incidents a day over the days simulated", setting


def detection_note(scenario: Any, r: dict[str, Any], alone: dict[str, Any],
                   monitoring: tuple[Any, Any] | None, durations: dict[str, float] | None = None) -> str | None:
    """Why the incidents model's detection chance differs from the monitoring section's for an
    event of the same length (review s37 7): the engine times passes at a revisit of twice the
    monitoring model's mean time to a first pass in each cell, a periodic approximation. Names
    the approximation and the two figures for each incident type whose duration the monitoring
    model reports; None when none does or no monitoring figures are given.
    ``monitoring``: the monitoring model's ``pd_by_duration`` with and without the US backstop;
    ``durations``: how long each type detected by sensor passes stays observable, hours (the
    incident model's own: self-reported types left out)."""
    if monitoring is None or not durations:
        return None
    has_us = bool(getattr(getattr(scenario, "us_backstop", None), "any", True))

    def by_duration(rows: Any) -> dict[float, float]:
        return {round(float(x["duration_h"]), 6): float(x["pd"]) for x in rows or ()
                if x.get("pd") is not None}

    mon, mon_alone = by_duration(monitoring[0]), by_duration(monitoring[1])
    found = {t["name"]: t for t in r.get("types", ())}
    found_alone = {t["name"]: t for t in alone.get("types", ())}
    parts = []
    for name, hours in durations.items():
        d = round(float(hours), 6)
        if name not in found or d not in mon:
            continue
        here, here_alone = _v(found[name]["detected_fraction"], 100), _v(
            (found_alone.get(name) or {}).get("detected_fraction"), 100)
        there, there_alone = 100 * mon[d], 100 * mon_alone[d] if d in mon_alone else None

        def pct(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.1f}%"

        text = f"{name} incidents ({d:g} h): {pct(here)} detected here against the monitoring section's {pct(there)}"
        if has_us:
            text += f" with the US backstop, {pct(here_alone)} against {pct(there_alone)} without"
        parts.append(text)
    if not parts:
        return None
    return ("The detection shares here differ a little from the monitoring section's chance that an event of "
            "the same length is detected, for the same sensors: the incident engine approximates each cell's "
            "irregular passes as periodic, at a revisit of twice the monitoring model's mean time to a first "
            "pass (a limit stated in the incident model's documentation), where the monitoring model uses the "
            "passes as sampled: " + "; ".join(parts))


def threshold_assumed(scenario: Any) -> bool:
    """Whether the plan's response threshold (``incidents.response_threshold``) is an assumption
    with no source: the reader is told so wherever the threshold is named."""
    q = getattr(getattr(scenario, "incidents", None), "response_threshold", None)
    return q is not None and bool(getattr(q, "assumption", None)) and not getattr(q, "source", ())


def threshold_words(scenario: Any) -> str:
    """``response threshold (assumed), counted from when the incident is reported``: what the
    threshold is, after its value (``the 1 h ...``) or ``the``."""
    return f"response threshold{' (assumed)' if threshold_assumed(scenario) else ''}, {COUNTED_FROM}"


def threshold_setting(scenario: Any) -> Setting:
    """The plan's response threshold as a `Setting` of the figures counted within it: the labels
    name no value (every plan's read the same), so a table of several plans (`reassure compare`)
    gives each plan's threshold in its own cell of the row under them, in minutes below an hour.

    >>> from types import SimpleNamespace as N
    >>> from reassure.spec._quantity import Quantity
    >>> threshold_setting(N(incidents=N(response_threshold=Quantity(value=45, unit="min", assumption="a test")))).text
    '45 min'
    >>> threshold_setting(N(incidents=N(response_threshold=Quantity(value=60, unit="min", assumption="a test")))).text
    '1 h'
    >>> threshold_setting(N(incidents=N(response_threshold=Quantity(value=100, unit="min", assumption="a test")))).text
    '100 min'
    """
    from reassure.bridge.response import response_threshold_h

    return Setting("its response threshold", threshold_text(response_threshold_h(scenario)))


def threshold_text(h: float) -> str:
    """A response threshold as a reader writes it: whole hours in hours, else whole minutes in
    minutes (review s49: 100 min read "1.66667 h" in the verdicts, "1.67 h" in the headline), else
    hours to two decimals.

    >>> [threshold_text(h) for h in (1.0, 0.75, 100 / 60, 1.25, 2.0, 1.2345)]
    ['1 h', '45 min', '100 min', '75 min', '2 h', '1.23 h']
    """
    if float(h).is_integer():
        return f"{h:g} h"
    minutes = round(h * 60, 6)
    return f"{minutes:g} min" if float(minutes).is_integer() else f"{h:.2f} h"


def _calls_of_needing(d: dict[str, Any]) -> float | None:
    """The share of one side's incidents needing a unit that are detected (its calls): those a
    unit reached, over the calls' share answered (``1 - unreached`` over ``1 - unanswered``)."""
    unreached, unanswered = _v(d.get("unreached_fraction")), _v(d.get("unanswered_fraction"))
    if unreached is None or unanswered is None or unanswered >= 1:
        return None
    return min(1.0, (1 - unreached) / (1 - unanswered))


def _v(e: dict[str, Any] | None, scale: float = 1.0) -> float | None:
    if not e or e.get("value") is None:
        return None
    return float(e["value"]) * scale


def _ci(e: dict[str, Any] | None, scale: float = 1.0) -> tuple[float, float] | None:
    if not e or not e.get("ci95") or None in e["ci95"]:
        return None
    return (float(e["ci95"][0]) * scale, float(e["ci95"][1]) * scale)


def _marked(label: str, marks: list[str]) -> str:
    """``label`` with ``marks`` inside its closing ``(hours ...)`` bracket, where the terminal and
    report keep them beside the value (`reassure.present.units.label_beside_value` drops only
    the unit word), or in a bracket of their own.

    >>> _marked("Report to scene, median (hours)", ["set by X"])
    'Report to scene, median (hours; set by X)'
    """
    if not marks:
        return label
    at = label.rfind("(hours")
    if at < 0 or not label.endswith(")"):
        return f"{label} ({'; '.join(marks)})"
    head, rest = label[:at + len("(hours")], label[at + len("(hours"):]
    return f"{head}; {'; '.join(marks)}{rest}"


def _sector(d: dict[str, Any], name: str) -> dict[str, Any] | None:
    return next((s for s in d.get("sectors", ()) if s.get("name") == name), None)


def _site_figures(r: dict[str, Any], alone: dict[str, Any], threshold: str,
                  its_threshold: Setting) -> tuple[Figure, ...]:
    """The plan's sites as their own figures (s40): the calls there answered in time, the force's
    task of protecting them; and the incidents a day at sites it cannot protect (occupied
    Zaporizhzhia NPP), counted, but calling for no unit and so in no share of calls."""
    from reassure.bridge.incidents import SITES_SECTOR, UNPROTECTABLE_SECTOR

    out: list[Figure] = []
    beyond = ", ".join(r.get("inputs", {}).get("sites_beyond_reach_names", ()))
    sites, sites_alone = _sector(r, SITES_SECTOR), _sector(alone, SITES_SECTOR)
    if sites is not None and _v(sites.get("within_threshold_fraction")) is not None:
        out.append(Figure(
            "sites_within_threshold_pct",
            f"Calls at the protected sites with {UNIT_ON_SCENE} within {threshold} share of the calls there"
            + (f" (not counting {beyond}, which the force cannot protect: no unit is sent there)" if beyond else ""),
            _v(sites["within_threshold_fraction"], 100),
            _v((sites_alone or {}).get("within_threshold_fraction"), 100), "%", REFS + ("posture.sites",), 1,
            _ci(sites["within_threshold_fraction"], 100),
            _ci((sites_alone or {}).get("within_threshold_fraction"), 100),
            common_label=f"Calls at the protected sites with {UNIT_ON_SCENE} within the response threshold, "
                         f"{COUNTED_FROM}, share of the calls there",
            setting=its_threshold))
    far, far_alone = _sector(r, UNPROTECTABLE_SECTOR), _sector(alone, UNPROTECTABLE_SECTOR)
    if far is not None:
        out.append(Figure(
            "beyond_reach_per_day",
            f"Incidents a day at sites the force cannot protect ({beyond}): counted, but no unit is sent",
            _v(far["incidents_per_day"]), _v((far_alone or {}).get("incidents_per_day")), "incidents/day",
            REFS + ("posture.sites",), 2, _ci(far["incidents_per_day"]),
            _ci((far_alone or {}).get("incidents_per_day")),
            common_label="Incidents a day at sites the force cannot protect: counted, but no unit is sent"))
    return tuple(out)


def _fig(key: str, label: str, r: dict[str, Any], alone: dict[str, Any], path: tuple[str, ...],
         unit: str, refs: tuple[str, ...], digits: int, scale: float = 1.0,
         over: Subset | None = None, setting: Setting | None = None,
         marks: tuple[str, ...] = (), common: str = "") -> Figure:
    """A figure from the estimate at ``path`` in both results, with its 95% intervals.

    ``over``: the subset the figure is taken over; ``label`` then holds ``{over}`` where the
    subset goes, filled with its shares on both sides for the plan's report (``of detected
    incidents: 55% of all incidents with the US backstop, 19% without``) and with its name alone
    in ``common_label`` (``of detected incidents``), the label a table across plans shows.
    ``setting``: the plan's own parameter the label names without its value (the response
    threshold), for that table's row under the figure.
    ``common``: the label without the plan's own settings it names (its days simulated), for
    that table; ``marks``: what this run's values need said beside them (set by the allowed wait), inside the
    label's ``(hours ...)``; the label other plans share (``common_label``) goes without them.
    A percentile beyond the time histograms' range is written ``> 1,048,576`` (hours), with
    its meaning in the label (review s37 6).
    """
    def at(d: dict[str, Any]) -> dict[str, Any] | None:
        node: Any = d
        for p in path:
            node = node.get(p) if isinstance(node, dict) else None
        return node

    denominator = None
    if over is not None:
        label, common = label.format(over=over.text), label.format(over=f"of {over.subset}")
        denominator = over.denominator
    values: list[Any] = [_v(at(r), scale), _v(at(alone), scale)]
    marked = list(marks)
    for i, d in enumerate((r, alone)):
        beyond = percentile_text(at(d))
        if beyond is not None:
            values[i] = beyond
            what = (f"{beyond} = beyond the histogram's range (over {beyond[2:]} h): reached, but later than "
                    "the model's time histograms hold; not never reached")
            if what not in marked:
                marked.append(what)
    if marked:
        common = common or label
        label = _marked(label, marked)
    return Figure(key, label, values[0], values[1], unit, refs, digits,
                  _ci(at(r), scale), _ci(at(alone), scale), common_label=common,
                  denominator=denominator, setting=setting)


@dataclass(frozen=True)
class Subset:
    """The subset a figure is taken over (``detected incidents``), a share of its ``whole``
    (``all incidents``) on each side."""

    subset: str
    whole: str
    shares: tuple[float | None, float | None]
    #: whether the plan has a US backstop: without one its two sides are one plan, and the
    #: label gives its share once (s32 review 2)
    has_us: bool = True

    @property
    def text(self) -> str:
        """The words a plan's own report puts in the label: the subset and its shares."""
        return of_subset(self.subset, self.whole, self.shares, self.has_us)

    @property
    def denominator(self) -> Denominator:
        """The shares on their own, for a cell of their own beside each plan's value (to a
        tenth of a point, as the shares' own figures: "Share of all incidents detected")."""
        return Denominator(f"{self.subset}, share of {self.whole}", *self.shares, digits=1)


def _collapse_escalation(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every ordinary unit, and of the many outside-support-force units only the busiest."""
    ordinary = [u for u in units if not u.get("escalation")]
    escalation = [u for u in units if u.get("escalation")]
    if escalation:
        ordinary.append(max(escalation, key=lambda u: _v(u["utilisation"]) or 0.0))
    return ordinary


def _utilisation_without_us(name: str, by_name: dict[str, dict[str, Any]]) -> float | str | None:
    """The same unit's utilisation without the US backstop, in per cent. Without it the force may man fewer
    garrisons, so a site's two QRFs (``qrf@site#1``, ``#2``) become one (``qrf@site``): the first
    is that one, the others are not fielded (review s11: every such row read "n/a").
    ``by_name``: the units without the US, by name."""
    if name in by_name:
        return _v(by_name[name]["utilisation"], 100)
    base, _, k = name.rpartition("#")
    if base and k == "1" and base in by_name:
        return _v(by_name[base]["utilisation"], 100)
    return "not fielded" if not name.startswith("support-force@") else None


def _in_theatre(r: dict[str, Any]) -> int:
    """In-theatre response units (the outside support force's escalation elements left out)."""
    return sum(not u.get("escalation") for u in r["units"])


def _busiest(r: dict[str, Any], alone: dict[str, Any], has_us: bool) -> str:
    """The busiest unit with the US backstop, and without it where another unit is busiest
    (without the US the force may man fewer garrisons, and fewer calls are detected)."""
    unit, unit_alone = (d["utilisation_max"].get("unit", "n/a") for d in (r, alone))
    return unit if unit_alone == unit or not has_us else f"{unit} (without the US backstop: {unit_alone})"


def share_pct(x: float | None, digits: int = 0) -> str:
    """A share in per cent to ``digits`` decimals (0 or 1), except where that would read as none
    or all of it (review 19 #6: 0.1 % never reached beside "a unit reached 100 %"): one decimal
    more there, and "<0.1%" / ">99.9%" where even one decimal rounds to 0 or 100. The report's
    tables write every share with one decimal (``digits=1``, review 19b #9).

    >>> [share_pct(x) for x in (None, 46.4, 100.0, 99.94, 99.99, 0.0, 0.3, 0.01)]
    ['n/a', '46%', '100%', '99.9%', '>99.9%', '0%', '0.3%', '<0.1%']
    >>> [share_pct(x, 1) for x in (25.0, 100.0, 0.0, 0.01, 99.999, float("nan"))]
    ['25.0%', '100.0%', '0.0%', '<0.1%', '>99.9%', 'n/a']
    """
    if x is None or not math.isfinite(x):
        return "n/a"
    for d in range(digits, 2):
        text = f"{x:,.{d}f}"
        shown = float(text.replace(",", ""))
        text = text.removeprefix("-") if shown == 0 else text  # no "-0.0%"
        if not (shown == 0 and x > 0 or shown == 100 and x < 100):
            return f"{text}%"
    return ">99.9%" if x > 50 else "<0.1%"


def denominators(r: dict[str, Any], alone: dict[str, Any]) -> dict[str, tuple[float | None, float | None]]:
    """The subsets the conditional figures are taken over, as per cent of their whole, with the
    US backstop and without: ``answered`` (answered calls, of incidents needing a response),
    ``detected`` (of all incidents), ``escalated`` (escalated calls, of calls)."""
    def answered(d: dict[str, Any]) -> float | None:
        unreached = _v(d["unreached_fraction"], 100)
        return None if unreached is None else 100 - unreached

    return {"answered": (answered(r), answered(alone)),
            "detected": (_v(r["detected_fraction"], 100), _v(alone["detected_fraction"], 100)),
            "escalated": (_v(r["escalated_fraction"], 100), _v(alone["escalated_fraction"], 100))}


def of_subset(subset: str, whole: str, shares: tuple[float | None, float | None], has_us: bool = True) -> str:
    """``of answered calls: 100% of incidents needing a response with the US backstop, 47% without``;
    for a plan with no US backstop (``has_us`` false) its own share once: it has no "with the
    US backstop" case (s32 review 2: "19% ... with the US backstop, 19% without").

    >>> of_subset("detected incidents", "all incidents", (19.0, 19.0), has_us=False)
    'of detected incidents: 19% of all incidents'
    """
    if not has_us:
        return f"of {subset}: {share_pct(shares[0])} of {whole}"
    return f"of {subset}: {share_pct(shares[0])} of {whole} with the US backstop, {share_pct(shares[1])} without"


# Points by which the two sides' subsets may differ before the times over them stop comparing.
DENOMINATOR_GAP_POINTS = 10.0


def denominator_note(r: dict[str, Any], alone: dict[str, Any]) -> str | None:
    """One line when the answered calls are a much smaller share of the incidents on one side:
    the times over answered calls then compare different sets of incidents."""
    with_us, without = denominators(r, alone)["answered"]
    if with_us is None or without is None or abs(with_us - without) <= DENOMINATOR_GAP_POINTS:
        return None
    return (f"The times over answered calls compare different sets of incidents: a unit reached "
            f"{share_pct(with_us)} of the incidents needing a response with the US backstop and {share_pct(without)} "
            "without (the rest undetected or unanswered), and fewer calls also queue less, so a shorter "
            "time over answered calls is not a faster response; compare the shares and times over all "
            "incidents needing a response")


def line_and_site_calls(d: dict[str, Any]) -> tuple[float | None, float | None]:
    """One side's calls a day from the line (every sector but the sites') and at the protected
    sites (`SectorFigures.calls_per_day`); None where the results do not say."""
    from reassure.bridge.incidents import SITES_SECTOR, UNPROTECTABLE_SECTOR

    line = site = None
    for sector in d.get("sectors", ()):
        x = _v(sector.get("calls_per_day")) if isinstance(sector, dict) else None
        if x is None or sector.get("name") == UNPROTECTABLE_SECTOR:
            continue
        if sector.get("name") == SITES_SECTOR:
            site = x
        else:
            line = (line or 0.0) + x
    return line, site


def _on_scene_words(scenario: Any) -> str:
    """``a ground QRF's 4 h for an incursion, incidents.types[*].on_scene``: how long each call type
    on the line holds a ground QRF on scene (the plan's setting, `bridge.incidents.line_on_scene_h`),
    "" where the plan does not say (or no plan is given)."""
    from reassure.bridge.incidents import line_on_scene_h

    try:
        hours = line_on_scene_h(scenario) if scenario is not None else {}
    except (AttributeError, TypeError, ValueError):  # a stand-in plan without quantities: no words
        return ""
    parts = [f"a ground QRF's {h:g} h for {'an' if name[:1] in 'aeiou' else 'a'} {name}"
             for name, h in hours.items()]
    return ", ".join(parts) + ", incidents.types[*].on_scene" if parts else ""


#: The response figures a plan's queueing note is about: the shares reached within the response
#: threshold, which read worse with the US backstop where more detected calls queue for the units.
_IN_TIME = (("within_threshold_incidents_fraction", "of all incidents needing a unit"),
            ("within_threshold_fraction", "of calls, the detected ones"))


def worse_with_us(r: dict[str, Any], alone: dict[str, Any]) -> list[str]:
    """Which shares reached within the response threshold read lower with the US backstop than
    without it, at the one decimal the report writes them (a tie as written is no reversal): of
    ``"incidents"`` needing a unit, of ``"calls"``, of the ``"sites"``' calls (review s52 C:
    mnf-u-2026's calls at the protected sites, 51.7% against 75.1%, went unexplained).

    >>> worse_with_us({"within_threshold_fraction": {"value": 0.124}}, {"within_threshold_fraction": {"value": 0.463}})
    ['calls']
    >>> worse_with_us({"within_threshold_fraction": {"value": 0.12341}}, {"within_threshold_fraction": {"value": 0.12349}})
    []

    Where both shares carry their 95 % intervals and these overlap, the difference is the runs'
    sampling noise, not a reversal (review s54: mnf-u-2026's sites, 94.4 % (93.9-94.8) against
    94.7 % (94.2-95.2), were explained as one):

    >>> worse_with_us({"within_threshold_fraction": {"value": 0.944, "ci95": [0.939, 0.948]}},
    ...               {"within_threshold_fraction": {"value": 0.947, "ci95": [0.942, 0.952]}})
    []
    """
    from reassure.bridge.incidents import SITES_SECTOR

    def lower(a: Any, b: Any) -> bool:
        x, y = _v(a, 100), _v(b, 100)
        if x is None or y is None or not round(x, 1) < round(y, 1):
            return False
        ci, ci_alone = _ci(a), _ci(b)
        return ci is None or ci_alone is None or ci[1] < ci_alone[0]

    out = [name for name, key in (("incidents", "within_threshold_incidents_fraction"),
                                  ("calls", "within_threshold_fraction"))
           if lower(r.get(key), alone.get(key))]
    sites, sites_alone = _sector(r, SITES_SECTOR), _sector(alone, SITES_SECTOR)
    if sites and sites_alone and lower(sites.get("within_threshold_fraction"),
                                       sites_alone.get("within_threshold_fraction")):
        out.append("sites")
    return out


#: (s54) Where the dispatch is first come, first served: the setting that dispatches by triage.
TRIAGE_HINT = ("; to dispatch by triage instead, a unit only to a call it reaches within the threshold, "
               "set incidents.dispatch = \"in_time\"")


def dispatches_by_triage(scenario: Any) -> bool:
    """Whether the plan's calls get units by triage (``incidents.dispatch = "in_time"``)."""
    inc = getattr(scenario, "incidents", None)
    return getattr(inc, "dispatch", "first_come") == "in_time"


def queueing_note(r: dict[str, Any], alone: dict[str, Any], scenario: Any = None) -> str | None:
    """One line when a share reached within the response threshold reads lower with the US
    backstop than without it (`worse_with_us`: of all incidents needing a unit, of calls, or of
    the calls at the protected sites): not a slower unit, but more detected calls on the line
    taking the same units first, as the model dispatches first come, first served, with no triage
    between call types (a limit of the model: docs/models/incidents.md), or, where the plan
    dispatches by triage (`dispatches_by_triage`), the first in-time call taking a unit a later
    one could have used. It names the other
    figures that read worse with the US for the same reason (escalated calls, calls that found no
    unit free, the busiest unit's time) and, where the results give them, the calls a day from
    the line and at the sites on each side; ``scenario``: the plan, for how long a line call
    holds a unit on scene. None where no share in time is lower with the US."""
    from reassure.bridge.incidents import SITES_SECTOR

    worse = worse_with_us(r, alone)
    if not worse:
        return None
    within, within_alone = _v(r.get("within_threshold_incidents_fraction"), 100), _v(
        alone.get("within_threshold_incidents_fraction"), 100)
    calls, calls_alone = _v(r.get("within_threshold_fraction"), 100), _v(alone.get("within_threshold_fraction"), 100)
    reached, reached_alone = denominators(r, alone)["answered"]
    esc, esc_alone = _v(r.get("escalated_fraction"), 100), _v(alone.get("escalated_fraction"), 100)
    seen, seen_alone = _v(r.get("detected_fraction"), 100), _v(alone.get("detected_fraction"), 100)
    sites = _v((_sector(r, SITES_SECTOR) or {}).get("within_threshold_fraction"), 100)
    sites_alone = _v((_sector(alone, SITES_SECTOR) or {}).get("within_threshold_fraction"), 100)

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.1f}%"

    if "incidents" in worse:
        text = (f"Fewer incidents are reached within the response threshold with the US backstop than "
                f"without it ({pct(within)} against {pct(within_alone)} of all incidents needing a unit; "
                f"of calls, the detected ones: {pct(calls)} against {pct(calls_alone)})")
    elif "calls" in worse:
        text = (f"A smaller share of calls (detected incidents needing a unit) is reached within the "
                f"response threshold with the US backstop than without it ({pct(calls)} against "
                f"{pct(calls_alone)}), though of all incidents needing a unit more are reached in time "
                f"with it ({pct(within)} against {pct(within_alone)})")
    else:
        text = (f"A smaller share of the calls at the protected sites is reached within the response threshold "
                f"with the US backstop than without it ({pct(sites)} against {pct(sites_alone)} of the calls "
                f"there), though of all incidents needing a unit more are reached in time with it ({pct(within)} "
                f"against {pct(within_alone)})")
    if "sites" in worse and "incidents" in worse:
        text += (f", and so are the calls at the protected sites ({pct(sites)} against {pct(sites_alone)} of "
                 "the calls there)")
    elif "sites" in worse and "calls" in worse:
        # (s54 review) after "more are reached in time with it", "and so are" read as the sites better
        text += (f"; the share of the calls at the protected sites reached in time is smaller too ({pct(sites)} "
                 f"against {pct(sites_alone)} of the calls there)")
    text += (f"; in the end a unit reaches {share_pct(reached)} of the incidents needing one with the US "
             f"backstop and {share_pct(reached_alone)} without. This is queueing, not a slower unit: ")
    line, site = line_and_site_calls(r)
    line_alone, site_alone = line_and_site_calls(alone)
    triage = dispatches_by_triage(scenario)
    if seen is not None and seen_alone is not None and seen > seen_alone:
        text += (f"the US sensors detect more incidents ({share_pct(seen)} of all incidents against "
                 f"{share_pct(seen_alone)}), and each of them that needs a unit is a call on the same response "
                 "units")  # (review s53) most detected incidents are violations that call for none
    else:
        text += "more calls fall on the same response units"
    if line is not None and line_alone is not None and line > line_alone:
        # review s52 C: in the plan's terms: the extra calls are on the line, and they come first
        held = _on_scene_words(scenario)
        text += (f": {line:,.1f} calls a day from the line against {line_alone:,.1f} without, each holding a unit "
                 + (f"for its travel, its time on scene ({held}) and its return" if held else
                    "for its travel, its time on scene and its return"))
        # (s54) under triage no call waits behind another for an in-theatre unit (said below)
        if site is not None and site_alone is not None and not triage:
            raise_ = (f"{site:,.1f} calls a day with and without the US backstop alike"
                      if f"{site:,.1f}" == f"{site_alone:,.1f}" else
                      f"{site:,.1f} calls a day with the US backstop and {site_alone:,.1f} without")
            text += f", so the protected sites' {raise_} wait behind more of the line's calls"
        elif not triage:
            text += ", so the other calls wait behind more of the line's"
    else:
        text += ", so calls wait for a free unit"
    if esc is not None and esc_alone is not None:
        when = "at once, none in theatre reaching them in time" if triage else "after incidents.max_wait"
        text += (f" ({share_pct(esc)} of calls escalated to the outside support force {when}, "
                 f"against {share_pct(esc_alone)} without")
        waited, waited_alone = _v(r.get("wait_probability"), 100), _v(alone.get("wait_probability"), 100)
        if waited is not None and waited_alone is not None and waited > waited_alone:
            text += f"; {share_pct(waited)} of answered calls found no unit free, against {share_pct(waited_alone)}"
        util, util_alone = _v(r.get("utilisation_max"), 100), _v(alone.get("utilisation_max"), 100)
        if util is not None and util_alone is not None and util > util_alone:
            text += f"; the busiest unit committed {share_pct(util)} of the days simulated, against {share_pct(util_alone)}"
        text += ")"
    if triage:
        return (text + "; without the US fewer incidents are seen. The plan dispatches by triage "
                "(incidents.dispatch = \"in_time\"): a unit goes only to a call it reaches within the "
                "threshold, but the first such call takes it, so a later call it could also have reached "
                "in time finds it busy: read detection and response apart")
    # (s48 review) say what the model leaves out: an analyst read the reversal as "US sensors slow
    # the response" (docs/models/incidents.md)
    return (text + "; without the US fewer incidents are seen, and the few calls find a unit free "
            # (s54 review) first come, first served is now the plan's own setting, not the model's only rule
            "sooner. The plan's dispatch setting (incidents.dispatch = \"first_come\"; docs/models/incidents.md), "
            "not a finding: it serves calls first come, first served, with no priority for the protected sites and no triage of the calls seen, "
            # review s53 1: story.NO_TRIAGE's counterfactual, said here once (its note, which said
            # the same limit again, is no longer added beside this one)
            "so every extra call the US sensors raise delays the calls behind it; a dispatcher who sent units "
            "to the most urgent calls first might not reach fewer incidents in time with the US backstop than "
            "without it: read detection and response apart" + TRIAGE_HINT)


def _p90_explained(r: dict[str, Any]) -> str:
    """Why the 90th percentile of the response time is what it is, in one sentence."""
    p90, in_theatre = _v(r["report_to_scene_h"]["p90"]), _v(r["in_theatre_report_to_scene_h"]["p90"])
    esc, reinforce = _v(r["escalated_fraction"]), _v(r["reinforcement_h"]["p50"])
    beyond = percentile_text(r["report_to_scene_h"]["p90"])
    if beyond is not None:  # review s37 6: answered, but later than the histograms hold
        return (f"90th percentile from report to first unit on scene: {beyond} h, beyond the histogram's range: "
                "calls were answered, but after queueing longer than the model's time histograms hold")
    if p90 is None:
        return "no call was answered: no response-time percentile"
    answered = _v(r["unreached_fraction"], 100)
    share = "" if answered is None else f" ({share_pct(100 - answered)} of the incidents needing a response)"
    text = (f"90th percentile from report to first unit on scene: {p90:.0f} h over all answered calls{share}; "
            f"{in_theatre or 0:.0f} h over the calls in-theatre units answered")
    if esc:
        text += (f". {esc:.0%} of calls found no in-theatre unit {_escalated_when(r)} and were escalated "
                 f"to the outside support force, a reinforcement whose arrival in theatre "
                 f"({r['activation_h']:.0f} h after the call, as its build-up gives it) is paid once, on the first "
                 f"escalation of a run; escalated calls reach a unit a median {reinforce or 0:.0f} h after the "
                 "report, which sets the tail: ")
        if support_queues(r, allowed_wait_h(r)):
            # review s52 1: more than its arrival and travel take: the escalated calls queue for it
            x = support_reads(r)
            text += (f"they queue for its {plural(x['responses'], 'response')} at once "
                     f"(incidents.support_force_responses), which holds them up longer than its arrival in theatre "
                     f"and its travel (up to {x['support_travel_h'] or 0:.0f} h) would: the input that makes it days "
                     "rather than hours is "
                     "incidents.support_force_responses, then support_force.readiness and the support force's "
                     "transport into theatre (its airlift, road and rail; with " + _decides_escalation(r) + ")")
        else:
            text += ("the inputs that make it days rather than hours are "
                     "support_force.readiness and the support force's transport into theatre (its airlift, road "
                     "and rail; with " + _decides_escalation(r) + ")")
    return text


@dataclass(frozen=True)
class _HeadlineShares:
    """The shares the two verdicts read, each with the US backstop and without it."""

    within: tuple[float | None, float | None]
    in_time: tuple[float | None, float | None]
    util: tuple[float | None, float | None]
    waited: tuple[float | None, float | None]
    seen: tuple[float | None, float | None]
    calls_of_needing: tuple[float | None, float | None]


def _headline_shares(r: dict[str, Any], alone: dict[str, Any]) -> _HeadlineShares:
    """Read the shares the verdicts rest on from both sides' results."""
    within, within_alone = _v(r["within_threshold_fraction"]), _v(alone["within_threshold_fraction"])
    in_time = _v(r.get("within_threshold_incidents_fraction"))
    in_time_alone = _v(alone.get("within_threshold_incidents_fraction"))
    util, util_alone = _v(r["utilisation_max"]), _v(alone["utilisation_max"])
    waited, waited_alone = _v(r.get("wait_probability")), _v(alone.get("wait_probability"))
    # (review of s49) fewer calls wait without the US where fewer incidents are detected: fewer
    # calls come, not more units; said beside the shares
    seen, seen_alone = _v(r.get("detected_fraction")), _v(alone.get("detected_fraction"))
    # (review s53) of the incidents needing a unit, the share detected (the calls): most of all
    # incidents are violations that call for none, so "55% of all incidents detected" read as
    # the calls' denominator beside two equal shares (11.9% of calls, 11.9% of incidents)
    calls_of_needing, calls_of_needing_alone = _calls_of_needing(r), _calls_of_needing(alone)
    return _HeadlineShares((within, within_alone), (in_time, in_time_alone), (util, util_alone),
                           (waited, waited_alone), (seen, seen_alone), (calls_of_needing, calls_of_needing_alone))


def _fewer_calls_words(scenario: Any, s: _HeadlineShares) -> str:
    """Words saying fewer calls wait without the US backstop because fewer are detected; else ""."""
    waited, waited_alone = s.waited
    seen, seen_alone = s.seen
    calls_of_needing, calls_of_needing_alone = s.calls_of_needing
    fewer_calls = ""
    if scenario.us_backstop.any and waited is not None and waited_alone is not None and seen is not None \
            and seen_alone is not None and waited_alone < waited and seen_alone < seen:
        detected_text = (f"{share_pct(100 * calls_of_needing_alone)} of the incidents needing a unit against "
                         f"{share_pct(100 * calls_of_needing)}" if calls_of_needing is not None
                         and calls_of_needing_alone is not None else
                         f"{share_pct(100 * seen_alone)} against {share_pct(100 * seen)}")
        fewer_calls = (f"; fewer wait without the US backstop because fewer incidents are detected ({detected_text}), "
                       "so fewer calls come, not because there are more units")
    return fewer_calls


def _support_queue_words(scenario: Any, r: dict[str, Any], alone: dict[str, Any], escalated: bool,
                         max_wait: float | None) -> str:
    """The words on the escalated calls' queue for the support force's few responses, where they queue; else ""."""
    # review s52 1: and where the escalated calls queue for the support force's few responses, that
    queues = [escalated and support_queues(d, max_wait) for d in (r, alone)]
    queue = ""
    if any(queues):
        responses = {support_reads(d)["responses"] for d, q in zip((r, alone), queues, strict=True) if q}
        which = ("" if not scenario.us_backstop.any or all(queues)
                 else " with the US backstop" if queues[0] else " without the US backstop")
        queue = (f" and the queue for its {plural(max(responses), 'response')} at once "
                 f"(incidents.support_force_responses){which}")
    return queue


def _escalated_tail(scenario: Any, escalated: bool, queue: str, triage: bool) -> tuple[str, tuple[str, ...]]:
    """What sets the response time's tail where calls are escalated (label words), and what it reads."""
    tail = (f"; its tail is set by the support force's readiness (support_force.readiness){queue}, for "
            + ("calls escalated to it at once, no in-theatre unit reaching them within the response threshold"
               if triage else "calls escalated to it after waiting longer than the allowed wait (incidents.max_wait)")
            ) if escalated else ""
    tail_refs: tuple[str, ...] = REFS
    if escalated:
        tail_refs += ("support_force.readiness",)
        if scenario.incidents.max_wait is not None and not triage:
            tail_refs += ("incidents.max_wait",)
        if queue:
            tail_refs += ("incidents.support_force_responses",)
    return tail, tail_refs


def _in_time_verdict(scenario: Any, s: _HeadlineShares, assumed: str, its_threshold: Setting) -> Verdict:
    """The verdict on whether more than half of all incidents needing a unit are reached in time."""
    within, within_alone = s.within
    in_time, in_time_alone = s.in_time
    calls_of_needing, calls_of_needing_alone = s.calls_of_needing
    return Verdict(IN_TIME_QUESTION,
                   None if in_time is None else in_time > 0.5,
                   None if in_time_alone is None else in_time_alone > 0.5,
                   # review s33: the share itself and the threshold, against the half it must exceed;
                   # review s53 1: of all incidents needing a unit, the calls' share (its denominator
                   # the plan's own detection) beside it, named as such
                   f"share of all incidents needing a unit, detected or not, whose first unit ({FIGHTER_COUNTS}) "
                   "is on scene within "
                   f"the response threshold of {its_threshold.text} (incidents.response_threshold"
                   f"{assumed.replace(' (', ', ').removesuffix(')')}), {COUNTED_FROM}: "
                   + both_sides(scenario, share_pct(None if in_time is None else 100 * in_time, 1),
                                share_pct(None if in_time_alone is None else 100 * in_time_alone, 1))
                   + ", against more than 50%; an undetected or unanswered incident counts as not reached. "
                   "Of the detected calls alone (a share of detected calls, whose number differs with the "
                   "plan's sensors"
                   + ("" if calls_of_needing is None or calls_of_needing_alone is None
                      or not scenario.us_backstop.any else
                      f": {share_pct(100 * calls_of_needing)} of the incidents needing a unit are detected "
                      f"with the US backstop, {share_pct(100 * calls_of_needing_alone)} without")
                   + "): "
                   + both_sides(scenario, share_pct(None if within is None else 100 * within, 1),
                                share_pct(None if within_alone is None else 100 * within_alone, 1)),
                   REFS, setting=its_threshold)


def _wait_verdict(scenario: Any, r: dict[str, Any], alone: dict[str, Any], s: _HeadlineShares,
                  fewer_calls: str, days: float, triage: bool) -> Verdict:
    """The verdict on whether a response unit is free for most calls when they come."""
    util, util_alone = s.util
    waited, waited_alone = s.waited
    # review s49: "is every unit busy less than all of the time?" was yes in every plan, units
    # saturated or not (a 90-day average over quiet days and busy ones): the question asked now is
    # whether a unit is free when a call comes, which a plan short of units fails
    return Verdict(WAIT_QUESTION,
                   None if waited is None else waited < 0.5, None if waited_alone is None else waited_alone < 0.5,
                   ("share of answered calls that waited for a unit (under triage, incidents.dispatch = \"in_time\", "
                    "almost all of them calls no unit in theatre reaches within the response threshold, passed at "
                    "once to the outside support force and waiting for it: this reads the support force's queue "
                    "more than whether the units in theatre were free): " if triage else
                    "share of answered calls no in-theatre unit was free to take when reported (they waited, or were "
                    "escalated): ")
                   + both_sides(scenario, share_pct(None if waited is None else 100 * waited, 1),
                                share_pct(None if waited_alone is None else 100 * waited_alone, 1))
                   + f", against less than 50% for most{fewer_calls}; the busiest unit, {_busiest(r, alone, scenario.us_backstop.any)}, "
                   f"is committed, as a share of the {days:g} days simulated, "
                   + both_sides(scenario, share_pct(None if util is None else 100 * util),
                                share_pct(None if util_alone is None else 100 * util_alone))
                   + ": an average over quiet days and busy ones, which cannot say whether units keep up", REFS)


def _side_words(sides: list[bool], has_us: bool) -> str:
    """Which side or sides a mark holds on: `` with the US backstop``, ``without`` or both; "" for one plan."""
    return ("" if not has_us else " with the US backstop" if sides == [True, False]
            else " without the US backstop" if sides == [False, True] else " with and without the US backstop")


@dataclass(frozen=True)
class _TimeMarks:
    """What a time percentile's figure says beside its value (what sets it) and its decimals."""

    r: dict[str, Any]
    alone: dict[str, Any]
    max_wait: float | None
    has_us: bool
    #: the allowed wait named with its value, "" where calls are escalated at once (triage)
    wait_words: str
    #: what `wait_cause` reads of each side (`support_reads`)
    reads: list[dict[str, Any]]
    #: each side as the marks name it
    side_words: list[str]

    def _causes(self, path: tuple[str, str], q: float,
                in_theatre: bool) -> tuple[list[float | None], list[str | None]]:
        """Each side's value of the percentile at ``path`` and what sets it."""
        values = [_v(d[path[0]][path[1]]) for d in (self.r, self.alone)]
        causes = [wait_cause(v, self.max_wait, x["escalated"], q, support_h=x["support_h"],
                             support_travel_h=x["support_travel_h"], activation_h=x["activation_h"],
                             travel_max_h=x["travel_max_h"])
                  for v, x in zip(values, self.reads, strict=True)]
        if in_theatre:
            # review s53 4: a call answered in theatre waited at most the allowed wait, then its
            # unit's travel: 14 h against a 12 h wait is that setting too, on the side it is
            causes = ["max_wait" if at_allowed_wait(v, self.max_wait, x["escalated"], x["travel_max_h"]) else c
                      for c, v, x in zip(causes, values, self.reads, strict=True)]
        return values, causes

    def _max_wait_mark(self, which: str, values: list[float | None], sides: list[bool]) -> str:
        """The mark of a time set by the allowed wait, and by the support force's travel beyond it."""
        max_wait = self.max_wait
        head, _, why = SET_BY_MAX_WAIT.partition(": ")
        # among the escalated calls beyond the wait itself: the support force's travel adds to it
        travel = [x["support_travel_h"] for x, v, on in zip(self.reads, values, sides, strict=True)
                  if on and v is not None and max_wait is not None and v > max_wait * (1 + MAX_WAIT_NEAR)
                  and x["support_travel_h"] is not None]
        what = ("that setting, not how fast a unit arrives" if not travel else
                "that setting and that travel, not how fast an in-theatre unit arrives")
        why += (f", then wait for the outside support force's travel (up to {_hours(max(travel))})"
                if travel else "")
        return f"{head.replace('incidents.max_wait', self.wait_words)}{which}: {why}, so it measures {what}"

    def queued(self, path: tuple[str, str], q: float) -> tuple[str, ...]:
        """What sets the percentile ``q`` at ``path`` on each side, where a setting does."""
        in_theatre = path == _IN_THEATRE_P90
        values, causes = self._causes(path, q, in_theatre)
        wait_words = self.wait_words
        marks: list[str] = []
        for cause in dict.fromkeys(c for c in causes if c is not None):
            sides = [c == cause for c in causes]
            which = _side_words(sides, self.has_us)
            if cause == "max_wait" and in_theatre:
                head = SET_BY_MAX_WAIT.partition(": ")[0].replace("incidents.max_wait", wait_words)
                marks.append(f"{head}{which}: a call answered in theatre waits up to that long for a free "
                             "unit, and one waiting longer is escalated, then its unit travels, so it measures "
                             "that setting and that travel, not how fast a unit arrives")
            elif cause == "max_wait":
                marks.append(self._max_wait_mark(which, values, sides))
            else:
                # review s52 1: the escalated calls queue for the support force, not for the wait
                on = [i for i, s in enumerate(sides) if s]
                marks.append(f"set by the outside support force{which}"
                             + (f", not by {wait_words}: " if wait_words else
                                ", to which calls no in-theatre unit reaches in time go at once: ")
                             + support_force_words(cause, [self.reads[i] for i in on],
                                                   [self.side_words[i] for i in on], it="it"))
        return tuple(marks)

    # review s37 3: the 90th percentiles to two significant figures; (review s49) the times to a
    # unit on scene share one rounding, that of the smallest of them, so that rounding never turns
    # round two that are ordered by definition (over all incidents >= over answered calls: 104.7 h
    # had read "100 h" beside 103.9 h's "104 h")
    def p90(self, path: tuple[str, str]) -> int:
        """The decimals of the 90th percentile at ``path``."""
        r, alone = self.r, self.alone
        if path in _TO_SCENE_P90:
            return p90_digits(*(_v(d[a][b]) for d in (r, alone) for a, b in _TO_SCENE_P90 if a in d))
        return p90_digits(_v(r[path[0]][path[1]]), _v(alone[path[0]][path[1]]))


def _detection_figures(r: dict[str, Any], alone: dict[str, Any], per_day_labels: tuple[str, str, str],
                       self_reported: set[str], detection_refs: tuple[str, ...]) -> tuple[Figure, ...]:
    """The figures of how many incidents there are and how many are detected, by type and in all."""
    per_day, per_day_common, per_day_words = per_day_labels
    return (
        Figure("incidents_per_day", per_day, _v(r["incidents_per_day"]), _v(alone["incidents_per_day"]),
               "incidents/day", ("incidents.types", "incidents.regimes", "incidents.dispersion", "incidents.horizon"),
               0, _ci(r["incidents_per_day"]), _ci(alone["incidents_per_day"]), common_label=per_day_common,
               setting=Setting("its days simulated, the truce's regimes and its incident types", per_day_words)),
        # each type's share with its 95% interval, as every other share (review s15b 3)
        # review s38 2: a self-reported type (a strike, reported by the site) is detected by that
        # assumption, not by a sensor: its 100% is no estimate, and the label says why, without an interval
        *(
            Figure(f"{DETECTED_TYPE}{t['name']}",
                   f"Share of {t['name']} incidents detected (of all {t['name']} incidents"
                   + (f"; {t['name']}s are self-reported: an assumption)" if own else ")"),
                   _v(t["detected_fraction"], 100), _v(a, 100), "%", detection_refs, 1,
                   None if own else _ci(t["detected_fraction"], 100), None if own else _ci(a, 100))
            for t in r["types"] if t["name"] != "violation"
            for a in (next((x["detected_fraction"] for x in alone["types"] if x["name"] == t["name"]), None),)
            for own in (t["name"] in self_reported,)
        ),
        # (review s37 7: how its detection approximates the monitoring model's is the section's note)
        _fig("detected_pct", "Share of all incidents detected", r, alone, ("detected_fraction",), "%", detection_refs, 1,
             100),
    )


def _in_time_figures(r: dict[str, Any], alone: dict[str, Any], threshold: str, its_threshold: Setting,
                     time_marks: _TimeMarks) -> tuple[Figure, ...]:
    """The figures over all incidents needing a response: reached in time, never reached, how soon."""
    queued, p90 = time_marks.queued, time_marks.p90
    return (
        # Over all incidents needing a response first: the one denominator both sides share.
        _fig("within_threshold_incidents_pct", f"Incidents needing a response with {UNIT_ON_SCENE} within "
             f"{threshold} share of all such incidents (undetected and unanswered count as late)",
             r, alone, ("within_threshold_incidents_fraction",), "%", REFS, 1, 100, setting=its_threshold),
        _fig("unreached_pct", "Incidents needing a response that no unit reached (undetected or unanswered), "
             "share of all such incidents", r, alone, ("unreached_fraction",), "%", REFS, 1, 100),
        _fig("incident_respond_h_p50", "Start to first unit on scene, median, of all incidents needing a response, "
             "undetected and unanswered counted as never (hours; n/a = more than half never reached)", r, alone,
             ("incident_respond_h", "p50"), "h", REFS, 1, marks=queued(("incident_respond_h", "p50"), 0.5)),
        _fig("incident_respond_h_p90", "Start to first unit on scene, 90th percentile, of all incidents needing a "
             "response, undetected and unanswered counted as never (hours; n/a = more than a tenth never "
             "reached)", r, alone, ("incident_respond_h", "p90"), "h", REFS, p90(("incident_respond_h", "p90")),
             marks=queued(("incident_respond_h", "p90"), 0.9)),
    )


def _subset_time_figures(r: dict[str, Any], alone: dict[str, Any], detection_refs: tuple[str, ...],
                         tail: str, tail_refs: tuple[str, ...], detected: Subset, answered: Subset,
                         time_marks: _TimeMarks) -> tuple[Figure, ...]:
    """The times over the detected incidents and the answered calls, each labelled with its subset."""
    queued, p90 = time_marks.queued, time_marks.p90
    return (
        # Then the times over subsets, each labelled with its subset's share on both sides.
        _fig("detect_h_p50", "Time from start to report, median, {over} (hours)", r, alone,
             ("detect_h", "p50"), "h", detection_refs, 2, over=detected),
        _fig("detect_h_p90", "Time from start to report, 90th percentile, {over} (hours)", r, alone,
             ("detect_h", "p90"), "h", detection_refs, p90(("detect_h", "p90")), over=detected),
        _fig("report_to_scene_h_p50", "Report to first unit on scene, median, {over} (hours)", r, alone,
             ("report_to_scene_h", "p50"), "h", REFS, 1, over=answered,
             marks=queued(("report_to_scene_h", "p50"), 0.5)),
        _fig("report_to_scene_h_p90", "Report to first unit on scene, 90th percentile, {over}, "
             f"support-force reinforcements included{tail} (hours)", r, alone, ("report_to_scene_h", "p90"), "h",
             tail_refs, p90(("report_to_scene_h", "p90")), over=answered,
             marks=queued(("report_to_scene_h", "p90"), 0.9)),
        _fig("in_theatre_report_to_scene_h_p90", "Report to first unit on scene, 90th percentile, of calls "
             "answered by in-theatre units (the calls not escalated to the outside support force) (hours)", r, alone, ("in_theatre_report_to_scene_h", "p90"), "h", REFS,
             p90(("in_theatre_report_to_scene_h", "p90")), marks=queued(("in_theatre_report_to_scene_h", "p90"), 0.9)),
        _fig("respond_h_p50", "Start to first unit on scene, median, {over} (hours)", r, alone,
             ("respond_h", "p50"), "h", REFS, 1, over=answered, marks=queued(("respond_h", "p50"), 0.5)),
        _fig("respond_h_p90", "Start to first unit on scene, 90th percentile, {over}, support-force "
             f"reinforcements included{tail} (hours)", r, alone, ("respond_h", "p90"), "h", tail_refs,
             p90(("respond_h", "p90")), over=answered, marks=queued(("respond_h", "p90"), 0.9)),
    )


def _escalation_figures(scenario: Any, r: dict[str, Any], alone: dict[str, Any], days: float, triage: bool,
                        queue: str, simulated: Setting, answered: Subset,
                        escalated_calls: Subset) -> tuple[Figure, ...]:
    """The figures of unanswered, escalated and waiting calls, support-force activation, the busiest unit."""
    return (
        # review s38 2: none by construction where every call waiting too long is escalated
        _fig("unanswered_pct", unanswered_label(scenario, r, alone), r, alone,
             ("unanswered_fraction",), "%", REFS, 1, 100),
        _fig("escalated_pct", "Calls escalated to the outside support force (no in-theatre unit "
             + ("reaching them within the response threshold: incidents.dispatch = \"in_time\"" if triage
                else "within incidents.max_wait") + "), share of calls",
             r, alone, ("escalated_fraction",), "%", REFS, 1, 100),
        _fig("activated_pct", f"Runs (each over the {days:g} days simulated) in which the outside support force "
             "was activated, share of runs", r, alone, ("activated_fraction",), "%", REFS, 0, 100,
             setting=simulated, common="Runs (each over the days simulated) in which the outside support force was "
                                       "activated, share of runs"),
        # (review s54) where the escalated calls queue for its few responses, the row says so (301 h
        # with the US backstop beside 11.5 h without read as a slower force)
        _fig("reinforcement_h_p50", "Report to support force on scene, median, {over} (hours; its "
             "readiness paid once per activation"
             + (f"; the escalated calls wait in{queue.removeprefix(' and')}" if queue else "") + ")",
             r, alone, ("reinforcement_h", "p50"), "h",
             REFS + (("incidents.support_force_responses",) if queue else ()), 1, over=escalated_calls),
        # review s49: the share the capacity verdict reads (it was in the JSON alone)
        _fig("waited_pct", ("Calls that waited for a unit (booked on an in-theatre unit still busy, or passed to "
                            "the support force and waiting for it), share {over}" if triage else
                            "Calls no in-theatre unit was free to take when reported (they waited, or were "
                            "escalated to the support force), share {over}"),
             r, alone, ("wait_probability",), "%", REFS, 1, 100, over=answered),
        _fig("utilisation_max_pct", f"Busiest unit's utilisation (committed time, share of the {days:g} days simulated)",
             r, alone, ("utilisation_max",), "%", REFS, 0, 100, setting=simulated,
             common="Busiest unit's utilisation (committed time, share of the days simulated)"),
    )


def _air_policing_figures(scenario: Any, r: dict[str, Any], alone: dict[str, Any], air_units: tuple[str, ...],
                          has_us: bool) -> tuple[Figure, ...]:
    """The response units the air-policing alert stations field, where the plan has them."""
    air_units_alone = tuple(r["inputs"].get("air_policing_responders_without_us", ()))
    if scenario.air_policing is None:
        return ()
    what = "Response units fielded by the air-policing alert (QRA) stations, of the in-theatre response units"
    return (
        Figure("air_policing_responders",
               (f"{what} ({_in_theatre(r)} with the US backstop, {_in_theatre(alone)} without)" if has_us
                else f"{what} ({_in_theatre(r)})")
               + (f": {', '.join(air_units)}" if air_units else ""),
               float(len(air_units)), float(len(air_units_alone)), "response units", REFS + ("air_policing",), 0,
               common_label=what,
               denominator=Denominator("in-theatre response units", float(_in_theatre(r)),
                                       float(_in_theatre(alone)), "units")),
    )


def _incident_charts(plan: str, r: dict[str, Any], alone: dict[str, Any], detected: Subset,
                     answered: Subset) -> tuple[Chart, ...]:
    """The charts: the times to detect and to respond, and each sector's calls answered in time."""
    quantiles = ("p50", "mean", "p90")
    # a sector no unit is sent to (the sites the force cannot protect) has no calls to chart
    from reassure.bridge.incidents import UNPROTECTABLE_SECTOR

    charted = [(s, a) for s, a in zip(r["sectors"], alone["sectors"], strict=True) if s["name"] != UNPROTECTABLE_SECTOR]
    return (
        Chart("response-times", f"Time to detect ({detected.text}) and to respond ({answered.text}): median, mean and "
              "90th percentile, hours", "bar",
              labels=tuple(f"detect {q}" for q in quantiles) + tuple(f"respond {q}" for q in quantiles),
              # a percentile beyond the histograms' range is drawn at their top, its least value
              series={plan: tuple(_v(r[k][q]) or r[k][q].get("beyond_h") or 0.0
                                  for k in ("detect_h", "respond_h") for q in quantiles),
                      "without": tuple(_v(alone[k][q]) or alone[k][q].get("beyond_h") or 0.0
                                       for k in ("detect_h", "respond_h") for q in quantiles)},
              x_label="hours", refs=REFS),
        Chart("sector-within", f"Calls with {UNIT_ON_SCENE} within the response threshold, {COUNTED_FROM}, "
              "share of the sector's calls", "bar",
              labels=tuple(s["name"] for s, _ in charted),
              series={plan: tuple(_v(s["within_threshold_fraction"], 100) or 0.0 for s, _ in charted),
                      "without": tuple(_v(a["within_threshold_fraction"], 100) or 0.0 for _, a in charted)},
              x_label="per cent of calls within the threshold", refs=REFS),
    )


def _incident_tables(scenario: Any, r: dict[str, Any], alone: dict[str, Any], air_units: tuple[str, ...],
                     has_us: bool) -> tuple[Table, ...]:
    """The tables: the response units and their utilisation, and the incidents by type."""
    units_alone = {a["name"]: a for a in alone["units"]}
    return (
        Table("units", "Response units and their utilisation "
              + ("(with / without the US backstop)" if has_us else f"({plan_case(scenario)})"),
              # review s65 4: in per cent, as figures.csv's busiest unit (85.9, not 0.859), the
              # unit in the key as sectors.csv's coverage_pct
              ("unit", "kind", "US", "utilisation_pct", "utilisation_without_us_pct"),
              tuple((u["name"], f"{u['kind']} (air policing)" if u["name"] in air_units else u["kind"],
                     u["us"], _v(u["utilisation"], 100),
                     _utilisation_without_us(u["name"], units_alone))
                    for u in _collapse_escalation(r["units"])), REFS),
        Table("incident_types", f"Incidents by type ({plan_case(scenario)})",
              ("type", "per_day", "detected_share"),
              tuple((t["name"], _v(t["incidents_per_day"]), _v(t["detected_fraction"])) for t in r["types"]),
              REFS),
    )


def _incident_warnings(scenario: Any, r: dict[str, Any], alone: dict[str, Any], has_us: bool) -> tuple[str, ...]:
    """The warnings: both sides', the model's notes, the file's, the 90th percentile, the default horizon."""
    # a plan with no US backstop is one plan on both sides: its warnings once
    warnings = tuple(r.get("warnings", ())) + tuple(f"without the US backstop: {w}" for w in alone.get("warnings", ())
                                                    if has_us)
    warnings += tuple(r["inputs"].get("notes", ()))
    warnings += scenario.load_warnings_about("incidents")  # e.g. a responder the plan has no unit of
    warnings += (_p90_explained(r),)
    default = horizon_default_note(scenario, r)
    if default:
        warnings = (default, *warnings)
    return warnings


def _incident_notes(scenario: Any, settings: dict[str, Any], r: dict[str, Any], alone: dict[str, Any],
                    detection: str | None) -> tuple[str, ...]:
    """The notes: what the intervals are, when breakdowns come, detection, denominators, queueing."""
    runs = r.get("run", {}).get("replications", settings.get("runs"))
    few = isinstance(runs, int) and runs < FEW_RUNS  # (review s65 3) no interval promised
    noise = (MC_FEW if few else MC_NOISE).format(
        runs=plural(runs, "run") if isinstance(runs, int) else "the runs",  # not "1 runs"
        seed=r.get("run", {}).get("seed", settings.get("seed")))
    return tuple(n for n in (noise, breakdown_timing_note(r), detection, denominator_note(r, alone),
                             queueing_note(r, alone, scenario) if scenario.us_backstop.any else None) if n)


def incidents_section(scenario: Any, settings: dict[str, Any], r: dict[str, Any],
                      monitoring: tuple[Any, Any] | None = None,
                      durations: dict[str, float] | None = None) -> SectionResult:
    """Shape the incidents report (both sides ran with the same seed, so faced the same incidents).

    ``monitoring``: the monitoring model's detection chance by event duration (``pd_by_duration``)
    with and without the US backstop, and ``durations``, how long each sensor-detected incident
    type stays observable (hours), for the note on how the two models' detection differs."""
    plan = plan_label(scenario)
    alone = r["without_us"]
    headline = _headline_shares(r, alone)
    fewer_calls = _fewer_calls_words(scenario, headline)
    days, _ = horizon_days(scenario, r)
    # The threshold's value is a footnoted figure of the scenario; labels name it, not its number.
    # Labels and the verdict's question read the same in every plan (compare matches rows by
    # them); whether the threshold is assumed is said in the verdict's why and the headline.
    threshold = f"the response threshold, {COUNTED_FROM},"
    assumed = (" (an assumption of the plan, not a sourced standard)"
               if threshold_assumed(scenario) else "")
    # Where calls are escalated, the support force's readiness (a stated input) sets the tail of
    # the response time: the label says so and the figure is footnoted to that input.
    escalated = any(_v(x["escalated_fraction"]) for x in (r, alone))
    max_wait = allowed_wait_h(r)
    queue = _support_queue_words(scenario, r, alone, escalated, max_wait)
    triage = dispatches_by_triage(scenario)
    tail, tail_refs = _escalated_tail(scenario, escalated, queue, triage)
    # compare: each plan's threshold in its own cell under the figures counted within it (s32),
    # and under the verdict asked of it, which names no value either (s32 follow-up)
    its_threshold = threshold_setting(scenario)
    verdicts = (_in_time_verdict(scenario, headline, assumed, its_threshold),
                _wait_verdict(scenario, r, alone, headline, fewer_calls, days, triage))
    # this plan's detection reads: the band's fields only where it has a band (review s15)
    detection_refs = (*sensing_refs(scenario), *DETECTION_REFS[len(SENSING_REFS):])
    shares = denominators(r, alone)
    has_us = scenario.us_backstop.any
    detected = Subset("detected incidents", "all incidents", shares["detected"], has_us)
    answered = Subset("answered calls", "incidents needing a response", shares["answered"], has_us)
    escalated_calls = Subset("escalated calls", "calls", shares["escalated"], has_us)
    # review s37 2: a time that sits at the allowed wait is that setting, not a finding: said
    # beside it, on the sides where it is
    wait_words = max_wait_words(scenario, max_wait) if max_wait else ""  # (s54: 0 under triage)

    reads = [support_reads(d) for d in (r, alone)]
    side_words = ["with the US backstop", "without the US backstop"] if has_us else ["", ""]
    time_marks = _TimeMarks(r, alone, max_wait, has_us, wait_words, reads, side_words)
    detection = detection_note(scenario, r, alone, monitoring, durations)
    self_reported = self_reported_types(scenario)
    per_day_labels = per_day_label(scenario, r)
    simulated = Setting("its days simulated", f"{days:g} days")
    figures = (
        *_detection_figures(r, alone, per_day_labels, self_reported, detection_refs),
        *_in_time_figures(r, alone, threshold, its_threshold, time_marks),
        *_subset_time_figures(r, alone, detection_refs, tail, tail_refs, detected, answered, time_marks),
        _fig("within_threshold_pct", f"Calls with {UNIT_ON_SCENE} within {threshold} "
             "share of calls (detected incidents needing a unit)", r, alone,
             ("within_threshold_fraction",), "%", REFS, 1, 100, setting=its_threshold),
        *_site_figures(r, alone, threshold, its_threshold),
        *_escalation_figures(scenario, r, alone, days, triage, queue, simulated, answered, escalated_calls),
    )
    # Which responders the air component fields (air-policing alert stations), out of all units.
    air_units = tuple(r["inputs"].get("air_policing_responders", ()))
    figures += _air_policing_figures(scenario, r, alone, air_units, has_us)
    charts = _incident_charts(plan, r, alone, detected, answered)
    tables = _incident_tables(scenario, r, alone, air_units, has_us)
    warnings = _incident_warnings(scenario, r, alone, has_us)
    notes = _incident_notes(scenario, settings, r, alone, detection)
    data = {k: v for k, v in r.items() if k != "without_us"}
    return SectionResult("incidents", "Ceasefire incidents, detection and response", verdicts, figures, charts,
                         (), tables, {"with_us": data, "without_us": alone}, warnings, notes=notes)
