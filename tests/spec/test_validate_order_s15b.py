"""`validate` with several files: each file's warnings right after its own line, not gathered
before or after all the "ok" lines (review s15b 5: stdout, block-buffered when piped, came out
after stderr's warnings); a file refused for a missing model field keeps its warnings too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.present.scenarios import print_validation

REPO = Path(__file__).resolve().parents[2]


class _Buffered:
    """A stream that reaches the shared output only when flushed (stdout into a pipe)."""

    def __init__(self, out: list[str]) -> None:
        self.out, self.held = out, []  # type: ignore[var-annotated]

    def write(self, text: str) -> int:
        self.held.append(text)
        return len(text)

    def flush(self) -> None:
        self.out.append("".join(self.held))
        self.held.clear()


class _Unbuffered(_Buffered):
    def write(self, text: str) -> int:
        self.out.append(text)
        return len(text)


_row = st.builds(
    lambda i, ok, warnings, problems: (
        {"path": f"p{i}.toml", "ok": True, "name": f"p{i}", "parameters": 3, "sources": 2,
         "warnings": [f"w{i}.{k}" for k in range(warnings)]} if ok else
        {"path": f"p{i}.toml", "ok": False, "problems": [f"e{i}.{k}" for k in range(problems)],
         "warnings": [f"w{i}.{k}" for k in range(warnings)]}),
    st.integers(0, 999), st.booleans(), st.integers(0, 3), st.integers(1, 3))


@given(st.lists(_row, min_size=1, max_size=6, unique_by=lambda r: r["path"]))
def test_each_files_lines_come_together_in_order(results: list[dict[str, Any]]) -> None:
    shared: list[str] = []
    out, err = _Buffered(shared), _Unbuffered(shared)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err  # type: ignore[assignment]
    try:
        print_validation(results)
    finally:
        sys.stdout, sys.stderr = saved
    out.flush()
    lines = "".join(shared).splitlines()
    want: list[str] = []
    for r in results:
        n = r["path"].removeprefix("p").removesuffix(".toml")
        if r["ok"]:
            want.append(f"ok     {r['path']}")
        want += [f"error: e{n}.{k}" for k in range(len(r.get("problems", ())))]
        want += [f"warning: w{n}.{k}" for k in range(len(r["warnings"]))]
    assert [line.split("  (")[0] for line in lines] == want


@pytest.mark.parametrize("order", [("mnf-u-2026", "europe-2025"), ("europe-2025", "mnf-u-2026", "europe-2025")])
def test_a_piped_validate_keeps_each_warning_under_its_file(order: tuple[str, ...]) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    proc = subprocess.run([sys.executable, "-m", "reassure", "validate", *order], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout
    heads = [i for i, line in enumerate(lines) if line.startswith("ok ")]
    assert len(heads) == len(order)
    for k, name in enumerate(order):
        own = lines[heads[k] + 1:heads[k + 1] if k + 1 < len(heads) else len(lines)]
        assert lines[heads[k]].startswith(f"ok     {name} ")
        assert own == [] if name == "europe-2025" else (own and all(w.startswith("warning: ") for w in own))
