"""`reassure incidents SCENARIO`: how a ceasefire is tested, what is seen, what is answered in time.

Runs the incidents capability (`reassure.run.capabilities.Incidents`, which needs monitoring and
posture; the model is built in `reassure.bridge.incidents`) and prints a table or JSON.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from reassure.bridge.incidents import DEFAULT_RUNS

__all__ = ["command"]

FORMATS = ("table", "json")


def _est(e: dict[str, Any], digits: int = 2, pct: bool = False) -> str:
    v = e.get("value")
    if v is None:
        return "-"
    lo, hi = e.get("ci95", [None, None])
    k = 100.0 if pct else 1.0
    text = f"{v * k:.{digits}f}"
    if lo is not None and hi is not None:
        text += f" [{lo * k:.{digits}f}, {hi * k:.{digits}f}]"
    return text + ("%" if pct else "")


def _print_table(r: dict[str, Any]) -> None:
    from rich.table import Table

    from reassure.present.output import console

    con = console()
    w, o = r, r["without_us"]
    run = r["run"]
    t = Table(title=f"{r['scenario']}: ceasefire incidents over {run['horizon_days']} days "
              f"({run['replications']} runs, seed {run['seed']}; mean [95% CI])",
              title_justify="left")
    for col in ("figure", "with US", "without US"):
        t.add_column(col, justify="left" if col == "figure" else "right")
    rows = [
        ("incidents a day", "incidents_per_day", None, 1, False),
        ("detected", "detected_fraction", None, 1, True),
        ("time to detect, median h", "detect_h", "p50", 2, False),
        ("time to detect, p90 h", "detect_h", "p90", 2, False),
        ("time to first response, median h", "respond_h", "p50", 2, False),
        ("time to first response, p90 h", "respond_h", "p90", 2, False),
        (f"answered within {r['threshold_h']:g} h", "within_threshold_fraction", None, 1, True),
        ("unanswered calls", "unanswered_fraction", None, 1, True),
        ("busiest unit's utilisation", "utilisation_max", None, 2, False),
    ]
    for label, key, sub, digits, pct in rows:
        a, b = (w[key][sub], o[key][sub]) if sub else (w[key], o[key])
        t.add_row(label, _est(a, digits, pct), _est(b, digits, pct))
    con.print(t)
    by = Table(title="Incidents a day by type and regime days", title_justify="left")
    for col in ("", "with US", "without US"):
        by.add_column(col, justify="left" if not col else "right")
    for ta, tb in zip(w["types"], o["types"], strict=True):
        by.add_row(f"{ta['name']} a day", _est(ta["incidents_per_day"], 1),
                   _est(tb["incidents_per_day"], 1))
        by.add_row(f"{ta['name']} detected", _est(ta["detected_fraction"], 1, True),
                   _est(tb["detected_fraction"], 1, True))
    for name, e in w["regime_day_fraction"].items():
        by.add_row(f"days {name}", _est(e, 1, True), _est(o["regime_day_fraction"][name], 1, True))
    con.print(by)
    for label, data in (("with US", w), ("without US", o)):
        unit = data["utilisation_max"].get("unit")
        if unit:
            con.print(f"{label}: busiest unit {unit}")
        for warning in data["warnings"]:
            con.print(f"warning ({label}): {warning}")
    for note in r["inputs"]["notes"]:
        con.print(f"note: {note}")


def command(
    scenario: Annotated[str, typer.Argument(help="shipped scenario name or TOML path")],
    runs: Annotated[int, typer.Option("--runs", help="Monte Carlo replications")] = DEFAULT_RUNS,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="random seed (default: the scenario's seed)")] = None,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
    workers: Annotated[int, typer.Option(
        "--workers", help="worker processes (the numbers do not depend on it)")] = 1,
) -> None:
    """Incidents along the line, how many are seen, how soon, how many answered in time."""
    from reassure.errors import ReassureError
    from reassure.present.output import check_format, print_json
    from reassure.spec import load_scenario

    check_format(format, FORMATS)
    if not 1 <= runs <= 1_000_000:
        raise ReassureError(f"--runs must lie between 1 and 1,000,000 (got {runs})")
    if seed is not None and seed < 0:
        raise ReassureError(f"--seed must be >= 0 (got {seed})")
    if not 1 <= workers <= 64:
        raise ReassureError(f"--workers must lie between 1 and 64 (got {workers})")
    from reassure.run.pipeline import run_capability

    report = run_capability("incidents", load_scenario(scenario), seed=seed, runs=runs,
                            workers=workers).to_dict()
    if format == "json":
        print_json(report)
    else:
        _print_table(report)
