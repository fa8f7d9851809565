"""Session 12 (kill test ci21): a Ctrl-C that lands while DuckDB runs a query comes back as
DuckDB's own error ("Query interrupted"), not KeyboardInterrupt; the command must still exit
130 with "interrupted", not 3 with "internal error"."""

from __future__ import annotations

import signal

import pytest

import reassure.cli as cli


def _main_with(monkeypatch, capsys, app) -> tuple[int, str]:
    """`cli.main()` with `app` as the command line: its exit status and what it wrote on stderr."""
    monkeypatch.setattr(cli, "app", app)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    return stop.value.code, capsys.readouterr().err


@pytest.mark.parametrize("err", [RuntimeError("Query interrupted"),
                                 type("InterruptException", (Exception,), {})("x")])
def test_an_interrupted_query_is_an_interrupt(monkeypatch, capsys, err: Exception) -> None:
    def app() -> None:
        raise err

    code, stderr = _main_with(monkeypatch, capsys, app)
    assert code == 130
    assert stderr.strip() == "interrupted"


def test_another_runtime_error_is_still_a_bug(monkeypatch, capsys) -> None:
    def app() -> None:
        raise RuntimeError("something else")

    monkeypatch.delenv("REASSURE_DEBUG", raising=False)
    code, stderr = _main_with(monkeypatch, capsys, app)
    assert code == 3
    assert "internal error: RuntimeError: something else" in stderr


def test_an_interrupt_wrapped_by_an_import_is_an_interrupt(monkeypatch, capsys) -> None:
    """(s28, CI) Ctrl-C while a command imported pydantic: Python 3.11 wrapped it as
    "RuntimeError: Error calling __set_name__ ..." caused by the KeyboardInterrupt; the run said
    "internal error" and exited 3."""
    def app() -> None:
        class Named:
            def __set_name__(self, owner: type, name: str) -> None:
                raise KeyboardInterrupt

        try:
            type("Model", (), {"field": Named()})
        except KeyboardInterrupt:  # Python >= 3.12 adds a note instead of wrapping: wrap as 3.11
            raise RuntimeError("Error calling __set_name__") from KeyboardInterrupt()

    code, stderr = _main_with(monkeypatch, capsys, app)
    assert code == 130
    assert stderr.strip() == "interrupted"


def test_an_error_handled_after_an_unrelated_error_is_still_a_bug(monkeypatch, capsys) -> None:
    def app() -> None:
        try:
            raise ValueError("first")
        except ValueError as first:
            raise TypeError("second") from first

    monkeypatch.delenv("REASSURE_DEBUG", raising=False)
    code, stderr = _main_with(monkeypatch, capsys, app)
    assert code == 3
    assert "internal error: TypeError: second" in stderr


@pytest.mark.parametrize(("orig_argv", "argv0", "launched"), [
    (["python", "-m", "reassure.cli", "assess"], "-m", True),
    (["python", "-m", "reassure", "assess"], "-m", True),
    (["python", "-X", "dev", "-m", "reassure.cli"], "-m", True),
    (["/venv/bin/python", "/venv/bin/reassure", "assess"], "/venv/bin/reassure", True),
    (["python", "-m", "pytest", "tests"], "/venv/lib/pytest/__main__.py", False),
    (["python", "-m", "reassure.run.pipeline"], "-m", False),
    (["python", "-c", "import reassure"], "-c", False),
    (["python", "analysis.py", "-m", "reassure"], "analysis.py", False),
    (["python"], "", False),
])
def test_only_the_command_line_holds_ctrl_c_while_starting(orig_argv, argv0, launched) -> None:
    """(s28, CI) `python -m reassure.cli` imports the package before cli.py: a Ctrl-C inside
    `typing` then printed a traceback. The package holds Ctrl-C itself when the process is the
    command line, and leaves a library user's Ctrl-C alone."""
    from reassure._startup import launched_as_command

    assert launched_as_command(orig_argv, argv0) is launched


def test_importing_reassure_leaves_ctrl_c_alone() -> None:
    import subprocess
    import sys

    probe = ("import signal, reassure; "
             "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         preexec_fn=_ctrl_c_as_usual)
    assert out.stdout.strip() == "True"


def test_the_command_line_holds_ctrl_c_from_the_package_import_on() -> None:
    """What `python -m reassure.cli` runs first is the package's __init__: after it, the
    start-up handler stands (cli.py's own line comes later)."""
    import subprocess
    import sys

    probe = ("import sys; sys.orig_argv[:] = [sys.executable, '-m', 'reassure.cli']; "
             "import signal, reassure, reassure._startup as s; "
             "print(signal.getsignal(signal.SIGINT) is s.interrupted_while_starting)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         preexec_fn=_ctrl_c_as_usual)
    assert out.stdout.strip() == "True"


def _ctrl_c_as_usual() -> None:
    # pytest-xdist's workers ignore SIGINT and their children inherit that: a command line
    # started by a user's shell has Python's own handler
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_a_ctrl_c_swallowed_by_a_callback_is_delivered_again() -> None:
    """(s28, CI) A Ctrl-C that lands in importlib's module-lock clean-up (a weakref callback) was
    printed as "Exception ignored in ..." and lost: a 200,000-run assess went on. From `main()`
    on it is raised again, outside the callback."""
    import subprocess
    import sys

    probe = "\n".join([
        "import weakref, reassure._startup as s",
        "s.deliver_swallowed_ctrl_c()",
        "class Thing: pass",
        "def callback(ref): raise KeyboardInterrupt",
        "thing = Thing(); ref = weakref.ref(thing, callback)",
        "try:",
        "    del thing",
        "    import time; t = time.monotonic()",
        "    while time.monotonic() - t < 20: time.sleep(0.01)  # the run going on",
        "    print('lost')",
        "except KeyboardInterrupt:",
        "    print('delivered')",
    ])
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                         preexec_fn=_ctrl_c_as_usual)
    assert out.stdout.strip() == "delivered", (out.stdout, out.stderr)
    assert "Exception ignored" not in out.stderr


def test_other_swallowed_errors_still_reach_pythons_hook() -> None:
    import subprocess
    import sys

    probe = "\n".join([
        "import weakref, reassure._startup as s",
        "s.deliver_swallowed_ctrl_c()",
        "class Thing: pass",
        "def callback(ref): raise ValueError('in a callback')",
        "thing = Thing(); ref = weakref.ref(thing, callback)",
        "del thing",
        "print('went on')",
    ])
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "went on"
    assert "Exception ignored" in out.stderr and "ValueError: in a callback" in out.stderr


def test_an_error_after_sigterm_is_an_interrupt(monkeypatch, capsys) -> None:
    """(s32) SIGTERM landing inside a C extension's import (numba's) came back as a bare
    ImportError, no KeyboardInterrupt in its chain: "internal error", exit 3 (1 in 50 kills)."""
    import faulthandler
    import os

    def app() -> None:
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            signal.sigtimedwait([], 0)  # let the handler run here, inside the "import"
        except KeyboardInterrupt:
            raise ImportError("numba could not be imported") from None

    try:
        code, stderr = _main_with(monkeypatch, capsys, app)
    finally:
        faulthandler.cancel_dump_traceback_later()  # the handler's deadline: not for this process
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    assert code == 130
    assert stderr.strip() == "interrupted"


def test_an_error_without_sigterm_is_still_a_bug_on_the_next_run(monkeypatch, capsys) -> None:
    """The SIGTERM mark is the run's own: a later run's ImportError is a bug again."""
    import faulthandler
    import os

    def stopped() -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        signal.sigtimedwait([], 0)

    def broken() -> None:
        raise ImportError("numba could not be imported")

    try:
        assert _main_with(monkeypatch, capsys, stopped)[0] == 130
    finally:
        faulthandler.cancel_dump_traceback_later()
    monkeypatch.delenv("REASSURE_DEBUG", raising=False)
    try:
        code, stderr = _main_with(monkeypatch, capsys, broken)
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    assert code == 3
    assert "internal error: ImportError" in stderr
