"""s13 review, finding 1: ``--out`` never deletes a file the user wrote.

A folder without the results marker is taken over only when it is empty (or holds nothing but
result sets we marked); a ``notes.txt`` or ``data.csv`` of the user refuses it, as ``notes.md``
always did.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.errors import ReassureError
from reassure.run.outputs import MARKER, check_destination, write_set

_EXT = st.sampled_from(["txt", "csv", "json", "html", "geojson", "svg", "png", "js", "css", "parquet"])
_STEM = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=12)


@given(stem=_STEM, ext=_EXT)
def test_a_user_file_named_like_a_result_refuses_the_folder(tmp_path_factory: pytest.TempPathFactory,
                                                             stem: str, ext: str) -> None:
    folder = tmp_path_factory.mktemp("mine")
    mine = folder / f"{stem}.{ext}"
    mine.write_text("precious user data")
    with pytest.raises(ReassureError, match="holds other files"):
        write_set(folder, {"results.json": "{}"})
    assert mine.read_text() == "precious user data"


def test_an_empty_folder_and_a_marked_set_are_taken_over(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert check_destination(empty) == empty
    write_set(empty, {"results.json": "{}"})
    assert (empty / MARKER).is_file()
    write_set(empty, {"report.html": "<p>"})  # our own set: replaced whole
    assert sorted(p.name for p in empty.iterdir()) == sorted([MARKER, "report.html"])


def test_assess_out_keeps_the_users_files(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "t_x"
    out.mkdir()
    (out / "notes.txt").write_text("precious user data")
    result = run_cli("assess", "europe-2025", "--out", str(out), "--no-sensitivity", "--runs", "2")
    assert result.exit_code == 2, result.stderr
    assert "holds other files (notes.txt)" in " ".join(result.stderr.split())
    assert (out / "notes.txt").read_text() == "precious user data"


def test_compare_out_refuses_user_files_and_takes_its_own_folder_back(tmp_path: Path, run_cli) -> None:
    out = tmp_path / "cmp"
    out.mkdir()
    (out / "mine.csv").write_text("a,b\n")
    result = run_cli("compare", "europe-2025", "--out", str(out), "--runs", "2")
    assert result.exit_code == 2
    assert "holds other files (mine.csv)" in " ".join(result.stderr.split())
    (out / "mine.csv").unlink()
    for _ in range(2):  # a second run into the same folder is accepted: the folder is marked ours
        result = run_cli("compare", "europe-2025", "--out", str(out), "--runs", "2")
        assert result.exit_code == 0, result.stderr
    assert (out / MARKER).is_file() and (out / "compare.html").is_file()
