"""What each outcome id means: the label, unit and digits of the figure the pipeline reports.

An explore store keeps outcomes under SQL-safe column names (``incidents_detected_fraction_with_us``);
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

__all__ = ["CACHE", "explore_meta", "figure_metadata", "outcome_figures", "target_settings", "target_words"]

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
    m = _SUBSET.match(str(meta.get("label", "")))
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
            known: dict[str, dict[str, Any]] = json.loads(cache.read_text(encoding="utf-8"))
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
