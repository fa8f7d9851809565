"""`reassure serve` as a command: loopback by default, a token printed once and required."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import first_answer


def test_serve_prints_a_token_url_on_loopback_and_requires_it(tmp_path: Path) -> None:
    import httpx

    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "reassure.cli", "serve", "--port", "0",
                             "--scenarios", str(tmp_path / "plans")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        m = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([\w-]{16,})", lines[1])
        assert m, lines
        base, token = f"http://127.0.0.1:{m.group(1)}", m.group(2)
        r = first_answer(f"{base}/api/scenarios", timeout=5)
        assert r.status_code == 403  # type: ignore[attr-defined]
        ok = httpx.get(f"{base}/api/scenarios", params={"token": token}, timeout=10)
        assert ok.status_code == 200 and ok.json()["user_dir"] == str((tmp_path / "plans").resolve())
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_a_short_token_and_a_file_as_folder(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    for args in (["--token", "short"], ["--scenarios", str(target)]):
        proc = subprocess.run([sys.executable, "-m", "reassure.cli", "serve", "--port", "0", *args],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
