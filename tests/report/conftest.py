"""A report built once per test session through the CLI, and a headless chromium."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def report_dir(tmp_path_factory: pytest.TempPathFactory, run_cli) -> Path:
    """europe-2025 assessed once (40 runs, the scenario's seed) and written out as a user would."""
    out = tmp_path_factory.mktemp("report")
    result = run_cli("assess", "europe-2025", "--runs", "40", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert "Report: " in result.stdout
    return out


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed through apt where missing (as CI runs as root)."""
    if not Path(CHROMIUM).exists() and shutil.which("apt-get") and os.geteuid() == 0:
        # `make test` runs pytest-xdist workers: one installs, the others wait on the lock (two
        # apt-gets at once would fail on dpkg's own lock and skip the browser tests)
        with open(Path(tempfile.gettempdir()) / "reassure-tests-chromium.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not Path(CHROMIUM).exists():
                env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
                subprocess.run(["apt-get", "update", "-qq"], check=False, env=env,
                               capture_output=True)
                subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False,
                               env=env, capture_output=True)
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is absent and could not be installed with apt-get "
                    "(needs root and the Debian package registry)")
    return CHROMIUM
