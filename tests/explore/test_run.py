"""Running experiments: bit-identical for 1 and 2 workers, kill -9 then --resume loses and
repeats nothing, a damaged batch file is redone, the manifest says what the store rests on."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from reassure.run.explore import plan_from_file, query, results
from reassure.run.explore.execute import derive_seed, run_plan

from .conftest import CLI, cli_env


def test_two_workers_give_the_same_numbers_as_one(tiny_file: Path, reference_run: Path, tmp_path: Path) -> None:
    run_plan(plan_from_file(tiny_file), tmp_path / "two", workers=2)
    one, two = results(reference_run), results(tmp_path / "two")
    assert len(one) == 6 and one["experiment_id"].tolist() == list(range(6))
    assert one.equals(two)  # every column, bit for bit
    # The evaluations really differ from one another (the design varies the plan).
    assert one["incidents_detected_pct_with_us"].nunique() > 1
    assert set(one["us_backstop_isr"]) == {True, False}


def test_seeds_come_from_design_seed_experiment_and_replication(reference_run: Path) -> None:
    frame = results(reference_run)
    assert [derive_seed(11, e, 0) for e in frame["experiment_id"]] == frame["seed"].tolist()
    assert derive_seed(11, 0, 0) != derive_seed(11, 0, 1) != derive_seed(11, 1, 0)


def test_manifest_records_version_design_and_sources(reference_run: Path) -> None:
    from reassure import __version__

    manifest = json.loads((reference_run / "manifest.json").read_text())
    assert manifest["reassure_version"] == __version__
    assert manifest["design"]["kind"] == "lhs" and manifest["design"]["rows"] == 6
    assert "seed-004" in manifest["sources"] and "shape-vjtf" in manifest["sources"]
    assert {s["id"] for s in manifest["source_entries"]} <= set(manifest["sources"])
    assert [f["path"] for f in manifest["factors"]] == [
        "contributors[DEU].p_join", "us_backstop.isr", "monitoring.fleets[2].orbits"]
    assert manifest["factors"][2]["unit"] == "orbits"


def test_query_and_results_api(reference_run: Path) -> None:
    frame = query(reference_run, "SELECT us_backstop_isr, count(*) AS n FROM results GROUP BY 1 ORDER BY 1")
    assert frame["n"].sum() == 6
    joined = query(reference_run, "SELECT r.experiment_id, d.u_us_backstop_isr FROM results r JOIN design d USING (experiment_id)")
    assert len(joined) == 6
    assert set(results(reference_run).columns) >= {"experiment_id", "replication", "seed", "scenario",
                                                   "force_p_target_met_pct_with_us", "force_p_target_met_pct_without_us"}


def test_kill_9_then_resume_runs_every_experiment_exactly_once(kill_file: Path, kill_reference: Path,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "killed"
    proc = subprocess.Popen([*CLI, "explore", str(kill_file), "--out", str(out), "--workers", "2", "--no-report"],
                            env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        # A random moment: as soon as 1, 2 or 3 of the 16 batches are stored (an evaluation is now
        # too quick for a random sleep after the first batch to find the run still going).
        wanted = random.randint(1, 3)
        deadline = time.monotonic() + 240
        while len(list((out / "batches").glob("part-*.parquet"))) < wanted and time.monotonic() < deadline:
            assert proc.poll() is None, "the run ended before it could be killed"
            time.sleep(0.01)
        killed_early = proc.poll() is None
        if killed_early:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the run's own workers (its session), if any are left
        except ProcessLookupError:
            pass
    assert killed_early, "the run ended before the kill: the test would test nothing"
    stored_before = len(results(out))
    assert 1 <= stored_before < 16
    resumed = subprocess.run([*CLI, "explore", str(kill_file), "--out", str(out), "--resume", "--workers", "2",
                              "--no-report"], env=cli_env(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{16 - stored_before} evaluations run, {stored_before} already stored" in " ".join(resumed.stdout.split())
    after = results(out)
    assert after["experiment_id"].tolist() == list(range(16))  # each once, none lost
    assert after.equals(results(kill_reference))


def test_damaged_last_batch_is_detected_and_redone(reference_run: Path, tiny_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "damaged"
    shutil.copytree(reference_run, out)
    last = sorted((out / "batches").glob("part-*.parquet"))[-1]
    last.write_bytes(last.read_bytes()[: last.stat().st_size // 2])  # a copy cut short
    (out / "batches" / ".part-x.parquet.abc.tmp").write_bytes(b"half")  # a leftover temporary file
    summary = run_plan(plan_from_file(tiny_file), out, workers=1, resume=True)
    assert summary["corrupt_batches"] == [last.name] and summary["ran"] == 2
    assert not list((out / "batches").glob(".*.tmp"))
    assert results(out).equals(results(reference_run))


def test_existing_store_needs_resume_and_the_same_experiment(reference_run: Path, tiny_file: Path, tmp_path: Path) -> None:
    from reassure.errors import ReassureError

    with pytest.raises(ReassureError, match="already holds an explore run; pass --resume"):
        run_plan(plan_from_file(tiny_file), reference_run, workers=1)
    other = tmp_path / "other.toml"
    other.write_text(tiny_file.read_text().replace("seed = 11", "seed = 12"))
    with pytest.raises(ReassureError, match=r"holds a run of experiment 'tiny' as its file read then, and the file now "
                                            r"differs in seed \(was 11, now 12\)"):
        run_plan(plan_from_file(other), reference_run, workers=1, resume=True)
    summary = run_plan(plan_from_file(tiny_file), reference_run, workers=1, resume=True)
    assert summary["ran"] == 0 and summary["already"] == 6


def pd_columns(out: Path) -> list[str]:
    return list(results(out).columns)


def test_report_is_offline_and_says_what_fails(reference_run: Path, tmp_path: Path) -> None:
    from reassure.present.explore_report import write_explore_report as write_report

    out = tmp_path / "rep"
    shutil.copytree(reference_run, out)
    page = write_report(out, "incidents.detected_pct", "with_us", None).read_text()
    assert "A tiny experiment for the tests" in page and "Failure condition" in page
    assert 'src="http' not in page and "<script" not in page and "@import" not in page
    assert (out / "results.csv").read_text().count("\n") == 7
    analysis = json.loads((out / "analysis.json").read_text())
    assert analysis["fail"] == "incidents_detected_pct_with_us < 50"
    # The ISR lever (a choice) is not boxed: failures are counted for each of its settings.
    groups = analysis["discovery"]
    assert [g["setting"] for g in groups] == [{"us_backstop_isr": True}, {"us_backstop_isr": False}]
    assert sum(g["n"] for g in groups) == 6
    for g in groups:
        assert f"At us_backstop_isr {'on' if g['setting']['us_backstop_isr'] else 'off'}: fails in {g['failing']} of {g['n']}" in page
        assert all("us_backstop_isr" not in b["restricted"] for b in g["prim"] + g["cart"])
    # The headline answers the title with counts, with and without the US; labels and units.
    assert analysis["headline"].startswith("Without the US, ") and " of 6 plans hold" in analysis["headline"]
    assert "Share of all incidents detected (%)" in page
    import csv

    columns = {r["column"]: r for r in csv.DictReader((out / "columns.csv").open())}
    assert columns["incidents_detected_pct_with_us"]["unit"] == "%"
    assert columns["incidents_detected_pct_with_us"]["meaning"].startswith("Share of all incidents detected")
    assert set(columns) >= set(pd_columns(out))


def test_analyse_writes_its_own_page_not_over_the_run_report(reference_run: Path, tmp_path: Path, run_cli) -> None:
    out = tmp_path / "copy"
    shutil.copytree(reference_run, out)
    (out / "report.html").write_text("the run's report")
    result = run_cli("explore", "analyse", str(out), "--outcome", "incidents.detected_pct",
                     "--case", "without_us")
    assert result.exit_code == 0, result.stderr
    assert (out / "report.html").read_text() == "the run's report"
    page = out / "analysis-incidents.detected_pct-without_us.html"
    assert page.is_file() and "without the US backstop" in page.read_text()
    assert json.loads((out / "analysis-incidents.detected_pct-without_us.json").read_text())["case"] == "without_us"
    refused = run_cli("explore", "analyse", str(out), "--outcome", "incidents.detected_pct",
                      "--out", str(out / "report.html"))
    assert refused.exit_code == 2 and "the run's own report" in refused.stderr


def test_a_variant_the_model_refuses_is_stored_with_its_reason(tmp_path: Path) -> None:
    text = """\
schema = 1
title = "start beyond end"
scenarios = ["europe-2025"]
seed = 3
runs = 1
outcomes = ["incidents.detected_pct"]
[design]
kind = "factorial"
[uncertainties]
sourced_ranges = false
[[levers]]
path = "monitoring.fleets[2].start"
note = "a choice for the test"
values = [0, 350]
[[levers]]
path = "monitoring.fleets[2].end"
note = "a choice for the test"
values = [300, 977]
"""
    path = tmp_path / "refused.toml"
    path.write_text(text)
    summary = run_plan(plan_from_file(path), tmp_path / "out", workers=1)
    assert summary["ran"] == 4  # each value is fine alone; start 350 with end 300 is not
    frame = results(tmp_path / "out")
    ok, refused = frame.iloc[0], frame.iloc[2]
    assert (refused["monitoring_fleets_2_start"], refused["monitoring_fleets_2_end"]) == (350, 300)
    assert (frame["error"] == "").sum() == 3
    assert ok["error"] == "" and ok["incidents_detected_pct_with_us"] > 0
    assert "monitoring.fleets[eu-male].end must be beyond start" in refused["error"]
    assert refused["incidents_detected_pct_with_us"] != refused["incidents_detected_pct_with_us"]  # NaN


def test_running_only_the_needed_sections_gives_the_same_figures() -> None:
    from reassure.run.explore.evaluate import evaluate
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    overrides = {"contributors[DEU].p_join": 0.4, "us_backstop.isr": False}
    full = evaluate(scenario, overrides, seed=5, runs=1)
    part = evaluate(scenario, overrides, seed=5, runs=1, sections={"force"})
    assert part and all(k.startswith("force.") for k in part)
    assert part == {k: v for k, v in full.items() if k.startswith("force.")}


def test_query_and_analyse_commands(reference_run: Path) -> None:
    query_proc = subprocess.run([*CLI, "explore", "query", str(reference_run),
                                 "SELECT count(*) AS n, count(DISTINCT experiment_id) AS e FROM results", "--format", "csv"],
                                capture_output=True, text=True, env=cli_env(), timeout=120)
    assert query_proc.returncode == 0, query_proc.stderr
    assert query_proc.stdout.splitlines() == ["n,e", "6,6"]
    analyse_proc = subprocess.run([*CLI, "explore", "analyse", str(reference_run), "--outcome",
                                   "incidents.detected_pct", "--no-report"],
                                  capture_output=True, text=True, env=cli_env(), timeout=300)
    assert analyse_proc.returncode == 0, analyse_proc.stderr
    out = " ".join(analyse_proc.stdout.split())
    assert "fails (incidents_detected_pct_with_us < 50)" in out
    assert "at us_backstop_isr = on:" in out and "at us_backstop_isr = off:" in out  # per lever setting
    # review r10, item 3: the reader's headline first, the condition in words, the details after
    assert out.startswith("A plan fails when the share of all incidents detected, with the US backstop, is below 50%. "
                          "With the US, "), out[:300]
    assert "In detail: Without the US, " in out and "Share of all incidents detected (%), with the US backstop" in out
    typo = subprocess.run([*CLI, "explore", "analyse", str(reference_run), "--outcome", "incidents.detected_pct",
                           "--fail", "incidents_detected_fractoin_with_us < 50", "--no-report"],
                          capture_output=True, text=True, env=cli_env(), timeout=300)
    # the error on one line, the columns it may use on the next (r8 8)
    assert typo.returncode == 2 and typo.stderr.count("\n") == 2 and "Binder" not in typo.stderr
    assert "did you mean 'incidents_detected_pct_with_us'" in typo.stderr.splitlines()[0]
    assert typo.stderr.splitlines()[1].startswith("  the columns it may use: outcome columns ")
    bad = subprocess.run([*CLI, "explore", "analyse", str(reference_run), "--outcome", "force.p_target_mett"],
                         capture_output=True, text=True, env=cli_env(), timeout=120)
    assert bad.returncode == 2 and "did you mean 'force.p_target_met_pct'" in bad.stderr


def test_evaluate_gives_the_figures_of_a_full_assessment() -> None:
    """The adapter's section-to-capability table and seeding match `reassure.run.assess`."""
    import math

    from reassure.run.assess import Settings, assess
    from reassure.run.explore.evaluate import evaluate
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    full = assess(scenario, Settings(runs=1, seed=5, sensitivity=False, workers=1))
    expected = {f"{s.name}.{f.key}/{case}": getattr(f, case) for s in full.sections for f in s.figures
                for case in ("with_us", "without_us")}
    got = evaluate(scenario, {}, seed=5, runs=1)
    assert set(got) == set(expected) and len(got) > 20
    for key, value in got.items():
        want = expected[key]
        if isinstance(want, bool | int | float):
            assert value == float(want) or (math.isnan(value) and math.isnan(float(want))), key
        else:
            assert math.isnan(value), key


def test_overridden_numbers_carry_the_experiment_as_their_assumption(tiny_file: Path) -> None:
    from reassure.run.explore.evaluate import apply_overrides, resolve_path
    from reassure.run.explore.execute import reason

    plan = plan_from_file(tiny_file)
    base, overrides = plan.overrides(3)
    variant = apply_overrides(plan.scenarios[base], overrides, reason(plan, 3))
    q = resolve_path(variant, "contributors[DEU].p_join")
    assert q.value == pytest.approx(overrides["contributors[DEU].p_join"])
    assert q.assumption == reason(plan, 3) and "'tiny', lhs design, experiment 3" in q.assumption
    assert "overrides 0.3" in q.note and "seed-004" in q.note  # what it replaced, and its source
    assert resolve_path(variant, "us_backstop.isr") is overrides["us_backstop.isr"]


def test_a_folder_of_other_files_is_refused_and_a_store_is_marked(tiny_file: Path, reference_run: Path,
                                                                 tmp_path: Path) -> None:
    from reassure.errors import ReassureError
    from reassure.run.outputs import MARKER, check_destination

    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("not a result")
    with pytest.raises(ReassureError, match=r"holds other files \(thesis\.docx\)"):
        run_plan(plan_from_file(tiny_file), foreign, workers=1)
    assert not (foreign / "manifest.json").exists()
    assert (reference_run / MARKER).is_file()  # so the hardened check takes it back on --resume
    assert check_destination(reference_run) == reference_run


def test_limit_runs_the_first_experiments_as_a_trial(tiny_file: Path, reference_run: Path, tmp_path: Path,
                                                     run_cli) -> None:
    out = tmp_path / "trial"
    result = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "2", "--no-report", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "2 experiments (the first 2 of 6: a trial) x 1 replication = 2 evaluations," in " ".join(result.stderr.split())
    frame, reference = results(out), results(reference_run)
    assert list(frame["experiment_id"]) == [0, 1]
    assert frame["incidents_detected_pct_with_us"].tolist() == reference["incidents_detected_pct_with_us"].tolist()[:2]
    # (review: a resume with another --limit was refused; a larger one now continues the design,
    # tests/explore/test_review_limit_resume.py)
    again = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "3", "--resume", "--no-report")
    assert again.exit_code == 0, again.stderr
    assert results(out).equals(results(reference_run).iloc[:3])
