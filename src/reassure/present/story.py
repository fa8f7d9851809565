"""The top of the report: a headline and a few key numbers in plain words.

Everything here reads the assessment's figures by key (``section.key``) and skips what is
absent, so a section that renames or drops a figure shortens the story instead of breaking it.
Numbers go through `Footnotes.num`, so each keeps its own footnote.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from reassure.run.results import Figure, SectionResult
from reassure.run.section_force import FULL_TARGET, RANGE_HIGH_END

__all__ = ["NO_TRIAGE", "headline", "key_numbers", "no_triage_notes", "plain_words", "reader_names", "round_troops",
           "us_conditional_nations"]


def _e(text: object) -> str:
    import html

    return html.escape(str(text), quote=True)


def reader_names(scenario: Any) -> dict[str, str]:
    """Ids a reader does not know (site ids, air bases, nation codes) → the names they do."""
    from reassure.theatres import load_theatre

    try:
        theatre = load_theatre(scenario.theatre)
    except Exception:
        return {}
    names = {s.id: s.name for s in theatre.sites}
    names.update({b.id: f"{b.name} ({b.id})" for b in theatre.airbases})
    names.update({n.iso3: n.name for n in theatre.nations})
    return names


_SECTIONS = ("force", "contributors", "posture", "monitoring", "air_policing", "air", "support_force",
             "us_backstop", "incidents", "maritime", "costs", "horizon")
_PATH_TEXT = r"(?:" + "|".join(_SECTIONS) + r")(?:\[\d+\])?(?:\.[a-z_0-9]+)+"
# not a table named in brackets ("no [monitoring.band]"): the reader finds it in the file as
# written, where "[the band]" would name nothing (review s15); nor the tail of a longer path,
# nor the head of a keyed item ("incidents.types[incursion].responders", a load warning's field),
# nor the head of a longer path it did not match whole ("air_policing.platforms" of ".platforms.*.sortie")
_PATH = re.compile(r"`?(?<![\[.])\b(" + _PATH_TEXT + r")\b(?![\]\[]|\.[a-z_0-9*])`?")
# A path the reader must set or add stays whole, to find or type into the plan (review s15b 6:
# "(the share is not set)", "add one (the helicopters: id, type, ...)"): "X is not set",
# "X not set", and a table given with its fields in brackets, "(X: id, type, base)".
# (s54) and a setting given with its value to type, 'incidents.dispatch = "in_time"'.
_TO_EDIT = re.compile(r"`?(?: is not set| not set|: [a-z_]+(?:, [a-z_]+)*\)| = \")")
# "readiness (support_force.readiness)": the path names the input, which the footnote gives
_PATH_ASIDE = re.compile(r"\s*\(`?\b" + _PATH_TEXT + r"\b`?\)")
# "(US airlift is off: us_backstop.airlift = false)": the words already say it
_PATH_SETTING = re.compile(r":?\s*`?\b" + _PATH_TEXT + r" = (?:true|false)\b`?")
_UNIT = re.compile(r"\b([a-z][a-z-]*)@([A-Za-z0-9-]+)(?:#(\d+))?")
_CODE = re.compile(r"\b([A-Z]{3})\b")


def nation_names(text: str, names: dict[str, str]) -> str:
    """``text`` with every nation code ``names`` knows written as the nation's name (the
    terminal keeps the other ids and paths: its reader may type them back).

    >>> nation_names("binding: DEU, FRA; ISR uncovered", {"DEU": "Germany", "FRA": "France"})
    'binding: Germany, France; ISR uncovered'
    """
    return _CODE.sub(lambda m: names.get(m.group(1), m.group(1)), text)


def plain_words(text: str, names: dict[str, str]) -> str:
    """A verdict's explanation without internal paths or ids (they stay in the footnote).

    ``incidents.response_threshold`` → "the response threshold"; ``support-force@EPRZ#1`` →
    "support force unit 1 at Rzeszów-Jasionka (EPRZ)"; ``ITA`` → "Italy"; ``rivne-npp`` →
    "Rivne NPP (Varash)".
    """

    def path(m: re.Match[str]) -> str:
        last = m.group(1).rsplit(".", 1)[-1]
        if last in ("toml", "csv", "json", "geojson", "html"):
            return m.group(0)
        if _TO_EDIT.match(m.string, m.end(1)):
            return m.group(0)
        if m.group(1).startswith("us_backstop."):  # "the tanker" would not say whose (review s15)
            return ("" if m.string[:m.start()].lower().endswith("the ") else "the ") + (
                "US backstop's " + last.replace("_", " "))
        # "are the air.bases responder": "the" is there already (review s15: "the the bases")
        the = "" if m.string[:m.start()].lower().endswith("the ") else "the "
        return the + re.sub(r"\beuropean\b", "European", last.replace("_", " "))

    def unit(m: re.Match[str]) -> str:
        kind, where, k = m.group(1), m.group(2), m.group(3)
        place = names.get(where, where)
        return f"{kind.replace('-', ' ')}{f' unit {k}' if k else ''} at {place}"

    out = text.replace("P(target met)", "chance the target is met")
    # "P(25,000 troops fielded) = 28%" (the force section names the target) reads as a sentence.
    out = re.sub(r"P\(([\d,]+ troops) fielded\) = ", r"chance \1 are fielded: ", out)
    out = _UNIT.sub(unit, out)
    out = _PATH_ASIDE.sub("", out)
    out = _PATH_SETTING.sub("", out)
    out = _PATH.sub(path, out)
    out = _CODE.sub(lambda m: names.get(m.group(1), m.group(1)), out)
    for key in sorted((k for k in names if "-" in k), key=len, reverse=True):
        out = re.sub(rf"(?<![\w-]){re.escape(key)}(?![\w-])", names[key], out)
    return out.replace("`", "")


def _figures(sections: Sequence[SectionResult]) -> dict[str, Figure]:
    return {f"{s.name}.{f.key}": f for s in sections for f in s.figures}


def _ok(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _setting(sections: Sequence[SectionResult], name: str, keys: tuple[str, ...]) -> float | None:
    """A number from a section's model output (``data['with_us']``), or None."""
    node: Any = next((s.data.get("with_us") for s in sections if s.name == name), None)
    for k in keys:
        node = node.get(k) if isinstance(node, dict) else None
    return float(node) if _ok(node) else None


def _f(v: Any) -> float:
    """A figure value already checked with `_ok`, as a float."""
    return float(v)


Num = Callable[..., str]


#: How a footnote's label names the as-planned side of a plan with a US backstop.
_PLANNED = "with the US backstop as planned"


def _one_plan(num: Num, plan_has_us: bool) -> Num:
    """``num`` for a plan's prose: for a plan with no US backstop, its notes' labels name its
    figures as the report's tables do ("as planned (no US backstop)"), never "with the US
    backstop as planned" (s32 review 2)."""
    if plan_has_us:
        return num
    from types import SimpleNamespace

    from reassure.run.results import plan_label

    planned = plan_label(SimpleNamespace(us_backstop=SimpleNamespace(any=False)))  # the tables' column

    def footnoted(*args: Any, **kw: Any) -> str:
        if isinstance(kw.get("label"), str):
            kw["label"] = kw["label"].replace(_PLANNED, planned)
        return num(*args, **kw)

    return footnoted


def _n(num: Num, fig: Figure, side: str, unit: str = "", digits: int | None = None, **kw: Any) -> str:
    """A figure's value through the footnoting ``num``, labelled so it gets its own note."""
    which = _PLANNED if side == "with_us" else "without the US backstop"
    kw.setdefault("estimate", fig.is_estimate)  # rounded as the figure's table row rounds it
    return num(getattr(fig, side), fig.refs, unit, fig.digits if digits is None else digits,
               label=f"{fig.label} ({which})", **kw)


def _shown(v: Any, digits: int) -> float:
    return round(_f(v), digits)


def _differs(fig: Figure, digits: int | None = None) -> bool:
    """Whether the two sides read differently at the figure's printed precision (a side with
    no value differs from one with a value)."""
    d = fig.digits if digits is None else digits
    a, b = fig.with_us, fig.without_us
    if not (_ok(a) and _ok(b)):
        return _ok(a) != _ok(b)
    return _shown(a, d) != _shown(b, d)


def _without(num: Num, fig: Figure, unit: str = "", digits: int | None = None,
             plan_has_us: bool = True, what: str = "without the US", **kw: Any) -> str:
    """`` (X without the US)`` where the without-US side reads differently, else nothing (a
    plan with no US backstop is one plan on both sides)."""
    if not plan_has_us or not _differs(fig, digits):
        return ""
    if not _ok(fig.without_us):
        return f" (n/a {what})"
    return f" ({_n(num, fig, 'without_us', unit, digits, **kw)} {what})"


def round_troops(value: float, target: float | None = None, sig: int = 3) -> float:
    """``value`` to ``sig`` significant figures, whole troops at least (the tables' rounding:
    22,837 → 22,800), never
    across ``target``: a value short of the target never reads as meeting it (20,960 against
    21,000 → 20,900), and one that meets it never reads as short."""
    if not _ok(value) or value == 0:
        return value
    # whole troops at least: 87.4 reads 87
    step = max(1.0, 10.0 ** (math.floor(math.log10(abs(value))) - (sig - 1)))
    out = round(value / step) * step
    if target is not None and _ok(target):
        if value < target <= out:
            out = math.floor(value / step) * step
        elif out < target <= value:
            out = math.ceil(value / step) * step
    return float(round(out))


def regime_basis(scenario: Any) -> tuple[str, tuple[str, ...]]:
    """What the truce's cycle of regimes rests on, from the provenance of how long each regime lasts
    and what follows it (``incidents.regimes[*].mean_duration``, ``.next``), and those paths:
    ``an assumed cycle, from “OSCE says effect of harvest ceasefire fading” (2018) and the plan's
    assumptions``; "the plan's regime assumptions" where the plan cites no source for them."""
    from reassure.spec import walk_provenanced

    ids: dict[str, None] = {}
    paths: list[str] = []
    assumed = False
    for path, item in walk_provenanced(scenario):
        if not re.match(r"incidents\.regimes\[\d+\]\.(mean_duration|next)\b", path):
            continue
        paths.append(path)
        ids.update(dict.fromkeys(item.source))
        assumed = assumed or not item.source
    by_id = {s.id: s for s in getattr(scenario, "sources", ())}
    found = [by_id[i] for i in ids if i in by_id]
    if not found:
        return "the plan's regime assumptions", ()

    def short(src: Any) -> str:
        head = re.split(r":\s|\s\(", str(src.title), maxsplit=1)[0].strip()
        year = re.match(r"\d{4}", str(src.date or ""))
        return f"“{head}”" + (f" ({year.group(0)})" if year else "")

    words = ", ".join(short(src) for src in found)
    return f"an assumed cycle, from {words}" + (" and the plan's assumptions" if assumed else ""), tuple(paths)


def _regimes_text(sections: Sequence[SectionResult], num: Num, plan_has_us: bool,
                  scenario: Any = None) -> str:
    """``, over the 90 days simulated, for a truce the plan expects to hold on 30% of days, erode on
    27% and break down on 43% (the plan's regime assumptions; the runs drew 38%, 28% and 34%)``:
    the truce the incident figures rest on (review s38 1: that it breaks down on most simulated
    days was said only in an appendix; review s53 2: the plan's expectation, worded as such, the
    runs' own beside), each share footnoted to the plan's regimes; "" without the incidents
    model's regime results."""
    from reassure.run.section_incidents import regime_clause

    data = next((s.data for s in sections if s.name == "incidents"), None)
    if not isinstance(data, dict) or not isinstance(data.get("with_us"), dict):
        return ""
    r: dict[str, Any] = data["with_us"]
    alone: dict[str, Any] = data["without_us"] if isinstance(data.get("without_us"), dict) else r
    days = (r.get("run") or {}).get("horizon_days")
    over = f"the {days:g} days simulated" if _ok(days) else "the days simulated"
    # the days are the plan's horizon (or the shipped default): a number, footnoted as every number is
    said = (f"the {num(days, ('incidents.horizon',), 'days', 0, label='Days simulated (incidents.horizon)')} simulated"
            if _ok(days) else over)

    # review s52 B: the plan's chain's expected shares (`regime_shares`), exact from its inputs,
    # not the runs' estimate of them (that one only for results without them)
    expected = bool(r.get("regime_day_fraction_expected"))

    def pct(name: str, share: float, side: str) -> str:
        which = _PLANNED if side == "with_us" else "without the US backstop"
        what = "expected from the plan's regime chain" if expected else "over the runs"
        return num(share, ("incidents.regimes",), "%", 0, estimate=not expected,
                   label=f"Days {name.replace('_', ' ')}, share of {over}, {what} ({which})")

    # review s50: the cycle is assumed, the same draw with or without the US: say what it rests on,
    # footnoted to the regimes' lengths and turns (a year is a number: every number has its note)
    source, paths = ("the plan's regime assumptions", ()) if scenario is None else regime_basis(scenario)
    if paths:
        source = num(None, paths, label="What the truce's cycle of regimes rests on (incidents.regimes)",
                     text=source)
    def drawn(name: str, share: float, side: str) -> str:  # review s53 2: the runs' own, beside
        return num(share, ("incidents.regimes",), "%", 0, estimate=True,
                   label=f"Days {name.replace('_', ' ')}, share of {over}, over the runs ({_PLANNED})")

    clause = regime_clause(r, alone, plan_has_us, pct, source=source, alike=" with or without the US",
                           run_pct=drawn)
    return f", over {said}, {clause}" if clause else ""


def _lower_with_us_note(f: dict[str, Figure], num: Num, sections: Sequence[SectionResult] = ()) -> str:
    """Why fewer incidents may be reached in time with the US backstop than without (queueing),
    in one clause, or "". ``sections``: the assessment's, for whether the extra calls are the
    line's (`section_incidents.line_and_site_calls`), as the clause then says."""
    within = f.get("incidents.within_threshold_incidents_pct")
    detected = f.get("incidents.detected_pct")
    if not (within and _ok(within.with_us) and _ok(within.without_us)
            and _f(within.with_us) < _f(within.without_us)):
        return ""
    seen = ""
    if detected and _ok(detected.with_us) and _ok(detected.without_us):
        seen = (f" ({_n(num, detected, 'with_us', '%', 0)} of all incidents against "
                f"{_n(num, detected, 'without_us', '%', 0)})")
    # review s52 C: in the plan's terms: where the extra calls are the line's, they take the units first
    from reassure.run.section_incidents import line_and_site_calls

    data = next((s.data for s in sections if s.name == "incidents"), None)
    line = line_alone = None
    if isinstance(data, dict) and isinstance(data.get("with_us"), dict) and isinstance(data.get("without_us"), dict):
        line, line_alone = line_and_site_calls(data["with_us"])[0], line_and_site_calls(data["without_us"])[0]
    if _triaged(sections):
        # s54: the plan dispatches by triage: no first come, first served to blame
        first = "the first call a unit can reach in time takes it, so a later one finds it busy"
    else:
        first = ("the more detected calls on the line take the units first, as the model answers calls first "
                 "come, first served, with no triage between call types, so a call at a protected site waits "
                 "behind them"
                 if line is not None and line_alone is not None and line > line_alone else
                 "the model answers calls first come, first served, with no triage between call types")
    return (f"; fewer are reached in time with the US backstop because its sensors detect far more "
            f"incidents{seen}, and each of them that needs a unit is a call on the same response units, "
            f"so calls queue: the US "
            f"backstop does not slow a unit, it finds more work for the same units, and {first} ("
            + ("the plan's dispatch by triage" if "in time" in first else
               "the plan's dispatch setting, incidents.dispatch = \"first_come\"") + "; see the incidents section)")


#: Beside any with/without-US response comparison in which the US backstop does worse: the
#: dispatch rule behind it is the model's, not the plan's (`reassure.models.incidents.model`).
NO_TRIAGE = ("A limitation of the model, not a finding about the plan: calls are answered first come, "
             "first served, with no triage by urgency, so every extra call the US sensors raise delays "
             "the calls behind it; a dispatcher who sent units to the most urgent calls first might "
             "not reach fewer incidents in time with the US backstop than without it (incidents.dispatch = "
             "\"in_time\" dispatches so: a unit only to a call it reaches within the threshold).")

#: The words by which a note states the model's first-come-first-served dispatch.
FIRST_COME = "first come, first served"

#: The response-standard shares compared with and without the US backstop.
_WITHIN_KEYS = ("within_threshold_incidents_pct", "within_threshold_pct", "sites_within_threshold_pct")


def no_triage_notes(section: SectionResult, plan_has_us: bool = True) -> tuple[str, ...]:
    """``(NO_TRIAGE,)`` for the incidents section when a share reached within the response
    standard reads lower with the US backstop than without it (at its printed precision); else ()."""
    if section.name != "incidents" or not plan_has_us:
        return ()
    if _triaged([section]):
        return ()  # (s54) dispatched by triage: there is no first come, first served to name
    if any(FIRST_COME in note for note in section.notes):
        # review s53 1: the section's queueing note (`section_incidents.queueing_note`) already
        # states the limit and its counterfactual: one note, not two saying the same thing
        return ()
    for fig in section.figures:
        if fig.key in _WITHIN_KEYS and _ok(fig.with_us) and _ok(fig.without_us) \
                and _shown(fig.with_us, fig.digits) < _shown(fig.without_us, fig.digits):
            return (NO_TRIAGE,)
    return ()


def _queueing_text(f: dict[str, Figure], num: Num, has_us: bool, allowed: str | None = None,
                   sections: Sequence[SectionResult] = ()) -> str:
    """Why the answered calls wait longer with the US backstop than without, where they do (the
    reader of the headline trips on it, review s12): the incidents notes' reason, queueing, in a
    sentence; "" when they do not, or the plan has no US backstop. No number is changed.
    ``allowed``: the allowed wait in words (`_max_wait`): where the median with the US sits at it,
    it is said to be that setting, not a finding (review s37 2)."""
    wait, detected = f.get("incidents.report_to_scene_h_p50"), f.get("incidents.detected_pct")
    if not has_us or wait is None or not (_ok(wait.with_us) and _ok(wait.without_us)) \
            or _shown(wait.with_us, wait.digits) <= _shown(wait.without_us, wait.digits):
        return ""
    more = ("its sensors report more incidents" if detected is not None and _ok(detected.with_us)
            and _ok(detected.without_us) and _f(detected.with_us) > _f(detected.without_us)
            else "more calls are answered")
    head = (f"An answered call waits longer with the US backstop ({_n(num, wait, 'with_us', 'h', 1)} "
            f"median from report to a unit on scene, {_n(num, wait, 'without_us', 'h', 1)} without) "
            f"because {more}")
    if _triaged(sections):
        # (s54, review) under triage no call queues for an in-theatre unit: the calls no unit reaches
        # in time go at once to the outside support force, whose responses they queue for
        esc = f.get("incidents.escalated_pct")
        share = f" ({_n(num, esc, 'with_us', '%', 0)} of calls)" if esc is not None and _ok(esc.with_us) else ""
        responses = _support_reads(sections, "with_us")["responses"]
        return (head + f", and the calls no unit in theatre reaches within the response threshold{share} go at "
                f"once to the outside support force, days away, and queue for its {_responses(num, responses)} "
                "at once (incidents.support_force_responses): that median is the support force's, not how fast "
                "the force in theatre responds (compare the shares reached in time).")
    text = head + ", and the extra calls queue for the same units"
    cause = _wait_cause(sections, wait.with_us, "with_us") if allowed is not None else None
    if cause == "max_wait":
        return (text + f" until they are escalated: that median is set by {allowed}, not measured, and "
                "the shorter wait without it is not a faster response (compare the shares reached in time).")
    if cause in ("support_queue", "support"):
        # review s52 1: escalated, they wait again, for the support force
        responses = _support_reads(sections, "with_us")["responses"]
        return (text + f" until they are escalated, then for the outside support force's {_responses(num, responses)} "
                "at once (incidents.support_force_responses); the shorter wait without it is not a faster response "
                "(compare the shares reached in time).")
    return text + ("; the shorter wait without it is not a faster response (compare the shares reached "
                   "in time).")


def _site_rows(sections: Sequence[SectionResult], side: str) -> dict[str, dict[str, Any]]:
    """The posture model's response rows (``{site: {ground, heli, air, fastest, ...}}``, hours)."""
    data: Any = next((s.data.get(side) for s in sections if s.name == "posture"), None)
    rows = data.get("site_response_h") if isinstance(data, dict) else None
    return {r["site"]: r for r in rows or () if isinstance(r, dict) and "site" in r}


def _plants(responses: Sequence[Figure]) -> list[str]:
    return [x.key.removeprefix("fastest_response_min_") for x in responses]


def _every_plant(scenario: Any, plants: Sequence[str]) -> str:
    """Which plants the headline's times are over (review s38 3: "every protected nuclear plant"
    beside a chart of occupied Zaporizhzhia NPP at 1.2 h): the response figures time the operating
    plants the plan protects (`section_posture`), so "every operating nuclear plant", and "... the
    plan protects" where the theatre operates one the plan leaves out."""
    from reassure.run.section_posture import theatre_plants

    try:
        from reassure.theatres import load_theatre

        operating = theatre_plants(load_theatre(scenario.theatre))
    except Exception:  # noqa: BLE001 - no theatre at hand: the figures' own plants
        operating = list(plants)
    left_out = [p for p in operating if p not in set(plants)]
    return "every operating nuclear plant" + (" the plan protects" if left_out else "")


def _first_is_fighter(sections: Sequence[SectionResult], plants: Sequence[str], sides: Sequence[str]) -> bool:
    """Whether the first responder at every plant, on every side, is a fighter (air), so the
    "fastest response" figures read as "first fighter overhead", not as help on the ground."""
    for side in sides:
        rows = _site_rows(sections, side)
        for p in plants:
            row = rows.get(p)
            if not row or not _ok(row.get("air")) or not _ok(row.get("fastest")) \
                    or _f(row["air"]) > _f(row["fastest"]):
                return False
    return True


def _ground_range(sections: Sequence[SectionResult], plants: Sequence[str],
                  side: str) -> tuple[float, float] | str | None:
    """The ground unit's quickest and slowest travel from notice to the plants (hours, rounded as
    printed); "none" when a plant has no ground unit within reach; None when nothing is known."""
    rows = _site_rows(sections, side)
    if not rows or not plants:
        return None
    times = [rows.get(p, {}).get("ground") for p in plants]
    if any(not _ok(t) for t in times):
        return "none"
    return round(min(_f(t) for t in times), 1), round(max(_f(t) for t in times), 1)


def _ground_text(span: tuple[float, float] | str, num: Num, refs: tuple[str, ...], which: str) -> str:
    """``1.0 h`` / ``1.0–2.5 h`` (footnoted); "" when a plant has no ground unit within reach."""
    if isinstance(span, str):
        return ""
    lo, hi = span
    label = f"Ground unit's travel to the operating nuclear plants from notice, {{}} ({which})"
    if lo == hi:
        return num(hi, refs, "h", 1, label=label.format("slowest"))
    return (f"{num(lo, refs, '', 1, label=label.format('quickest'))}–"
            f"{num(hi, refs, 'h', 1, label=label.format('slowest'))}")


def _ground_refs(scenario: Any, sections: Sequence[SectionResult], plants: Sequence[str],
                 fallback: tuple[str, ...]) -> tuple[str, ...]:
    """What the ground unit's travel to the plants reads (review s37 8): its readiness, road speed
    and detour, where its garrison is and where the plant is (`reassure.run.section_response`),
    not the fighter figure's inputs; ``fallback`` where the scenario is not at hand."""
    if getattr(scenario, "theatre", None) is None or getattr(scenario, "air", None) is None:
        return fallback
    from reassure.run.section_response import mode_refs

    rows = [r for side in ("with_us", "without_us") for p in plants
            if (r := _site_rows(sections, side).get(p)) is not None]
    return mode_refs(scenario, rows, "ground") or fallback


def _beyond(text: str) -> str:
    """A percentile the model marks beyond its histograms (``> 1,048,576``), in words."""
    return (f"after more than {text.removeprefix('> ')} h, beyond the model's time range (calls queue "
            "without end), not never reached")


def _side_value(sections: Sequence[SectionResult], name: str, side: str, keys: tuple[str, ...]) -> float | None:
    node: Any = next((s.data.get(side) for s in sections if s.name == name), None)
    for k in keys:
        node = node.get(k) if isinstance(node, dict) else None
    return float(node) if _ok(node) else None


def _triaged(sections: Sequence[SectionResult]) -> bool:
    """Whether the incidents results were dispatched by triage (`section_incidents.result_triaged`)."""
    from reassure.run.section_incidents import result_triaged

    return any(s.name == "incidents" and result_triaged(s.data.get("with_us")) for s in sections)


def _allowed_wait(sections: Sequence[SectionResult]) -> float | None:
    """The plan's allowed wait before escalation (`section_incidents.allowed_wait_h`: 0 under
    triage, s54), from the incidents results (the same on both sides)."""
    from reassure.run.section_incidents import allowed_wait_h

    data: Any = next((s.data.get("with_us") for s in sections if s.name == "incidents"), None)
    return allowed_wait_h(data) if isinstance(data, dict) else None


def _max_wait(scenario: Any, sections: Sequence[SectionResult], num: Num) -> str | None:
    """``the 12 h[n] a call may wait before it is escalated (the plan's max wait, an assumption)``,
    its number footnoted to the parameter; None without a max wait."""
    h = _allowed_wait(sections)
    if h is None or h <= 0:  # (s54) 0: triage escalates at once, no wait
        return None
    q = getattr(getattr(scenario, "incidents", None), "max_wait", None)
    assumed = q is not None and bool(getattr(q, "assumption", None)) and not getattr(q, "source", ())
    return (f"the {num(h, ('incidents.max_wait',), 'h', 0 if float(h).is_integer() else 1, label='max wait (incidents.max_wait)')}"
            f" a call may wait before it is escalated (the plan's max wait{', an assumption' if assumed else ''})")


def _support_reads(sections: Sequence[SectionResult], side: str) -> dict[str, Any]:
    """The incidents results of ``side`` that say whether the support force holds up the escalated
    calls (`section_incidents.support_reads`)."""
    from reassure.run.section_incidents import support_reads

    data: Any = next((s.data.get(side) for s in sections if s.name == "incidents"), None)
    return support_reads(data if isinstance(data, dict) else {})


def _wait_cause(sections: Sequence[SectionResult], value: Any, side: str) -> str | None:
    """What sets a median time on ``side`` where calls queue (`section_incidents.wait_cause`): the
    allowed wait, the outside support force, or None."""
    from reassure.run.section_incidents import wait_cause

    if not _ok(value):
        return None
    x = _support_reads(sections, side)
    return wait_cause(_f(value), _allowed_wait(sections),
                      x["escalated"], support_h=x["support_h"], support_travel_h=x["support_travel_h"],
                      activation_h=x["activation_h"], travel_max_h=x["travel_max_h"])


#: What the support force's travel to a call reads (`bridge.incidents`: at the QRFs' speed and detour).
_SUPPORT_TRAVEL_REFS = ("support_force", "posture.qrf_speed", "posture.detour_factor")
_SUPPORT_ARRIVAL_REFS = ("support_force",)


def _responses(num: Num, n: int) -> str:
    """``20 responses`` (its number footnoted to incidents.support_force_responses)."""
    return (num(n, ("incidents.support_force_responses",), "", 0,
                label="Support-force responses at once (incidents.support_force_responses)")
            + (" response" if n == 1 else " responses"))


def _travel_clause(sections: Sequence[SectionResult], value: Any, side: str, num: Num) -> str:
    """``, then wait for the outside support force's travel (up to 15 h)`` where a median set by
    the allowed wait lies beyond it, among escalated calls (review s52 1: 25.5 h beside a 12 h
    wait); "" where it sits at the wait."""
    from reassure.run.section_incidents import MAX_WAIT_NEAR

    h = _allowed_wait(sections)
    travel = _support_reads(sections, side)["support_travel_h"]
    if h is None or travel is None or not _ok(value) or _f(value) <= h * (1 + MAX_WAIT_NEAR):
        return ""
    return (", then wait for the outside support force's travel (up to "
            f"{num(travel, _SUPPORT_TRAVEL_REFS, 'h', 0, label='Support force, longest travel to a call')})")


def _support_clause(f: dict[str, Figure], num: Num, sections: Sequence[SectionResult], causes: Sequence[str | None],
                    wait: str | None, has_us: bool) -> str:
    """``; with the US backstop that median is set by the outside support force, not by the 12 h a
    call may wait ...: the escalated calls (55% of calls) go to it and queue for its 20
    responses at once (incidents.support_force_responses), reaching a unit a median 442 h after the
    report`` where the escalated calls wait for the support force (review s52 1: nordic-baltic's
    median read "set by the 12 h a call may wait"; a shorter wait made it longer, more responses
    made it shorter); "" elsewhere. ``causes``: `_wait_cause` of the median on each side."""
    from reassure.run.section_incidents import support_force_words

    sides = [s for s, c in zip(("with_us", "without_us"), causes, strict=False)
             if c in ("support_queue", "support") and (has_us or s == "with_us")]
    esc, sf = f.get("incidents.escalated_pct"), f.get("incidents.reinforcement_h_p50")
    if not sides or esc is None or sf is None or not all(_ok(getattr(x, s)) for x in (esc, sf) for s in sides):
        return ""
    cause = "support_queue" if all(causes[("with_us", "without_us").index(s)] == "support_queue" for s in sides) \
        else "support"
    which = ("" if not has_us else "with and without the US backstop " if len(sides) == 2
             else "with the US backstop " if sides == ["with_us"] else "without the US backstop ")
    # each side's numbers footnoted; said once where the sides read the same
    words = support_force_words(cause, [_support_reads(sections, s) for s in sides],
                                [("with the US" if s == "with_us" else "without the US") if has_us else ""
                                 for s in sides], it="it",
                                shown={"share": [_n(num, esc, s, "%", 0) for s in sides],
                                       "median": [_n(num, sf, s, "h", 0) for s in sides],
                                       "responses": [_responses(num, _support_reads(sections, s)["responses"])
                                                     for s in sides],
                                       # s54: triage escalates at once, so the arrival is said too
                                       "arrival": [num(_support_reads(sections, s)["activation_h"] or 0.0,
                                                       _SUPPORT_ARRIVAL_REFS, "h", 0,
                                                       label="Support force, arrival in theatre after the "
                                                             "first escalation of a run")
                                                   for s in sides]})
    return f"; {which}that median is set by the outside support force{f', not by {wait}' if wait else ''}: {words}"


def _target_low(sections: Sequence[SectionResult], high: float) -> dict[str, Any] | None:
    """The force model's low end of a target range (``target_low``: its troops and whether the best
    case meets it with and without the US backstop), or None when the target is one number."""
    data: Any = next((s.data.get("with_us") for s in sections if s.name == "force"), None)
    low = data.get("target_low") if isinstance(data, dict) else None
    if not isinstance(low, dict) or not _ok(low.get("target_troops")) or _f(low["target_troops"]) >= high:
        return None
    alone: dict[str, Any] = low["without_us"] if isinstance(low.get("without_us"), dict) else {}
    return {"troops": _f(low["target_troops"]), "met_with": bool(low.get("target_met")),
            "met_without": bool(alone.get("target_met"))}


def _range_text(num: Num, target: Figure, low: dict[str, Any] | None) -> str:
    """``25,000–30,000 troops`` (each end footnoted) for a target range, else its one number."""
    high = _n(num, target, "with_us", "troops")
    if low is None:
        return high
    return (num(low["troops"], target.refs, "", 0, label="Target deployed strength (low end) (with the US backstop "
                "as planned)") + "–" + high)


#: How the headline says who must join for a target the best case fields (review s38 3: "if enough
#: uncertain nations join" beside `reassure force`'s "feasible with nations that are willing now").
_UNCERTAIN_JOIN = "if enough uncertain nations join"  # review s51: was "hesitant", a judgement
_WILLING = "with the nations that are willing now"


def _willing_now(sections: Sequence[SectionResult], side: str) -> bool:
    """Whether the force model's best-case allocation on ``side`` deploys troops of willing nations
    only (each certain to join), as its verdict says "feasible ... with nations that are willing
    now" (`reassure.models.forcegen.explanation`): no uncertain nation need join."""
    data: Any = next((s.data.get(side) for s in sections if s.name == "force"), None)
    nations = data.get("nations") if isinstance(data, dict) else None
    if not isinstance(nations, list):
        return False
    deployed = [n for n in nations if isinstance(n, dict) and _ok(n.get("deployed")) and _f(n["deployed"]) > 0]
    return bool(deployed) and all(_ok(n.get("p_join")) and _f(n["p_join"]) >= 1 for n in deployed)


def _who_joins(sections: Sequence[SectionResult], sides: Sequence[str], both: str = "") -> str:
    """``with the nations that are willing now`` where the best case on every side in ``sides``
    needs no uncertain nation, ``if enough uncertain nations join`` where it needs some on each, and
    each side's own where they differ (``both``: the words that name the two sides, "with or
    without the US backstop")."""
    willing = [_willing_now(sections, side) for side in sides]
    if all(willing):
        return f"{both} {_WILLING}".strip()
    if not any(willing):
        return f"{both} {_UNCERTAIN_JOIN}".strip()
    def words(now: bool) -> str:
        return "from the nations that are willing now" if now else _UNCERTAIN_JOIN

    return (f"with or without the US backstop: with it {words(willing[0])}, without it "
            + ("only " if not willing[1] else "") + words(willing[1]))


#: Nation names a sentence gives with "the" ("the United Kingdom, Germany and the Netherlands").
_WITH_THE = ("United ", "Netherlands", "Czech Republic", "Philippines", "Bahamas", "Gambia")


def a_or_an(shown: str) -> str:
    """The indefinite article before a number as written (footnote markup ignored): "an" where it is
    said with a vowel sound, "an 83%", "an 11%", "an 8.5%", "an 18,000"; else "a" (review s53 4:
    "a 83% chance").

    >>> [a_or_an(x) for x in ("83%", "11%", "18,000", "8.5%", "80%", "1%", "110", "<a href='#n1'>83%</a>", "n/a")]
    ['an', 'an', 'an', 'an', 'an', 'a', 'a', 'an', 'a']
    """
    m = re.search(r"\d[\d,]*", re.sub(r"<[^>]*>", "", shown))
    if m is None:
        return "a"
    lead = m.group(0).split(",")[0]  # the words start with its leading group: "eighteen thousand"
    return "an" if lead.startswith("8") or lead in ("11", "18") else "a"


def _chance_words(shown: str) -> str:
    """`` (an 83% chance)``: a chance as the headline brackets it."""
    return f" ({a_or_an(shown)} {shown} chance)"


def _with_article(name: str) -> str:
    """``the United Kingdom``, ``the Netherlands``; ``Germany`` as it is."""
    return f"the {name}" if name.startswith(_WITH_THE) else name


def us_conditional_nations(sections: Sequence[SectionResult]) -> list[str]:
    """The nations the plan counts only with a US backstop that its best case deploys with the
    backstop and leaves out without it, largest contribution first (``["United Kingdom",
    "Germany", "Netherlands", "Latvia"]`` for europe-2025), when their troops make up most of the
    difference between the two best cases; [] otherwise (review s51 2: "without the US" read as
    the loss of US enablers, where it is mostly these nations staying out). From the force
    model's result on each side (its nations' ``requires_us_backstop``, which counts US troops
    too), never a fixed list."""
    force = next((s.data for s in sections if s.name == "force"), None)
    if not isinstance(force, dict):
        return []
    w, a = force.get("with_us"), force.get("without_us")
    if not (isinstance(w, dict) and isinstance(a, dict)):
        return []
    conditional = {n.get("nation") for n in w.get("nations", ())
                   if isinstance(n, dict) and n.get("requires_us_backstop")}
    if not conditional:
        return []
    alone = {n.get("nation"): n for n in a.get("nations", ()) if isinstance(n, dict)}
    out = [n for n in w.get("nations", ()) if isinstance(n, dict) and n.get("nation") in conditional
           and _ok(n.get("deployed")) and _f(n["deployed"]) > 0
           and not (_ok(alone.get(n["nation"], {}).get("deployed")) and _f(alone[n["nation"]]["deployed"]) > 0)]
    gap = (_f(w["deployed_total"]) - _f(a["deployed_total"])
           if _ok(w.get("deployed_total")) and _ok(a.get("deployed_total")) else 0.0)
    left_out = sum(_f(n["deployed"]) for n in out)
    if gap <= 0 or left_out < gap / 2:  # not what drives the difference
        return []
    return [str(n.get("name") or n["nation"]) for n in sorted(out, key=lambda n: -_f(n["deployed"]))]


def _and_list(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _why_fewer_without(sections: Sequence[SectionResult], ending: str = "one") -> str:
    """``, as the United Kingdom, Germany, the Netherlands and Latvia join only with one``: what
    "without the US backstop" changes for the force, where the nations the plan counts only with a
    US backstop make the difference (review s51 2); "" otherwise. ``ending``: how the backstop is
    named at the end ("one" after "without the US backstop", "a US backstop" elsewhere)."""
    names = us_conditional_nations(sections)
    if not names:
        return ""
    verb = "joins" if len(names) == 1 else "join"
    return f", as {_and_list([_with_article(n) for n in names])} {verb} only with {ending}"


def _range_sentence(num: Num, target: Figure, best: Figure, odds: Figure | None, odds_low: Figure | None,
                    low: dict[str, Any], plan_has_us: bool, sections: Sequence[SectionResult] = (),
                    scenario: Any = None) -> str:
    """The headline's first sentence for a target range (review s37 9: "cannot field its 30,000
    troops" of a 25,000-30,000 target whose low end the best case fields with the US backstop):
    the range named, and what holds at each end, with and without the US backstop."""
    rng = _range_text(num, target, low)
    target_without = target.without_us if _ok(target.without_us) else target.with_us
    high_with = _f(best.with_us) >= _f(target.with_us)
    high_without = _f(best.without_us) >= _f(target_without)
    low_with, low_without = low["met_with"], low["met_without"]
    why = _why_fewer_without(sections)
    at_best = (f"{_n(num, best, 'with_us', 'troops')} at best"
               + ((f"; {_n(num, best, 'without_us', 'troops')} without the US backstop{why}" if why
                   else f", {_n(num, best, 'without_us', 'troops')} without the US") if plan_has_us else ""))

    def chance(fig: Figure | None) -> str:
        return _chance_words(_n(num, fig, 'with_us', '%', 0)) if fig is not None and _ok(fig.with_us) else ""

    if not plan_has_us:
        if high_without:
            return f"Without any US backstop the plan can field its {rng} target {_who_joins(sections, ('without_us',))}."
        if low_without:
            return (f"Without any US backstop the plan can field the low end of its {rng} target but not the "
                    f"high end: {_n(num, best, 'without_us', 'troops')} at best.")
        return (f"Without any US backstop the plan cannot field even the low end of its {rng} target: "
                f"{_n(num, best, 'without_us', 'troops')} at best.")
    if high_with and high_without:
        return (f"The plan can field its {rng} target "
                f"{_who_joins(sections, ('with_us', 'without_us'), 'with or without the US backstop')}.")
    if not low_with and not low_without:
        return f"The plan cannot field even the low end of its {rng} target, with or without the US backstop: {at_best}."
    if high_with:
        who = (f", {_WILLING}" if _willing_now(sections, "with_us")
               else f", and only if enough uncertain nations join{chance(odds)}")
        text = (f"The plan can field the high end of its {rng} target only with the US backstop{who}; without "
                f"the US it reaches {_n(num, best, 'without_us', 'troops')} at best{_why_fewer_without(sections, 'a US backstop')}")
        return text + (", enough for the low end." if low_without else ", short of the low end too.")
    text = f"The plan cannot field the high end of its {rng} target even with the US backstop ({at_best})"
    if low_with and low_without:
        return text + "; it can field the low end with or without the US backstop if enough uncertain nations join."
    if low_with:
        return (text + "; it can field the low end only with the US backstop and only if enough uncertain nations "
                f"join{chance(odds_low)}, not without it.")
    return text + "; it can field the low end only without the US backstop."


_NO_GROUND = "no ground unit within reach of every plant"


def headline(scenario: Any, sections: Sequence[SectionResult], num: Num, plan_has_us: bool) -> str:
    """One or two sentences that answer "can it be done, and does it work?"."""
    num = _one_plan(num, plan_has_us)
    f = _figures(sections)
    parts: list[str] = []
    target, best, odds = f.get("force.target_troops"), f.get("force.deployed_total"), f.get("force.p_target_met_pct")
    if target and best and _ok(target.with_us) and _ok(best.with_us) and _ok(best.without_us):
        t = _n(num, target, 'with_us', "troops")
        met_with = _f(best.with_us) >= _f(target.with_us)
        target_without = target.without_us if _ok(target.without_us) else target.with_us
        met_without = _f(best.without_us) >= _f(target_without)
        low = _target_low(sections, _f(target.with_us))
        if low is not None:
            parts.append(_range_sentence(num, target, best, odds, f.get("force.p_target_low_met_pct"), low,
                                         plan_has_us, sections, scenario))
        elif plan_has_us:
            if met_with and not met_without:
                # the best case needs every uncertain nation; the target may need fewer, so say
                # "enough" and give the chance (review s11: a 20,000 target met at 90% read "only
                # if every uncertain nation joins")
                if _willing_now(sections, "with_us"):  # review s38 3: as `reassure force` says it
                    s = f"The plan can field its {t} only with the US backstop, {_WILLING}"
                else:
                    s = (f"The plan can field its {t} only with the US backstop, and only if enough "
                         f"uncertain nations join")
                    if odds and _ok(odds.with_us):
                        s += _chance_words(_n(num, odds, 'with_us', '%', 0))
                s += (f"; without the US it reaches {_n(num, best, 'without_us', 'troops')} at best"
                      f"{_why_fewer_without(sections, 'a US backstop')}.")
            elif met_with and met_without:
                s = (f"The plan can field its {t} "
                     f"{_who_joins(sections, ('with_us', 'without_us'), 'with or without the US backstop')}.")
            else:
                why = _why_fewer_without(sections)
                s = (f"The plan cannot field its {t} even with the US backstop: "
                     f"{_n(num, best, 'with_us', 'troops')} at best, "
                     + (f"{_n(num, best, 'without_us', 'troops')} without the US backstop{why}." if why else
                        f"{_n(num, best, 'without_us', 'troops')} without the US."))
        else:
            s = (f"Without any US backstop the plan {'can' if met_without else 'cannot'} field its {t}"
                 + (f" {_who_joins(sections, ('without_us',))}" if met_without
                    else ': ' + _n(num, best, 'without_us', 'troops') + ' at best') + ".")
        if low is None:
            parts.append(s)
    # Over every incident needing a unit (undetected and unanswered counted as not reached),
    # not over the calls (the detected ones): the one denominator both sides share.
    within = f.get("incidents.within_threshold_incidents_pct")
    responses = [x for k, x in f.items() if k.startswith("posture.fastest_response_min_") and _ok(x.with_us)]
    if responses and within and _ok(within.with_us):
        slowest = max(responses, key=lambda x: _f(x.with_us))
        # the figure is the fastest of air, helicopter and ground response: usually a fighter
        # overhead, not troops on the ground, and the sentence says which
        plants = _plants(responses)
        sides = ("with_us", "without_us") if plan_has_us else ("with_us",)
        fighter = _first_is_fighter(sections, plants, sides)
        every = _every_plant(scenario, plants)
        reach = ((f"The first fighter is overhead {every} within "
                  if fighter else
                  "The first response of any kind (fighter, helicopter or ground unit, whichever is "
                  f"fastest) reaches {every} within ")
                 + _n(num, slowest, 'with_us', 'min', 0))
        if plan_has_us:
            if any(not _ok(x.without_us) for x in responses):
                reach += " (not every one without the US)"
            else:
                slowest_alone = max(responses, key=lambda x: _f(x.without_us))
                if _shown(slowest_alone.without_us, 0) != _shown(slowest.with_us, 0):
                    reach += f" ({_n(num, slowest_alone, 'without_us', 'min', 0)} without the US)"
        span = _ground_range(sections, plants, "with_us")
        if fighter and span is not None:
            ground = _ground_text(span, num, _ground_refs(scenario, sections, plants, slowest.refs), _PLANNED)
            reach += f" and a ground unit within {ground} of notice" if ground else f" ({_NO_GROUND})"
        from reassure.run.section_incidents import FIGHTER_COUNTS, threshold_text, threshold_words

        threshold = _setting(sections, "incidents", ("threshold_h",))
        # An input, not a computed figure: its note cites the parameter's own source or
        # assumption (review s20 2), not every input of the incident model.
        # (review s49) as the verdicts write it (`threshold_text`): 45 min had read "0.8 h"
        in_minutes = threshold is not None and threshold_text(threshold).endswith(" min")
        standard = ("the " + num(60 * threshold if in_minutes else threshold, ("incidents.response_threshold",),
                                 "min" if in_minutes else "h", 0 if in_minutes or threshold % 1 == 0 else 2,
                                 label="response threshold (incidents.response_threshold)")
                    + " " + threshold_words(scenario)
                    if threshold is not None else "the " + threshold_words(scenario))
        share = _n(num, within, "with_us", "%") + _without(num, within, "%", plan_has_us=plan_has_us)
        most = _f(within.with_us) >= 50
        parts.append(
            f"{reach}, {'and' if most else 'but'} a unit ({FIGHTER_COUNTS}) is on scene within {standard}, for "
            # review s51 5: "for only 13.6%" editorialised the figure: the number alone
            f"{share} of all incidents needing one (undetected and unanswered "
            f"incidents count as not reached){_regimes_text(sections, num, plan_has_us, scenario)}"
            f"{_lower_with_us_note(f, num, sections) if plan_has_us else ''}.")
    if not parts:
        return ""
    return '<p class="headline">' + " ".join(parts) + "</p>"


def _excluded_text(sections: Sequence[SectionResult]) -> str:
    """`` (occupied Zaporizhzhia NPP (Enerhodar) excluded)``: the sites of some weight the force
    cannot protect, left out of the covered share's denominator; "" when there are none."""
    from reassure.run.section_posture import plan_excluded_sites

    names = plan_excluded_sites(sections)
    return f" ({', '.join(names)} excluded)" if names else ""


def _why_cost_differs(best: Figure | None) -> str:
    """Why the troops cost differs without the US: ", which fields fewer troops" only where it does
    (review s33: iiss-small fields its 10,000 troops either way, yet read "fewer troops" beside a
    higher cost without the US); the same strength costs otherwise from other nations' troops."""
    if best is None or not (_ok(best.with_us) and _ok(best.without_us)):
        return ""
    a, b = round(_f(best.with_us)), round(_f(best.without_us))
    if b < a:
        return ", which fields fewer troops"
    if b > a:
        return ", which fields more troops"
    return ", which fields as many troops from a different mix of nations"


def _whole_plan_cost(f: dict[str, Figure], num: Num, plan: str, has_us: bool) -> str:
    """The plan's yearly operating cost in billions, with what it counts ("EUR 6.1–7.5 billion a
    year for the whole plan (troops, land enablers (air-defence), air, maritime) as planned; ..."),
    from the costs section's totals (EUR million a year); "" for a plan without them."""
    low, high = f.get("costs.total_per_year_low_eur_m"), f.get("costs.total_per_year_high_eur_m")
    if not (low and high and _ok(low.with_us) and _ok(high.with_us)):
        return ""

    def bn(fig: Figure, side: str) -> str:
        which = _PLANNED if side == "with_us" else "without the US backstop"
        return num(_f(getattr(fig, side)) / 1000, fig.refs, "", 1, label=f"{fig.label} ({which})")

    counts = f" ({low.setting.text})" if low.setting and low.setting.text else ""
    text = f"EUR {bn(low, 'with_us')}–{bn(high, 'with_us')} billion a year for the whole plan{_e(counts)} {_e(plan)}"
    if has_us and _ok(low.without_us) and _ok(high.without_us) and (
            round(_f(low.without_us) / 1000, 1) != round(_f(low.with_us) / 1000, 1)
            or round(_f(high.without_us) / 1000, 1) != round(_f(high.with_us) / 1000, 1)):
        text += f"; EUR {bn(low, 'without_us')}–{bn(high, 'without_us')} billion without the US"
    return text + "."


def key_numbers(scenario: Any, sections: Sequence[SectionResult], num: Num, plan: str) -> str:
    """Three to five numbers a reader can repeat: fielded, protected, response, watched, cost."""
    f = _figures(sections)
    has_us = bool(getattr(getattr(scenario, "us_backstop", None), "any", True))
    num = _one_plan(num, has_us)
    # Built in the order they are read: `num` numbers the footnotes as it is called.
    items = [item for item in (_fielded_item(f, sections, num, plan, has_us),
                               _protected_item(scenario, f, sections, num, plan, has_us),
                               _response_item(scenario, f, sections, num, plan, has_us),
                               _watched_item(f, sections, num, plan, has_us),
                               _cost_item(f, num, plan, has_us))
             if item is not None]
    if not items:
        return ""
    rows = "".join(f'<li><span class="k">{_e(k)}</span> <span class="v">{v}</span></li>' for k, v in items[:5])
    return f'<ul class="key-numbers">{rows}</ul>'


#: One key number: its name and its sentence (HTML).
_Item = tuple[str, str]


def _fielded_item(f: dict[str, Figure], sections: Sequence[SectionResult], num: Num, plan: str,
                  has_us: bool) -> _Item | None:
    """The troops the plan can field at best, against its target, then the strength expected
    from each nation's odds of joining."""
    best, mean = f.get("force.deployed_total"), f.get("force.strength_mean")
    target = f.get("force.target_troops")
    if not (best and _ok(best.with_us)):
        return None
    text = _best_case_text(num, best, sections, plan, has_us)
    if target and _ok(target.with_us):
        text += f" (target {_range_text(num, target, _target_low(sections, _f(target.with_us)))})"
    if mean and _ok(mean.with_us):
        text += _expected_troops_text(num, mean, target, has_us)
    return ("Troops that can be fielded", text + ".")


def _best_case_text(num: Num, best: Figure, sections: Sequence[SectionResult], plan: str,
                    has_us: bool) -> str:
    """The best case on each side, and whether it needs the nations that are not yet willing."""
    # The best case is a whole number of troops, given as it is (as in the headline).
    text = f"{_n(num, best, 'with_us', 'troops')} {_e(plan)}"
    if has_us:
        text += f", {_n(num, best, 'without_us', 'troops')} without the US"
        # review s51 2: what "without the US" changes for the force, where it is nations left out
        names = us_conditional_nations(sections)
        if names:
            text += (f" (without {_and_list([_with_article(n) for n in names])}, which the plan counts "
                     "only with a US backstop)")
    # review s38 3: a best case of willing nations alone needs no uncertain nation (iiss-small)
    sides = ("with_us", "without_us") if has_us else ("with_us",)
    return text + (f", {_WILLING} (no uncertain nation needed)"
                   if all(_willing_now(sections, side) for side in sides)
                   else ", if every uncertain nation joins")


def _expected_troops_text(num: Num, mean: Figure, target: Figure | None, has_us: bool) -> str:
    """``; N expected given each nation's odds of joining``, and the strength without the US
    where it reads differently."""
    goal = _f(target.with_us) if target and _ok(target.with_us) else None
    goal_alone = _f(target.without_us) if target and _ok(target.without_us) else goal
    text = f"; {_troops_shown(num, mean, 'with_us', goal)} expected given each nation's odds of joining"
    if has_us and _ok(mean.without_us) and round_troops(_f(mean.without_us), goal_alone) != \
            round_troops(_f(mean.with_us), goal):
        text += f" ({_troops_shown(num, mean, 'without_us', goal_alone)} without the US)"
    return text


def _troops_shown(num: Num, fig: Figure, side: str, against: float | None) -> str:
    """A strength in troops, footnoted, in the tables' rounding (3 significant figures), never
    rounded across the target ``against``."""
    value = getattr(fig, side)
    return num(round_troops(_f(value), against), fig.refs, "troops", 0,
               label=f"{fig.label} ({_PLANNED if side == 'with_us' else 'without the US backstop'})")


def _protected_item(scenario: Any, f: dict[str, Figure], sections: Sequence[SectionResult], num: Num,
                    plan: str, has_us: bool) -> _Item | None:
    """The share of the protectable sites' weight covered, by how many garrisons."""
    cover, garrisons = f.get("posture.covered_weight_percent"), f.get("posture.garrisons")
    if not (cover and _ok(cover.with_us)):
        return None
    text = _protected_text(scenario, sections, num, cover, garrisons, "with_us")
    # Without the US backstop the contributors that require it stay out: the smaller force
    # mans its own, smaller plan.
    if has_us and _ok(cover.without_us) and (
            _differs(cover, 0) or (garrisons is not None and _differs(garrisons, 0))):
        alone = _protected_text(scenario, sections, num, cover, garrisons, "without_us")
        text += f" {_e(plan)}; {alone} without the US"
    return ("What is protected", text + ".")


def _protected_text(scenario: Any, sections: Sequence[SectionResult], num: Num, cover: Figure,
                    garrisons: Figure | None, side: str) -> str:
    """One side's covered share (the as-planned side says of what), by its garrisons."""
    from reassure.run.section_posture import weights_in_mw

    text = _n(num, cover, side, "%", 0)
    if side == "with_us":
        # the denominator in words: which weighty sites it leaves out (occupied ZNPP)
        # review s50: the weight is MW (a plant's net capacity), as the figure's label says
        mw = " (MW)" if weights_in_mw(scenario) else ""
        text += f" of the weight{mw} of the protectable sites" + _excluded_text(sections)
    n = getattr(garrisons, side) if garrisons else None
    if garrisons and _ok(n):
        text += f", by {_n(num, garrisons, side)} garrison{'' if n == 1 else 's'}"
    return text


def _response_item(scenario: Any, f: dict[str, Figure], sections: Sequence[SectionResult], num: Num,
                   plan: str, has_us: bool) -> _Item | None:
    """How soon the first responder reaches the plants, and how soon a typical incident is
    reached (with whether the allowed wait, not the model, sets it)."""
    responses = [x for k, x in f.items() if k.startswith("posture.fastest_response_min_") and _ok(x.with_us)]
    # Over every incident needing a response (never reached counted as never), not over the
    # answered calls only: without the US far fewer incidents are answered at all.
    p50 = f.get("incidents.incident_respond_h_p50")
    if not (responses or (p50 and _ok(p50.with_us))):
        return None
    bits = [_first_responder_text(scenario, sections, num, plan, responses, has_us)] if responses else []
    wait = _max_wait(scenario, sections, num)
    said = False  # whether the median was said to be set by the max wait
    if p50 and _ok(p50.with_us):
        text, said = _median_reach_text(f, sections, num, p50, wait, has_us)
        bits.append(text)
    elif p50 and isinstance(p50.with_us, str):
        bits.append(f"a typical incident needing a response is reached only {_beyond(p50.with_us)}")
    queued = _queueing_text(f, num, has_us, "the same max wait" if said else wait, sections)
    return ("How fast help arrives", "; ".join(bits) + "." + (f" {queued}" if queued else ""))


def _first_responder_text(scenario: Any, sections: Sequence[SectionResult], num: Num, plan: str,
                          responses: Sequence[Figure], has_us: bool) -> str:
    """Minutes to the first responder at the operating plants (fastest to slowest plant), at
    worst without the US, then a ground unit's minutes; capitalised, it opens the item."""
    fast, slow = min(responses, key=lambda x: _f(x.with_us)), max(responses, key=lambda x: _f(x.with_us))
    slow_no = max((_f(x.without_us) for x in responses if _ok(x.without_us)), default=None)
    plants = _plants(responses)
    fighter = _first_is_fighter(sections, plants, ("with_us", "without_us") if has_us else ("with_us",))
    # Which responder the minutes are: a fighter overhead is not help on the ground.
    times = (_n(num, slow, 'with_us', 'min', 0) if _shown(fast.with_us, 0) == _shown(slow.with_us, 0)
             else f"{_n(num, fast, 'with_us', '', 0)}–{_n(num, slow, 'with_us', 'min', 0)}")
    first = ("first fighter overhead the operating nuclear plants in " if fighter else
             "first responder of any kind (fighter, helicopter or ground unit) at the operating nuclear "
             "plants in ")
    text = (f"{first}{times} {_e(plan)}"
            + (f" ({num(slow_no, slow.refs, 'min', 0, label=slow.label + ' (without the US backstop)')} at worst without the US)"
               if has_us and slow_no is not None and not math.isclose(slow_no, _f(slow.with_us)) else ""))
    text += _ground_unit_text(scenario, sections, num, plants, slow.refs, has_us)
    return text[0].upper() + text[1:]


def _ground_unit_text(scenario: Any, sections: Sequence[SectionResult], num: Num, plants: Sequence[str],
                      refs: tuple[str, ...], has_us: bool) -> str:
    """``; a ground unit in ...`` at the plants, and without the US where it differs; nothing
    where the posture gives no ground range."""
    span = _ground_range(sections, plants, "with_us")
    ground_refs = _ground_refs(scenario, sections, plants, refs)
    if span is None:
        return ""
    ground = _ground_text(span, num, ground_refs, _PLANNED)
    text = f"; a ground unit in {ground}" if ground else f"; {_NO_GROUND}"
    alone = _ground_range(sections, plants, "without_us")
    if has_us and alone is not None and alone != span:
        ground = _ground_text(alone, num, ground_refs, "without the US backstop")
        text += f" ({ground or _NO_GROUND} without the US)"
    return text


def _median_reach_text(f: dict[str, Figure], sections: Sequence[SectionResult], num: Num, p50: Figure,
                       wait: str | None, has_us: bool) -> tuple[str, bool]:
    """The median time to reach an incident needing a response, each side, with what supports
    it; and whether either side's median is the max wait (the setting, not a finding)."""
    causes = [_wait_cause(sections, p50.with_us, "with_us") if wait is not None else None,
              _wait_cause(sections, p50.without_us, "without_us") if has_us and wait is not None else None]
    queued_with, queued_without = causes[0] == "max_wait", causes[1] == "max_wait"
    value = _n(num, p50, 'with_us', 'h', 1, ci=p50.ci_with_us)
    if queued_with:
        # review s37 2: the median sits at the allowed wait: the setting, not a finding
        text = (f"the median time to reach an incident needing a response, {value} (of all such incidents"
                f"{' with the US backstop' if has_us else ''}), is set by {wait}, not found by the model: "
                f"calls queue until they are escalated{_travel_clause(sections, p50.with_us, 'with_us', num)}")
    else:
        text = f"a typical incident needing a response is reached after {value} (median of all such incidents)"
    text += _median_without_us_text(num, p50, wait, queued_with, queued_without, has_us)
    return text + _support_clause(f, num, sections, causes, wait, has_us), queued_with or queued_without


def _median_without_us_text(num: Num, p50: Figure, wait: str | None, queued_with: bool,
                            queued_without: bool, has_us: bool) -> str:
    """The median without the US, worded by which side's median the max wait sets."""
    if not has_us:
        return ""  # both sides are the same plan
    if _ok(p50.without_us):
        alone = _n(num, p50, 'without_us', 'h', 1, ci=p50.ci_without_us)
        return (f"; so is the median without the US, {alone}" if queued_with and queued_without
                else f"; without the US the median, {alone}, is set by {wait}, not found by the model"
                if queued_without else f"; {alone} without the US" if queued_with
                else f", {alone} without the US")
    if isinstance(p50.without_us, str):
        return f"; without the US it is {_beyond(p50.without_us)}"
    return ("; without the US more than half are never reached" if queued_with
            else ", while without the US more than half are never reached")


def _watched_item(f: dict[str, Figure], sections: Sequence[SectionResult], num: Num, plan: str,
                  has_us: bool) -> _Item | None:
    """The share of the line's length seen at least as often as the target revisit."""
    watched = f.get("monitoring.percent_satisfied")
    if not (watched and _ok(watched.with_us)):
        return None
    target_h = _setting(sections, "monitoring", ("settings", "target_revisit_h"))
    every = (f"is seen at least every {num(target_h, ('monitoring.target_revisit',), 'h', 1 if target_h % 1 else 0, label='target revisit (monitoring.target_revisit)')} (the target)"
             if target_h is not None else "meets the target revisit")
    return ("How well the line is watched",
            f"{_n(num, watched, 'with_us', '%', 0)} of the line's length {every} {_e(plan)}"
            + (f", {_n(num, watched, 'without_us', '%', 0)} without the US." if has_us else "."))


def _cost_item(f: dict[str, Figure], num: Num, plan: str, has_us: bool) -> _Item | None:
    """The plan's yearly cost where it has one, then the troops' (or the troops' alone)."""
    # review s33: the troops alone read as the plan's cost (mnf-u-2026: EUR 3.3-4.1 billion for
    # the troops, EUR 6.1-7.5 billion for the plan); a plan with a yearly total leads with it
    whole = _whole_plan_cost(f, num, plan, has_us)
    low, high = f.get("force.cost_per_year_low_eur_bn"), f.get("force.cost_per_year_high_eur_bn")
    if low and high and _ok(low.with_us) and _ok(high.with_us):
        text = _troops_cost_text(num, low, high, f.get("force.deployed_total"), plan, has_us, whole)
        if whole:
            text = f"{whole} Of it, {text}"
        return ("What it costs", text[0].upper() + text[1:])
    if whole:
        return ("What it costs", whole[0].upper() + whole[1:])
    return None


def _troops_cost_text(num: Num, low: Figure, high: Figure, best: Figure | None, plan: str, has_us: bool,
                      whole: str) -> str:
    """``EUR low–high billion a year`` for the best case's troops, and without the US where it
    reads differently; the scale is millions under a billion."""
    from reassure.present.units import under_a_billion

    what = ("the troops deployed in the best case: " if whole
            else "for the troops deployed in the best case (enablers not costed), ")
    # review s40: a land component under a billion a year (100 troops: EUR 17-21 million) is
    # said in millions, never "EUR 0.0-0.0 billion a year"
    millions = under_a_billion(low.unit, [_f(v) for fig in (low, high) for v in (fig.with_us, fig.without_us)
                                          if _ok(v)])
    scale = "million" if millions else "billion"
    text = (f"EUR {_cost_shown(num, low, 'with_us', millions)}–{_cost_shown(num, high, 'with_us', millions)} "
            f"{scale} a year")
    digits = 3 if millions else 1  # the billions' decimals the shown figure keeps
    if has_us and _ok(low.without_us) and _ok(high.without_us) and (
            _differs(low, digits) or _differs(high, digits)):
        return (f"{what}{text} {_e(plan)}; EUR "
                f"{_cost_shown(num, low, 'without_us', millions)}–{_cost_shown(num, high, 'without_us', millions)} "
                f"{scale} without the US{_why_cost_differs(best)}.")
    if whole:
        return f"{what}{text}."
    return text + " for the troops deployed in the best case (enablers not costed)."


def _cost_shown(num: Num, fig: Figure, side: str, millions: bool) -> str:
    """A yearly cost kept in billions, footnoted: as the figure is, or in whole millions."""
    if not millions:
        return _n(num, fig, side, "", 1)
    which = _PLANNED if side == "with_us" else "without the US backstop"
    return num(_f(getattr(fig, side)) * 1000, fig.refs, "", 0, label=f"{fig.label} ({which})",
               estimate=True)



# -- review s50: a target of a range of sizes has a high end, not "the full target" --------------
# (the other labels review s50 asked for, the ships a capital prices, that a site's weight is in MW,
# that a plant's own garrison answers in its notice time, are built where their figure or verdict
# is, in `reassure.run`: every output carries them)




def target_high_end(scenario: Any, number: bool = True) -> str | None:
    """``the high end of the target range (30,000 troops)`` for a plan whose target is a range (the
    sizes a plan discusses, not one set target); None for a target of one number."""
    target = getattr(getattr(scenario, "force", None), "target_troops", None)
    if target is None or not getattr(target, "is_range", False):
        return None
    return RANGE_HIGH_END + (f" ({target.high:,.0f} troops)" if number else "")


def reader_wording(scenario: Any, sections: Sequence[SectionResult],
                   verdicts: Sequence[Any]) -> tuple[tuple[SectionResult, ...], tuple[Any, ...]]:
    """The sections and verdicts as a reader of one plan's report reads them (review s50): for a plan
    whose target is a range of sizes, a question about "the full target" asks about the high end of
    the target range (`target_high_end`). Since session 52 the run layer words the question so
    itself (`section_force.target_words`), and this rewrite only reaches verdicts worded before
    (an older results.json read back). No number moves; every other label is the run layer's."""
    import dataclasses

    high = target_high_end(scenario, number=False)  # its number is in the verdict's why
    if not high:
        return tuple(sections), tuple(verdicts)

    def verdict(v: Any) -> Any:
        if FULL_TARGET in v.question:
            return dataclasses.replace(v, question=v.question.replace(FULL_TARGET, high, 1))
        return v

    out = tuple(dataclasses.replace(s, verdicts=tuple(verdict(v) for v in s.verdicts))
                if isinstance(s, SectionResult) else s for s in sections)
    return out, tuple(verdict(v) if dataclasses.is_dataclass(v) else v for v in verdicts)
