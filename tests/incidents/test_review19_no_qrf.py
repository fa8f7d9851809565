"""Review 19 #5: with ``incidents.qrf_per_garrison = 0`` the incidents output said "their QRFs are
co-located with the placed garrisons" though the plan fields no QRF; it now says there is none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
QRF = "qrf_per_garrison = { value = 1,"


@pytest.mark.parametrize("per_garrison", [0, 1])
def test_the_output_speaks_of_qrfs_only_when_there_are_some(tmp_path: Path, run_cli,  # noqa: ANN001
                                                            per_garrison: int) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(SHIPPED.replace(QRF, QRF.replace("1", str(per_garrison)), 1), encoding="utf-8")
    out = run_cli("incidents", path, "--runs", "2", env={"COLUMNS": "400"})
    assert out.exit_code == 0, out.stderr
    text = " ".join((out.stdout + out.stderr).split())
    units = json.loads(run_cli("incidents", path, "--runs", "2", "--format", "json").stdout)["units"]
    kinds = {u["kind"] for u in units}
    if per_garrison == 0:
        assert "ground_qrf" not in kinds
        assert "QRFs are co-located" not in text
        assert "incidents.qrf_per_garrison is 0: the garrisons field no ground QRF" in text
    else:
        assert "ground_qrf" in kinds
        assert "QRFs are co-located" in text  # the shipped plan mans more garrisons than it places
        assert "no ground QRF" not in text
