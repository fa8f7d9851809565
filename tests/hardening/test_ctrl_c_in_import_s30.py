"""(s30) A Ctrl-C that lands while a lazily imported module runs its import code is sent again
once the import is done (`_startup.ctrl_c_after_imports`): inside the import, pydantic-core
turned it into a "SchemaError ... KeyboardInterrupt" (exit 3, "a bug in reassure") and numba's
extension printed a traceback (CI under load, session 30)."""

from __future__ import annotations

import importlib
import os
import signal
import sys
import time
import types
from pathlib import Path

import pytest

from reassure import _startup


def test_outside_an_import_it_is_a_keyboard_interrupt() -> None:
    with pytest.raises(KeyboardInterrupt):
        _startup.ctrl_c_after_imports(signal.SIGINT, sys._getframe())


def test_inside_an_import_it_is_sent_again_later(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "kill", lambda pid, sig: sent.append((pid, sig)))
    seen: dict[str, object] = {}
    (tmp_path / "s30_probe_module.py").write_text(
        "import sys\nFRAME = sys._getframe()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("s30_probe_module")
    seen["frame"] = module.FRAME
    # the frame a module's code runs in while it is imported has importlib's frames below it
    assert _startup._inside_import(seen["frame"])
    _startup.ctrl_c_after_imports(signal.SIGINT, seen["frame"])  # no KeyboardInterrupt here
    deadline = time.monotonic() + 2.0
    while not sent and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sent == [(os.getpid(), signal.SIGINT)]


def test_a_plain_frame_is_not_an_import() -> None:
    frame = types.SimpleNamespace(f_code=types.SimpleNamespace(co_filename="/x/y.py"),
                                  f_back=None)
    assert not _startup._inside_import(frame)
