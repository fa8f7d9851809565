"""What each outcome id means: the label, unit and digits of the figure the pipeline reports.

An explore store keeps outcomes under SQL-safe column names (``incidents_detected_pct_with_us``);
the report labels them as the assessment does ("Share of all incidents detected", in %). The
metadata comes from the figures themselves (`reassure.run.results.Figure`), read by running the
capabilities the outcomes need once on the base scenario, and is cached beside the store
(``outcome_figures.json``) so a second analysis does not pay for it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from reassure.run.section_force import without_target_number

__all__ = ["CACHE", "explore_meta", "figure_metadata", "outcome_figures", "target_settings", "target_words",
           "without_base_plan"]

CACHE = "outcome_figures.json"

#: A figure over a subset (answered calls, detected incidents) names the BASE plan's share in its
#: label ("of answered calls: 100% ... with the US backstop, 47% without"): true for the base plan,
#: wrong for every other plan of an experiment. Explore labels keep the statistic and the subset.
_SUBSET = re.compile(r"^(?P<what>.+?), (?P<stat>median|90th percentile), of (?P<subset>answered calls|detected incidents"
                     r"|escalated calls|calls answered by in-theatre units)\b")
#: Counts the assessment prints without a unit, in the unit an explore table needs.
_COUNT_UNITS = {"monitoring.airframes": "airframes", "posture.garrisons": "garrisons",
                "posture.uncovered_sites": "sites", "incidents.incidents_per_day": "incidents/day",
                "posture.buildup_day_close": "day"}
#: Words of an assessment's label that hold for the BASE plan only (review s39 #1): an experiment
#: varies the plan, so its outcome labels keep the figure's meaning and drop what the base plan
#: gave it (its best case below the target, the nation over the common share, its jamming and
#: sized fleet's classes, its regime shares, its max_wait setting, its response units).
_BASE_ONLY = (
    # "...: not reachable: the best case, 28,264 troops (...), is below the high end (0% by construction, ...)"
    (re.compile(r"(?::|; (?:with|without) the US backstop) not reachable: .*?\(0% by construction, not an estimate\)"), ""),
    # "(with the US backstop: United Kingdom, 43.3%, by its own national plan, over the common sustainable share ...)"
    (re.compile(r" \([^()]*over the common sustainable share of [^()]*applied to the others\)"), ""),
    # "with the plan's jamming (4.5 outages a day of 1 h each, at random times; hale-uav@LRCK)"
    (re.compile(r" \([\d.,]+ outages a day of [^()]*\)"), ""),
    (re.compile(r"\((?:[\w-]+@\w+, )*[\w-]+@\w+; "), "("),
    # "in which the truce holds on 49% of days, erodes on 22% and breaks down on 29% [with and without the US backstop alike]"
    (re.compile(r",? in which the truce holds on [\d.]+% of days, erodes on [\d.]+% and breaks down on [\d.]+%"
                r"(?: with and without the US backstop alike)?"), ""),
    # review s53 2: "for a truce the plan expects to hold on 30% of days, erode on 27% and break down on 43%"
    (re.compile(r",? for a truce the plan expects to hold on [\d.]+% of days, erode on [\d.]+% and break down on "
                r"[\d.]+%(?: with and without the US backstop alike)?"), ""),
    # "(the plan's regime assumptions: incidents.regimes; the runs drew 38%, 28% and 34%)"
    (re.compile(r"; the runs drew [\d.]+%(?:, [\d.]+%)*(?: and [\d.]+%)?\)"), ")"),
    # review s53 4: the assessment's note on each site's weight is not in an explore report
    (re.compile(r", each site's weight in the note below;"), ";"),
    # "(hours; set by incidents.max_wait (12 h, an assumption of the plan) with the US backstop: calls queue ...; n/a ..."
    (re.compile(r"; set by incidents\.max_wait \([^()]*\)[^;()]*"), ""),
    # "... force) (set by incidents.max_wait (12 h, ...) with and without the US backstop: a call answered ...)"
    (re.compile(r" \(set by incidents\.max_wait \([^()]*\)[^()]*\)"), ""),
    # "of the in-theatre response units (14 with the US backstop, 8 without): qra-romania@LRCK"
    (re.compile(r" \([\d,]+ with the US backstop, [\d,]+ without\): .*$"), ""),
    # s40: the base plan's sites the force cannot protect, by name ("Zaporizhzhia NPP (Enerhodar)")
    (re.compile(r" \(not counting .*?, which the force cannot protect: no unit is sent there\)"),
     " (not counting sites the force cannot protect: no unit is sent there)"),
    (re.compile(r"at sites the force cannot protect \(.*?\): counted"), "at sites the force cannot protect: counted"),
)
#: What a chance of fielding the target is a share of (`reassure.run.section_force`).
_OF_DRAWS = " (share of the draws over who joins)"


def without_base_plan(label: str) -> str:
    """``label`` without the words that hold for the base plan only (``_BASE_ONLY``).

    >>> without_base_plan("Chance the target is fielded, given who may not join: not reachable: the best case, "
    ...                   "14,224 troops, is below the target (0% by construction, not an estimate)")
    'Chance the target is fielded, given who may not join (share of the draws over who joins)'
    """
    for pattern, repl in _BASE_ONLY:
        label = pattern.sub(repl, label)
    if label.endswith("given who may not join"):
        label += _OF_DRAWS
    return label


#: The footnote for an outcome whose denominator varies by plan.
SUBSET_NOTE = ("{label}: over the {subset} of each plan, and that share varies by plan (a plan that detects "
               "fewer incidents answers fewer calls, often the easy ones): compare the share never reached and "
               "the share reached within the standard first; a slower time here can mean more calls answered.")


def target_settings(manifest: dict[str, Any] | None) -> list[float] | None:
    """The force targets the experiment sets, when it sets ``force.target_troops`` (a constant,
    or a factor: every plan's target is then one number, not a range); None when each plan keeps
    the base scenario's target."""
    if not manifest:
        return None
    constants = manifest.get("constants") or {}
    if "force.target_troops" in constants:
        value = constants["force.target_troops"]
        value = value.get("value") if isinstance(value, dict) else value
        return [float(value)] if isinstance(value, int | float) and not isinstance(value, bool) else None
    for f in manifest.get("factors") or ():
        if f.get("path") != "force.target_troops":
            continue
        if f.get("values") is not None:
            return sorted({float(v) for v in f["values"]})
        return sorted({float(f["low"]), float(f["high"])})
    return None


def target_words(label: str, manifest: dict[str, Any] | None) -> str:
    """A target-chance label as the experiment's plans read it (review s34 #4): an experiment
    that sets the target gives each plan one number, so "the high end of the target" is wrong;
    with a single value it is named ("the target (25,000 troops)").

    >>> target_words("Chance the high end of the target is fielded", {"constants": {"force.target_troops": 25000}})
    'Chance the target (25,000 troops) is fielded'
    """
    targets = target_settings(manifest)
    if not targets:
        return label
    said = f"the target ({targets[0]:,.0f} troops)" if len(targets) == 1 else "the target"
    return re.sub(r"the (?:high|low) end of the target", said, label)


def explore_meta(key: str, meta: dict[str, Any], manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    """A figure's metadata as an explore table shows it: a label without the base plan's shares
    (with ``subset``, the subset whose size varies by plan) and a unit on every count; with the
    run's ``manifest``, a target chance in the words of the target the experiment sets."""
    out = dict(meta)
    out["label"] = without_base_plan(str(meta.get("label", "")))
    m = _SUBSET.match(str(out["label"]))
    if m:
        stat = m["stat"]
        out["label"] = f"{m['what']}, {stat} over {m['subset']}"
        out["subset"] = m["subset"]
    # "the high end of the target (30,000 troops)" names the base plan's target, which an
    # experiment may vary: keep the words, drop the number (as `compare` does across plans).
    out["label"] = target_words(without_target_number(str(out.get("label", ""))), manifest)
    if not out.get("unit") and key in _COUNT_UNITS:
        out["unit"] = _COUNT_UNITS[key]
    return out


def figure_metadata(scenario: Any, sections: set[str]) -> dict[str, dict[str, Any]]:
    """``{"section.key": {"label", "unit", "digits"}}`` for every figure of ``sections``."""
    from reassure._version import __version__
    from reassure.run.capabilities import registry
    from reassure.run.capability import Context
    from reassure.run.explore.evaluate import capabilities_for
    from reassure.run.pipeline import run_capabilities

    caps = registry(runs=1, workers=1)
    wanted = [c for c in capabilities_for(sections) if c in caps]
    outcomes = run_capabilities(scenario, caps, wanted, seed=0)
    context = Context(scenario, {"runs": 1, "seed": 0, "version": __version__, "figures_only": True}, outcomes)
    out: dict[str, dict[str, Any]] = {}
    for name in wanted:
        section = outcomes[name].capability.section(outcomes[name], context)
        if section is None:
            continue
        for f in section.figures:
            out[f"{section.name}.{f.key}"] = {"label": f.label, "unit": f.unit, "digits": f.digits}
    return out


def outcome_figures(out_dir: str | Path, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The label and unit of each of the run's outcomes ({} when the base scenario is not at hand,
    e.g. a store written by a test; callers then fall back to the ids)."""
    out_dir = Path(out_dir)
    outcomes = list(manifest.get("outcomes", []))
    cache = out_dir / CACHE
    if cache.is_file():
        try:
            from reassure.renamed_ids import current_id

            # a store's cache written before an outcome was renamed: its labels under the new ids
            known: dict[str, dict[str, Any]] = {current_id(k)[0]: v for k, v in
                                                json.loads(cache.read_text(encoding="utf-8")).items()}
            if all(o in known for o in outcomes):
                return {k: explore_meta(k, v, manifest) for k, v in known.items()}
        except (OSError, ValueError):
            pass
    scenarios = manifest.get("scenarios") or []
    if not scenarios or not scenarios[0].get("file"):
        return {}
    from reassure.errors import ReassureError
    from reassure.spec import load_scenario

    try:
        scenario = load_scenario(scenarios[0]["file"])
        meta = figure_metadata(scenario, {o.split(".", 1)[0] for o in outcomes})
    except (ReassureError, OSError):
        return {}
    try:
        from reassure.run.outputs import atomic_write_file

        atomic_write_file(cache, json.dumps(meta, indent=1, ensure_ascii=False))
    except OSError:
        pass  # a read-only store: the labels are recomputed next time
    return {k: explore_meta(k, v, manifest) for k, v in meta.items()}
