"""The `reassure` command line.

Each command lives in `reassure.commands.<name>` and imports its heavy dependencies inside the
function body, so `reassure --help` stays fast and imports no scipy, shapely or pandas. Every
`ReassureError` is printed as one line on stderr with exit status 2, never as a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

from reassure._startup import (
    ctrl_c_after_imports,
    deliver_swallowed_ctrl_c,
    hold_ctrl_c_while_starting,
    launched_as_command,
    restore_ctrl_c,
)

if __name__ == "__main__":  # `python path/to/cli.py`; `-m` and the script: the package holds it
    hold_ctrl_c_while_starting()  # until main(): nothing is written before it

import typer  # noqa: E402  (after the start-up Ctrl-C handler)

__all__ = ["app", "main", "run"]

app = typer.Typer(
    name="reassure",
    help="Build, test and compare plans for a multinational ceasefire reassurance force.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from reassure._version import __version__

        print(f"reassure {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="print the version and exit"),
) -> None:
    """Build, test and compare plans for a multinational ceasefire reassurance force."""

# (command name, module, function): the order is the order of `reassure --help`.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("assess", "reassure.commands.assess", "command"),
    ("compare", "reassure.commands.compare", "compare"),
    ("scenarios", "reassure.commands.scenario", "scenarios"),
    ("validate", "reassure.commands.scenario", "validate"),
    ("show", "reassure.commands.scenario", "show"),
    ("force", "reassure.commands.force", "command"),
    ("monitor", "reassure.commands.monitor", "command"),
    ("posture", "reassure.commands.posture", "command"),
    ("respond", "reassure.commands.respond", "command"),
    ("incidents", "reassure.commands.incidents", "command"),
    ("evidence", "reassure.commands.evidence", "command"),
    ("ids", "reassure.commands.ids", "command"),
    ("serve", "reassure.commands.serve", "command"),
)


def _register() -> None:
    for name, module_name, function in COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # a command not built yet
                continue
            raise
        app.command(name=name)(getattr(module, function))


_register()


def _register_groups() -> None:
    # Command groups (a sub-app with its own commands); `reassure explore FILE` runs one.
    from reassure.commands.explore import app as explore_app

    app.add_typer(explore_app, name="explore")


_register_groups()


def _settle_pools(timeout_s: float = 5.0) -> None:
    """Before an interrupted run exits: wait (at most ``timeout_s`` each) for the process pools'
    manager threads to end, so that their wake-up pipes are closed before concurrent.futures'
    exit hook writes to them. Otherwise the hook can write while a thread closes its pipe and
    print "Bad file descriptor" after "interrupted" (CI, session 31; 2 of 50 kills of `assess`
    under load, the stop landing while the pool shut down)."""
    process = sys.modules.get("concurrent.futures.process")
    for thread in list(getattr(process, "_threads_wakeups", {})):
        if thread.is_alive():
            thread.join(timeout=timeout_s)


TERMINATE_GRACE_S = 20.0
_terminated = False  # set by `_terminate`: the run is being stopped by SIGTERM


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM: unwind like Ctrl-C, with a deadline. Once, in CI, a run killed at a random
    moment had not ended 120 s later (session 14; not reproduced since): if the unwinding
    sticks, faulthandler's own thread (it needs no interpreter lock) prints where each thread
    stands and ends the process, so a killed run never hangs. Nothing already written is lost:
    the --out folder is swapped whole or not at all, and a staging folder left behind is
    recovered by the next run."""
    import faulthandler

    global _terminated
    _terminated = True
    faulthandler.dump_traceback_later(TERMINATE_GRACE_S, exit=True)
    raise KeyboardInterrupt


def _interrupted_words() -> str:
    """What a stop by Ctrl-C or SIGTERM means for the command that was stopped (review s34:
    `serve` said a run was cut short, though none was running)."""
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    if command == "serve":
        return "stopped: the server is closed"
    return "interrupted: the run stopped before it finished (an --out folder keeps its previous results, whole)"


def main() -> None:
    """Entry point: run the app, turning user errors into one line and exit status 2."""
    import signal

    from reassure.errors import ReassureError, raised_by_interrupt

    restore_ctrl_c()  # the imports are done: Ctrl-C unwinds (KeyboardInterrupt)
    if launched_as_command():  # a process of its own (not a test calling main()): Ctrl-C
        deliver_swallowed_ctrl_c()  # unwinds even when it first lands in a callback that swallows it
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, ctrl_c_after_imports)  # (s30) not inside a lazy import
    # SIGTERM unwinds like Ctrl-C, so `finally` blocks stop worker processes and remove
    # temporary files instead of leaving them behind.
    global _terminated
    _terminated = False
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except SystemExit as exc:
        # typer turns Ctrl-C into a silent exit 130 (its Exit raised from the KeyboardInterrupt,
        # then sys.exit): say so. A command that said it itself exits 130 with no such chain.
        if exc.code == 130 and isinstance(getattr(exc.__context__, "__cause__", None), KeyboardInterrupt):
            print(_interrupted_words(), file=sys.stderr)
        if exc.code == 130:
            _settle_pools()
        raise
    except ReassureError as err:
        from reassure.errors import problem_lines

        for line in problem_lines(err):  # every problem of a file, not the first and "4 more"
            print(f"error: {line}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        _settle_pools()
        sys.exit(130)
    except Exception as err:  # a bug, not the user's fault: say so without a wall of text
        # Ctrl-C or SIGTERM in a DuckDB query or an import, wrapped; or any error once SIGTERM
        # landed: a C extension's import that it broke comes back as a bare ImportError with no
        # chain to follow (numba, 1 in 50 kills, session 31)
        if raised_by_interrupt(err) or _terminated:  # (s53: in reassure.errors, explore reads it too)
            print("interrupted", file=sys.stderr)
            _settle_pools()
            sys.exit(130)
        if _path_too_long(err):
            sys.exit(2)
        if os.environ.get("REASSURE_DEBUG"):
            raise
        print(
            f"internal error: {type(err).__name__}: {err}\n"
            "This is a bug in reassure; run again with REASSURE_DEBUG=1 for the traceback.",
            file=sys.stderr,
        )
        sys.exit(3)


def _path_too_long(err: BaseException) -> bool:
    """A path no file system call could take, given by the user, that reached here unchecked
    (each command checks its own arguments first, naming them): said in one line, exit 2, not
    as a bug ("internal error: OSError: [Errno 36] File name too long", exit 3)."""
    import errno

    if not isinstance(err, OSError) or err.errno != errno.ENAMETOOLONG:
        return False
    from reassure.spec._load import path_problem, shown_path

    path = err.filename if isinstance(err.filename, str) else None
    what = (path_problem(path) if path else None) or "a part of the path is longer than the file system allows"
    print(f"error: {shown_path(path) + ': ' if path else ''}{what}", file=sys.stderr)
    return True


LINGERING_THREADS_WAIT_S = 10.0  # for threads still going when the run ends; then it ends anyway


def _wind_down(wait_s: float) -> None:
    """What the interpreter's exit would do for a worker pool left open, with a bound: wake each
    pool's manager thread to shut its workers down (concurrent.futures' exit hook, without its
    unbounded join), give the threads still going ``wait_s`` seconds in all, then stop the child
    processes still alive (multiprocessing's exit handler would wait for them without end)."""
    import threading
    import time

    futures_process = sys.modules.get("concurrent.futures.process")
    if futures_process is not None:
        futures_process._global_shutdown = True  # type: ignore[attr-defined]
        for wakeup in list(getattr(futures_process, "_threads_wakeups", {}).values()):
            try:
                wakeup.wakeup()
            except (OSError, ValueError):  # its pipe already closed: that pool is shut down
                pass
    deadline = time.monotonic() + wait_s
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.daemon or not thread.is_alive():
            continue
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:
        return
    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=2)
        if child.is_alive():
            child.kill()
            child.join(timeout=1)


def _end_now(code: int) -> Any:
    """A signal handler that ends the process at once with ``code`` (a second Ctrl-C while a
    finished run waits for its threads)."""

    def handler(_signum: int, _frame: Any) -> None:
        os._exit(code)

    return handler


def run() -> None:
    """The `reassure` script: `main()`, then the process ends without tearing the interpreter
    down.

    Freeing every module and object of a finished run (numba, scipy, the results) takes a
    tenth of a second or more and changes nothing: the exit handlers (`atexit`: temporary
    files, the logging and multiprocessing clean-ups) still run and both streams are flushed
    first. A worker pool left open (after Ctrl-C) is wound down with a bound, `_wind_down`:
    the interpreter's own exit joined its threads and processes without one, so one stuck
    thread could hang a stopped run (s46); a second Ctrl-C or a SIGTERM while it waits ends the
    process. Tests call `main()` in their own process, which must go on.
    """
    import atexit
    import signal

    interrupted = False
    try:
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
    except KeyboardInterrupt:  # SIGTERM or Ctrl-C just as the run ended: nothing left to stop
        code, interrupted = 130, True
    # The run is over and its files are whole: a signal now ends the process at once (no
    # traceback from the clean-up below), what is printed so far flushed first.
    signal.signal(signal.SIGTERM, _end_now(143))
    signal.signal(signal.SIGINT, _end_now(130))
    if interrupted:  # said once the handlers are in place: a Ctrl-C after it ends the process
        print("interrupted", file=sys.stderr)
    _flush_streams()  # a signal during the wind-down ends the process without flushing
    _wind_down(LINGERING_THREADS_WAIT_S)
    atexit._run_exitfuncs()
    if not _flush_streams():  # a closed pipe (`| head`) or a closed stream
        code = code or 1
    os._exit(code)


def _flush_streams() -> bool:
    """Flush stdout and stderr; False when one of them could not be (a closed pipe or stream)."""
    flushed = True
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            flushed = False
    return flushed


if __name__ == "__main__":
    run()
