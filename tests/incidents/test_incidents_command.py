"""`reassure incidents`: the scenario adapter against the calibration figures, and the CLI."""

from __future__ import annotations

import json

import numpy as np
import pytest

from reassure.bridge.incidents import SITES_SECTOR
from reassure.run.pipeline import build_inputs
from reassure.spec import load_scenario

HEADLINE = ("incidents_per_day", "detected_fraction", "within_threshold_fraction",
            "unanswered_fraction", "utilisation_max")


@pytest.fixture(scope="module")
def built():
    inputs = build_inputs("incidents", load_scenario("europe-2025"))
    w = inputs.with_us
    return {"with_us": w.model, "without_us": inputs.without_us.model, "line_km": w.line_km,
            "n_line_cells": w.n_line_cells, "sites": list(w.sites), "notes": list(w.notes)}


def test_rates_follow_the_osce_calibration(built):
    """figures.md §3.3: ~25 a day (2020), ~1,100 a day (2017) on a ~470-500 km line, scaled to
    this line's length; truces last about two weeks."""
    model = built["with_us"]
    line_km = built["line_km"]
    types = model.types.names
    rate = model.rates.rate_per_day  # (regime, type, sector)
    violations = rate[:, types.index("violation"), :].sum(axis=1)
    assert violations[0] == pytest.approx(25 / 485 * line_km, rel=0.05)
    assert violations[2] == pytest.approx(1100 / 485 * line_km, rel=0.05)
    incursions = rate[:, types.index("incursion"), :].sum(axis=1)
    np.testing.assert_allclose(incursions / violations, 0.01, rtol=1e-9)
    chain = model.rates.regimes
    assert chain.names[0] == "holding"
    assert 1 / (1 - chain.transition_per_day[0, 0]) == pytest.approx(14.0)
    # Strikes happen at the protected sites only.
    sites = model.cells.sector_names.index(SITES_SECTOR)
    strike = rate[:, types.index("strike"), :]
    assert np.all(strike[:, :sites] == 0) and np.all(strike[:, sites] > 0)


def test_without_us_drops_us_units_and_us_sensors(built):
    with_us, without = built["with_us"], built["without_us"]
    assert any(with_us.units.us) and not any(without.units.us)
    line = slice(0, built["n_line_cells"])
    assert np.nanmean(without.detection.revisit_h[line]) > np.nanmean(
        with_us.detection.revisit_h[line])
    assert "outside_support" in with_us.units.kind
    assert with_us.units.escalation[with_us.units.kind.index("outside_support")]


@pytest.fixture(scope="module")
def cli_json(run_cli):
    out = run_cli("incidents", "europe-2025", "--runs", "4", "--seed", "3", "--format", "json")
    assert out.exit_code == 0, out.stderr
    return out.stdout


def test_cli_json_has_the_headline_keys_with_and_without_us(cli_json):
    d = json.loads(cli_json)
    for block in (d, d["without_us"]):
        for key in HEADLINE:
            assert set(block[key]) >= {"value", "ci95"}, key
        for key in ("detect_h", "respond_h"):
            assert {"p50", "p90"} <= set(block[key]) and "ci95" in block[key]["p50"]
    assert d["run"]["replications"] == 4 and d["run"]["seed"] == 3
    # Same seed, same incidents: only what is seen and answered differs.
    assert d["incidents_per_day"] == d["without_us"]["incidents_per_day"]
    assert d["detected_fraction"]["value"] >= d["without_us"]["detected_fraction"]["value"]


def test_cli_is_deterministic_across_workers_and_processes(cli_json, run_cli_process):
    """Two forked workers started by a fresh `reassure` process (another hash seed) print the
    same bytes as one worker in this process."""
    out = run_cli_process("incidents", "europe-2025", "--runs", "4", "--seed", "3", "--format",
                          "json", "--workers", "2")
    assert out.exit_code == 0, out.stderr
    assert out.stdout == cli_json


def test_cli_table(run_cli):
    out = run_cli("incidents", "europe-2025", "--runs", "2")
    assert out.exit_code == 0, out.stderr
    # (s38) the threshold's value in the row under the figures counted within it, as `compare` gives it
    assert "its response threshold (an assumption of the plan)" in out.stdout and "1 h" in out.stdout
    assert "without US" in out.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("europe-2025", "--format", "xml"), "--format must be one of table, json"),
    (("europe-2025", "--runs", "0"), "--runs must lie between"),
    (("no-such-scenario",), "no-such-scenario"),
])
def test_cli_bad_input_is_one_line_and_exit_2(args, message, run_cli):
    out = run_cli("incidents", *args)
    assert out.exit_code == 2
    assert message in out.stderr and len(out.error_lines) == 1
