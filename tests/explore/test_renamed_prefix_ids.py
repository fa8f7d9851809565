"""A store written when the fastest response to a site was `posture.air_response_<site>` (now
`posture.fastest_response_min_<site>`, `reassure.renamed_ids.RENAMED_PREFIXES`) is read, queried
and resumed under the new names, with a note, as the s41 renames are
(tests/explore/test_renamed_ids_s41.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from reassure.run.explore import query, results

NEW_ID = "posture.fastest_response_min_south-ukraine-npp"
OLD_ID = "posture.air_response_south-ukraine-npp"
NEW_COL, OLD_COL = "posture_fastest_response_min_south_ukraine_npp", "posture_air_response_south_ukraine_npp"

RESPONSE = f"""\
schema = 1
name = "response"
title = "The fastest response under two ISR settings (for a test)"
scenarios = ["europe-2025"]
seed = 5
runs = 1
batch_size = 1
outcomes = ["force.p_target_met_pct", "{NEW_ID}"]
fail = "{NEW_COL}_with_us > 60"

[design]
kind = "lhs"
samples = 2

[uncertainties]
sourced_ranges = false

[[levers]]
path = "us_backstop.isr"
note = "a choice for the test"
values = [true, false]
"""


def _old(text: str) -> str:
    return text.replace(NEW_ID, OLD_ID).replace(NEW_COL, OLD_COL)


def _age_file(path: Path) -> None:
    table = pq.read_table(path)
    pq.write_table(table.rename_columns([_old(n) for n in table.column_names]), path)


def _age(out: Path) -> None:
    """The store as written before the rename: old columns, old outcome ids in its manifest."""
    for path in sorted((out / "batches").glob("part-*.parquet")):
        _age_file(path)
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["outcomes"] = [_old(o) for o in manifest["outcomes"]]
    manifest["fail"] = _old(manifest["fail"])
    manifest["experiment"]["text"] = _old(manifest["experiment"]["text"])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2))
    (out / "outcome_figures.json").unlink(missing_ok=True)


def _columns(out: Path) -> set[str]:
    return {n for path in (out / "batches").glob("part-*.parquet") for n in pq.read_schema(path).names}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("response-files")
    (folder / "new.toml").write_text(RESPONSE)
    (folder / "old.toml").write_text(_old(RESPONSE))
    return folder / "new.toml", folder / "old.toml"


@pytest.fixture(scope="module")
def reference(files: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reassure.run.explore import plan_from_file, run_plan

    out = tmp_path_factory.mktemp("response-ref") / "out"
    run_plan(plan_from_file(files[0]), out, workers=1)
    assert len(list((out / "batches").glob("part-*.parquet"))) == 2
    assert f"{NEW_COL}_with_us" in _columns(out)
    return out


@pytest.fixture
def old_store(reference: Path, tmp_path: Path) -> Path:
    out = tmp_path / "old"
    shutil.copytree(reference, out)
    _age(out)
    assert {f"{OLD_COL}_with_us", f"{OLD_COL}_without_us"} <= _columns(out)
    return out


def test_an_old_store_is_read_and_queried_under_the_new_names(old_store: Path, reference: Path) -> None:
    from reassure.run.explore.store import RENAMED, read_manifest

    frame = results(old_store)
    assert {f"{NEW_COL}_with_us", f"{NEW_COL}_without_us"} <= set(frame.columns)
    assert not [c for c in frame.columns if "air_response" in c]
    assert frame.equals(results(reference))
    manifest = read_manifest(old_store)
    assert manifest["outcomes"] == ["force.p_target_met_pct", NEW_ID]
    assert manifest["fail"] == f"{NEW_COL}_with_us > 60"
    assert any(f"written before {OLD_ID} was renamed: {OLD_ID} is now {NEW_ID}" in n for n in manifest[RENAMED])
    old_sql, new_sql = (f"SELECT avg({c}_without_us) AS r FROM results" for c in (OLD_COL, NEW_COL))
    with pytest.warns(FutureWarning, match=f"{OLD_COL}_without_us is now {NEW_COL}_without_us"):
        assert query(old_store, old_sql).equals(query(old_store, new_sql))

    from reassure.run.explore.analyse import current_names

    outcome, fail, _, notes = current_names(OLD_ID, f"{OLD_COL}_with_us > 60")
    assert (outcome, fail) == (NEW_ID, f"{NEW_COL}_with_us > 60")
    assert notes[0] == f"--outcome: {OLD_ID} is now {NEW_ID} (the fastest response from notice, by any unit, in minutes)"


def test_a_store_half_renamed_reads_each_outcome_as_one_column(reference: Path, tmp_path: Path) -> None:
    out = tmp_path / "half"
    shutil.copytree(reference, out)
    _age_file(sorted((out / "batches").glob("part-*.parquet"))[0])
    assert {f"{NEW_COL}_with_us", f"{OLD_COL}_with_us"} <= _columns(out)
    assert results(out).equals(results(reference))


def test_an_old_store_resumes_under_the_new_names_only(old_store: Path, reference: Path,
                                                       files: tuple[Path, Path], run_cli) -> None:
    sorted((old_store / "batches").glob("part-*.parquet"))[-1].unlink()  # a run cut short
    result = run_cli("explore", str(files[1]), "--out", str(old_store), "--resume", "--no-report", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (f"note: renamed the column {OLD_COL}_with_us to {NEW_COL}_with_us in the stored batches "
            "(the fastest response from notice, by any unit, in minutes)") in result.stderr
    assert f"{OLD_ID} is now {NEW_ID}" in result.stderr  # the file's old id, noted
    assert not [c for c in _columns(old_store) if "air_response" in c]
    assert json.loads((old_store / "manifest.json").read_text())["outcomes"] == ["force.p_target_met_pct", NEW_ID]
    assert results(old_store).equals(results(reference))
