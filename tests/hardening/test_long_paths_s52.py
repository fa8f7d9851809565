"""A path the file system cannot take is refused in one line, by its argument (robustness
review, s52).

A name of 300 characters (``reassure validate xxx...xxx.toml``; also show, force, assess,
``--out``, ``compare --out``, ``explore run --out``, ``explore query``/``analyse``) ended in
"internal error: OSError: [Errno 36] File name too long: 'xxxx...'", exit 3, "a bug in
reassure". It is the user's input: exit 2 and one line saying which argument and what is
wrong, with the name cut so that the line stays short (`evidence` said so already).
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reassure.errors import ReassureError
from reassure.run.outputs import check_destination

LONG = "x" * 300
TOO_LONG = "a part of the path is longer than the file system allows (300 bytes; at most 255)"
TOO_LONG_TOML = "a part of the path is longer than the file system allows (305 bytes; at most 255)"
SHOWN = "xxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxxxxxxx"  # the name, cut in the middle
SHOWN_TOML = "xxxxxxxxxxxxxxxxxxxxxxxx...xxxxxxx.toml"
EXPERIMENT = Path(__file__).resolve().parents[2] / "experiments" / "drone-orbits-80.toml"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["validate", f"{LONG}.toml"], f"error: {SHOWN_TOML}: {TOO_LONG_TOML}"),
        (["show", f"{LONG}.toml"], f"error: {SHOWN_TOML}: {TOO_LONG_TOML}"),
        (["force", LONG], f"error: {SHOWN}: {TOO_LONG}"),
        (["assess", f"{LONG}.toml"], f"error: {SHOWN_TOML}: {TOO_LONG_TOML}"),
        (["assess", f"{LONG}/plan.toml"], f"error: {SHOWN}/plan.toml: {TOO_LONG}"),
        (["assess", "iiss-small", "--out", LONG], f"error: --out {SHOWN}: {TOO_LONG}"),
        (["assess", "iiss-small", "--out", f"{LONG}/run"], f"error: --out {SHOWN}/run: {TOO_LONG}"),
        (["compare", "iiss-small", "--out", LONG], f"error: --out {SHOWN}: {TOO_LONG}"),
        (["explore", "run", str(EXPERIMENT), "--out", LONG], f"error: --out {SHOWN}: {TOO_LONG}"),
        (["explore", "run", f"{LONG}.toml"], f"error: {SHOWN_TOML}: {TOO_LONG_TOML}"),
        (["explore", "query", LONG, "select 1"], f"error: {SHOWN}: {TOO_LONG}"),
        (["explore", "analyse", LONG, "--outcome", "incidents.detected_pct"], f"error: {SHOWN}: {TOO_LONG}"),
        (["serve", "--scenarios", LONG], f"error: --scenarios {SHOWN}: {TOO_LONG}"),
    ],
    ids=lambda v: " ".join(a if len(a) < 40 else "LONG" for a in v) if isinstance(v, list) else None,
)
def test_a_name_over_255_bytes_is_refused_by_its_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          run_cli, args: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert result.error_lines == [line]
    assert "internal error" not in result.stderr


def test_a_path_over_4096_bytes_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    deep = "a/" * 2100 + "plan.toml"
    result = run_cli("validate", deep)
    assert result.exit_code == 2
    [line] = result.error_lines
    assert line.endswith(": the path is longer than the file system allows (4,209 bytes; at most 4,095)")
    assert len(line) < 300


def test_an_out_name_too_long_for_its_staging_folder_is_refused_first(tmp_path: Path) -> None:
    """A name of 240 bytes is a legal folder, but the run writes `.NAME.reassure-PID-RAND`
    beside it first: said at once, not "is not writable (File name too long)"."""
    with pytest.raises(ReassureError, match=r"its name is too long \(240 bytes; at most 224: a run first writes"):
        check_destination(tmp_path / ("y" * 240))
    assert check_destination(tmp_path / ("y" * 224)) == tmp_path / ("y" * 224)


def test_an_os_error_for_a_long_name_that_reaches_the_command_line_is_the_users(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The last net (`cli.main`): a path no check caught is named, exit 2, never "a bug"."""
    from reassure import cli

    assert cli._path_too_long(OSError(errno.ENAMETOOLONG, "File name too long", f"out/{LONG}"))
    assert capsys.readouterr().err == f"error: out/{SHOWN}: {TOO_LONG}\n"
    assert not cli._path_too_long(OSError(errno.ENOSPC, "No space left on device", "out/x"))
