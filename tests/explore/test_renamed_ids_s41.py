"""s41: the incidents shares (and the force's largest burden) are `*_pct` figures, not `*_fraction`.

An analyst's experiment files and stores name the old ids; they keep working, with a note naming
both names, never silently and never a traceback: an old id in an experiment file, an old column
in `fail`, `--outcome`, `--fail`, `--where` and `explore query`; a store written before the rename
is analysed under the new names and, resumed, has its old columns renamed so that it never holds
both (`reassure.renamed_ids`).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from reassure.renamed_ids import RENAMED_COLUMNS, RENAMED_FIGURES
from reassure.run.explore import plan_from_file, query, results

from .conftest import TINY

NOTE = "incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100)"
COLUMN_NOTE = ("incidents_detected_fraction_with_us is now incidents_detected_pct_with_us "
               "(a percentage, 0–100)")


def _old(text: str) -> str:
    """``text`` with the new ids and columns of the tiny experiment under their old names."""
    return text.replace("incidents.detected_pct", "incidents.detected_fraction").replace(
        "incidents_detected_pct_", "incidents_detected_fraction_")


OLD_TINY = _old(TINY)


def _age(out: Path) -> None:
    """Make the store in ``out`` look written before the rename: its batch files' columns, its
    manifest's outcomes, `fail` and experiment text under the old names (the code that computed
    it stays this code, so a resume is allowed)."""
    old_of = {new: old for old, new in RENAMED_COLUMNS.items()}
    for path in sorted((out / "batches").glob("part-*.parquet")):
        table = pq.read_table(path)
        pq.write_table(table.rename_columns([old_of.get(n, n) for n in table.column_names]), path)
    manifest = json.loads((out / "manifest.json").read_text())
    new_of = {new: old for old, new in RENAMED_FIGURES.items()}
    manifest["outcomes"] = [new_of.get(o, o) for o in manifest["outcomes"]]
    manifest["fail"] = _old(manifest["fail"])
    manifest["experiment"]["text"] = _old(manifest["experiment"]["text"])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
    (out / "outcome_figures.json").unlink(missing_ok=True)


def _columns(out: Path) -> set[str]:
    return {n for path in (out / "batches").glob("part-*.parquet") for n in pq.read_schema(path).names}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.toml"
    path.write_text(OLD_TINY)
    return path


def test_an_old_id_in_an_experiment_file_is_read_as_the_new_one_with_a_note(
        old_file: Path, reference_run: Path, tmp_path: Path, run_cli) -> None:
    out = tmp_path / "run"
    result = run_cli("explore", str(old_file), "--out", str(out), "--limit", "2", "--no-report", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    line = OLD_TINY.splitlines().index('outcomes = ["force.p_target_met_pct", "incidents.detected_fraction"]') + 1
    assert f"note: {old_file}:{line}: {NOTE}" in lines, result.stderr
    assert any(x.startswith(f"note: {old_file}:") and x.endswith(COLUMN_NOTE) for x in lines), result.stderr
    # stored under the new names only, the numbers those of the same run under the new names
    assert "incidents_detected_pct_with_us" in _columns(out)
    assert not _columns(out) & set(RENAMED_COLUMNS)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["outcomes"] == ["force.p_target_met_pct", "incidents.detected_pct"]
    assert manifest["fail"] == "incidents_detected_pct_with_us < 50"
    assert results(out).equals(results(reference_run).iloc[:2])


def test_plan_from_file_warns_of_an_old_id(old_file: Path) -> None:
    with pytest.warns(FutureWarning) as caught:
        plan = plan_from_file(old_file)
    assert [str(w.message).split(": ", 1)[1] for w in caught] == [NOTE, COLUMN_NOTE]
    assert plan.outcomes == ("force.p_target_met_pct", "incidents.detected_pct")
    assert plan.fail == "incidents_detected_pct_with_us < 50"


def test_a_file_naming_an_outcome_by_both_names_lists_it_twice(tmp_path: Path) -> None:
    from reassure.errors import ScenarioError
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "both.toml"
    path.write_text(TINY.replace('"incidents.detected_pct"]', '"incidents.detected_pct", "incidents.detected_fraction"]'))
    with pytest.raises(ScenarioError, match="lists an outcome twice"):
        load_experiment(path)


def test_an_unknown_old_looking_id_is_still_refused_with_the_closest_new_one(tmp_path: Path) -> None:
    from reassure.errors import ScenarioError
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.execute import check_outcomes
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "typo.toml"
    path.write_text(TINY.replace('"incidents.detected_pct"]', '"incidents.detected_fractoin"]'))
    loaded = load_experiment(path)
    with pytest.raises(ScenarioError, match="did you mean 'incidents.detected_pct'"):
        check_outcomes(build_plan(loaded), loaded)


@pytest.fixture
def old_store(tiny_file: Path, tmp_path: Path, run_cli) -> Path:
    """The first 3 of the tiny experiment's 6 plans, stored as a reassure before s41 stored them."""
    out = tmp_path / "old"
    result = run_cli("explore", str(tiny_file), "--out", str(out), "--limit", "3", "--no-report", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    _age(out)
    assert "incidents_detected_fraction_with_us" in _columns(out)
    return out


def test_an_old_store_is_read_under_the_new_names(old_store: Path, reference_run: Path) -> None:
    frame = results(old_store)
    assert "incidents_detected_pct_without_us" in frame.columns
    assert not set(frame.columns) & set(RENAMED_COLUMNS)
    assert frame.equals(results(reference_run).iloc[:3])
    from reassure.run.explore.store import RENAMED, read_manifest

    manifest = read_manifest(old_store)
    assert manifest["outcomes"] == ["force.p_target_met_pct", "incidents.detected_pct"]
    assert manifest["fail"] == "incidents_detected_pct_with_us < 50"
    assert any(NOTE in note for note in manifest[RENAMED])


def test_an_old_store_is_queried_and_analysed_by_either_name(old_store: Path, reference_run: Path, run_cli) -> None:
    old_sql = "SELECT avg(incidents_detected_fraction_without_us) AS d FROM results"
    new_sql = "SELECT avg(incidents_detected_pct_without_us) AS d FROM results"
    q = run_cli("explore", "query", str(old_store), old_sql, "--format", "json")
    assert q.exit_code == 0, q.stderr
    assert "note: query: incidents_detected_fraction_without_us is now incidents_detected_pct_without_us" in q.stderr
    assert "written before incidents.detected_fraction was renamed" in q.stderr
    assert json.loads(q.stdout) == json.loads(run_cli("explore", "query", str(old_store), new_sql,
                                                      "--format", "json").stdout)
    with pytest.warns(FutureWarning, match="incidents_detected_fraction_without_us is now"):
        assert query(old_store, old_sql).equals(query(old_store, new_sql))

    a = run_cli("explore", "analyse", str(old_store), "--outcome", "incidents.detected_fraction", "--no-report",
                "--fail", "incidents_detected_fraction_with_us < 50", "--where", "incidents_detected_fraction_with_us >= 0")
    assert a.exit_code == 0, a.stderr
    assert "Traceback" not in a.stderr
    assert f"note: --outcome: {NOTE}" in a.stderr
    assert f"note: --fail: {COLUMN_NOTE}" in a.stderr
    assert f"note: --where: {COLUMN_NOTE}" in a.stderr
    assert "written before incidents.detected_fraction was renamed" in a.stdout  # the analysis' own notes
    b = run_cli("explore", "analyse", str(old_store), "--outcome", "incidents.detected_pct", "--no-report")
    assert b.exit_code == 0, b.stderr
    assert "incidents.detected_fraction is now" not in b.stderr

    from reassure.run.explore.analyse import analyse

    by_old = analyse(old_store, "incidents.detected_fraction", fail="incidents_detected_fraction_with_us < 50")
    by_new = analyse(old_store, "incidents.detected_pct", fail="incidents_detected_pct_with_us < 50")
    assert (by_old.outcome, by_old.column, by_old.fail) == (by_new.outcome, by_new.column, by_new.fail) == (
        "incidents.detected_pct", "incidents_detected_pct_with_us", "incidents_detected_pct_with_us < 50")
    assert by_old.fail_share == by_new.fail_share
    assert f"--outcome: {NOTE}" in by_old.notes


@pytest.mark.parametrize("file_names", ["old", "new"])
def test_an_old_store_resumes_under_the_new_names_only(old_store: Path, reference_run: Path, tmp_path: Path,
                                                       file_names: str, run_cli) -> None:
    # the analyst may resume with the file as it was (old ids) or as updated (new ids): one run
    path = tmp_path / f"{file_names}.toml"
    path.write_text(OLD_TINY if file_names == "old" else TINY)
    result = run_cli("explore", str(path), "--out", str(old_store), "--resume", "--no-report", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert ("note: renamed the column incidents_detected_fraction_with_us to incidents_detected_pct_with_us "
            "in the stored batches") in result.stderr
    assert "3 evaluations run, 3 already stored, 6 in all" in result.stdout
    # every batch, the resumed ones and the new, holds the new names only: the store mixes none
    assert not _columns(old_store) & set(RENAMED_COLUMNS)
    assert {"incidents_detected_pct_with_us", "incidents_detected_pct_without_us"} <= _columns(old_store)
    manifest = json.loads((old_store / "manifest.json").read_text())
    assert manifest["outcomes"] == ["force.p_target_met_pct", "incidents.detected_pct"]
    assert results(old_store).equals(results(reference_run))


def test_a_store_half_renamed_reads_each_outcome_as_one_column(old_store: Path, reference_run: Path) -> None:
    """A rename cut short (some batch files renamed, some not) is read as one column, whole."""
    files = sorted((old_store / "batches").glob("part-*.parquet"))
    assert len(files) >= 2
    table = pq.read_table(files[0])
    pq.write_table(table.rename_columns([RENAMED_COLUMNS.get(n, n) for n in table.column_names]), files[0])
    assert {"incidents_detected_pct_with_us", "incidents_detected_fraction_with_us"} <= _columns(old_store)
    frame = results(old_store)
    assert not set(frame.columns) & set(RENAMED_COLUMNS)
    assert frame.equals(results(reference_run).iloc[:3])


def test_a_resumed_experiment_file_may_name_the_outcomes_by_either_name(tiny_file: Path) -> None:
    from types import SimpleNamespace

    from reassure.run.explore.execute import _experiment_change

    stored = {"name": "tiny", "text": OLD_TINY}
    assert _experiment_change(stored, SimpleNamespace(text=TINY)) == ""  # type: ignore[arg-type]
    assert _experiment_change({"name": "tiny", "text": TINY}, SimpleNamespace(text=OLD_TINY)) == ""  # type: ignore[arg-type]
    changed = _experiment_change(stored, SimpleNamespace(text=TINY.replace("< 50", "< 60")))  # type: ignore[arg-type]
    assert "fail (was 'incidents_detected_pct_with_us < 50', now 'incidents_detected_pct_with_us < 60')" in changed


def test_the_cached_labels_of_an_old_store_are_read_under_the_new_ids(old_store: Path) -> None:
    from reassure.run.explore.figures import CACHE, outcome_figures
    from reassure.run.explore.store import read_manifest

    (old_store / CACHE).write_text(json.dumps({
        "force.p_target_met_pct": {"label": "Chance the target is fielded", "unit": "%", "digits": 0},
        "incidents.detected_fraction": {"label": "Share of all incidents detected", "unit": "%", "digits": 1}}))
    manifest = read_manifest(old_store)
    manifest["scenarios"] = []  # the labels come from the cache, not from a fresh evaluation
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figures = outcome_figures(old_store, manifest)
    assert figures["incidents.detected_pct"]["label"] == "Share of all incidents detected"


def test_the_shipped_experiments_name_the_new_ids() -> None:
    from reassure.spec.experiment import load_experiment

    repo = Path(__file__).resolve().parents[2]
    for path in sorted((repo / "experiments").glob("*.toml")):
        loaded = load_experiment(path)
        assert loaded.notes == (), path.name  # no old id left to be noted
        assert not set(loaded.experiment.outcomes) & set(RENAMED_FIGURES), path.name
