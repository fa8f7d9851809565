"""The example notebook runs from top to bottom, in a kernel of this very virtualenv."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="the test extra is not installed")
nbclient = pytest.importorskip("nbclient", reason="the test extra is not installed")

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "examples" / "assess-and-compare.ipynb"


def test_example_notebook_runs_in_this_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # A first cell, added here only, reports which Python and which reassure the kernel runs.
    probe = nbformat.v4.new_code_cell(
        "import sys, json, reassure; print(json.dumps([sys.executable, reassure.__file__]))")
    nb.cells.insert(0, probe)
    # The kernel is a child process: it inherits this, so it imports this checkout's code.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO / "src"),
                                                      os.environ.get("PYTHONPATH", "")]))
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    executable, module = json.loads(nb.cells[0].outputs[0]["text"])
    assert Path(executable).resolve() == Path(sys.executable).resolve()
    assert Path(module).resolve().is_relative_to((REPO / "src").resolve())
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    # The comparison shows what the override changed: the target, with and without the US.
    chance_cell = nb.cells[-1]
    assert chance_cell.outputs and chance_cell.outputs[-1]["output_type"] == "execute_result"
    target_cell = next(c for c in nb.cells if "target_troops\", \"deployed_total" in c.source)
    table = target_cell.outputs[-1]["data"]["text/plain"]
    assert "30000" in table.replace(",", "") and "20000" in table.replace(",", "")
