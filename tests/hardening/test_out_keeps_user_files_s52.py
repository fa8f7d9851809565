"""A new run never deletes what the user put into an old result folder (robustness review, s52).

`assess --out r2` run again over ``r2`` swapped the whole folder, so a ``notes.txt`` written
beside the report, a ``figs/`` folder, or a whole result set written inside it (``assess --out
r1/inner``) was deleted, status 0 and nothing said: only the marker's presence was checked. The
marker lists the set's files (its manifest); anything beyond it refuses the folder, before any
work, with the same one line as a folder of the user's ("holds other files (notes.txt)"), and
the files stay. Refusing, not carrying the files across the swap: see docs/reliability.md.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from reassure.errors import ReassureError
from reassure.run.outputs import MARKER, check_destination, staging_folders, write_set

SET = {"report.html": "<p>1</p>", "results.json": '{"generation": 1}', "figures.csv": "key\n"}


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _notes(out: Path) -> Path:
    (out / "notes.txt").write_text("my notes")
    return out / "notes.txt"


def _figs(out: Path) -> Path:
    (out / "figs").mkdir()
    (out / "figs" / "chart.png").write_bytes(b"\x89PNG")
    return out / "figs" / "chart.png"


def _inner_set(out: Path) -> Path:
    write_set(out / "inner", {"report.html": "<p>inner</p>", "results.json": "{}"})
    return out / "inner" / "results.json"


@pytest.mark.parametrize(("put", "named"), [(_notes, "notes.txt"), (_figs, "figs/"), (_inner_set, "inner/")],
                         ids=["notes.txt", "figs-folder", "a-result-set-inside"])
def test_what_the_user_put_into_a_result_set_refuses_the_next_run(tmp_path: Path, put, named: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r2"
    write_set(out, SET)
    mine = put(out)
    before = _digest(out)
    with pytest.raises(ReassureError, match=rf"^--out .*r2: holds other files \({named}\); a run replaces"):
        write_set(out, SET | {"results.json": '{"generation": 2}'})
    assert _digest(out) == before  # the user's file and the previous set, byte for byte
    assert mine.is_file()
    assert not staging_folders(out)


def test_a_file_put_into_the_folder_while_the_run_went_on_refuses_the_swap(tmp_path: Path) -> None:
    """Checked on entry, and again just before the swap: a comparison runs for minutes."""
    from reassure.run.outputs import staged_set, write_files

    out = tmp_path / "cmp"
    write_set(out, SET)
    with pytest.raises(ReassureError, match=r"holds other files \(late\.txt\)"):
        with staged_set(out) as staging:
            write_files(staging, SET | {"results.json": '{"generation": 2}'})
            (out / "late.txt").write_text("written while the run went on")
    assert (out / "late.txt").read_text() == "written while the run went on"
    assert (out / "results.json").read_text() == '{"generation": 1}'
    assert not staging_folders(out)


def test_the_marker_lists_the_set_and_a_file_browsers_litter_refuses_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_set(out, SET | {"assets/x.js": "1"})
    assert (out / MARKER).read_text().strip().endswith("assets/x.js, figures.csv, report.html, results.json")
    (out / ".DS_Store").write_bytes(b"\0")  # a file browser's, none of the user's work
    write_set(out, {"report.html": "<p>2</p>"})
    assert sorted(p.name for p in out.iterdir()) == sorted([MARKER, "report.html"])
    empty = tmp_path / "opened-in-a-file-browser"  # refused before: "holds other files (.DS_Store)"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"\0")
    write_set(empty, SET)
    assert (empty / "report.html").is_file()


def test_an_explore_store_is_never_swapped_away(tmp_path: Path) -> None:
    """An explore store carries the marker too (so `explore --resume` takes it back), but it is
    written in place: `assess --out STORE` would have deleted its batches."""
    store = tmp_path / "drones"
    (store / "batches").mkdir(parents=True)
    (store / "batches" / "part-0.parquet").write_bytes(b"PAR1")
    (store / MARKER).write_text("reassure explore store\n")
    assert check_destination(store) == store  # explore's own check
    with pytest.raises(ReassureError, match="holds an explore run's store"):
        write_set(store, SET)
    assert (store / "batches" / "part-0.parquet").is_file()


def test_a_comparison_written_before_it_was_staged_whole_is_taken_back(tmp_path: Path) -> None:
    """Its marker listed no files (compare.* and one marked folder a plan): still replaced, but
    a note in a plan's folder refuses it like any other."""
    out = tmp_path / "cmp"
    write_set(out / "europe-2025", SET)
    for name in ("compare.html", "compare.json", "compare.csv"):
        (out / name).write_text("old")
    (out / MARKER).write_text("a reassure comparison: compare.html, compare.json, compare.csv and one "
                              "folder a plan\n")
    (out / "europe-2025" / "notes.txt").write_text("mine")
    with pytest.raises(ReassureError, match=r"holds other files \(europe-2025/notes\.txt\)"):
        write_set(out, {"compare.json": "{}"})
    (out / "europe-2025" / "notes.txt").unlink()
    write_set(out, {"compare.json": "{}"})
    assert sorted(p.name for p in out.iterdir()) == sorted([MARKER, "compare.json"])


def test_assess_out_refuses_a_set_holding_notes_before_any_work(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """The reviewer's case: `assess --out r2`, `echo my notes > r2/notes.txt`, the same again."""
    out = tmp_path / "r2"
    first = run_cli("assess", "europe-2025", "--runs", "2", "--no-sensitivity", "--out", str(out))
    assert first.exit_code == 0, first.stderr
    (out / "notes.txt").write_text("my notes\n")
    before = _digest(out)
    again = run_cli("assess", "europe-2025", "--runs", "2", "--no-sensitivity", "--out", str(out))
    assert again.exit_code == 2
    assert again.error_lines == [
        f"error: --out {out}: holds other files (notes.txt); a run replaces the whole folder, so move "
        "them out or give an empty or new folder (a folder is taken over only when it is empty or holds "
        f"nothing but a reassure result set, marked by {MARKER})"]
    assert again.stdout == ""  # refused before the assessment, not after it
    assert _digest(out) == before
