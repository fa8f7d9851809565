"""`reassure serve`: the plans in a browser — map, headline, verdicts, edit, run, compare."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import quote

import typer

__all__ = ["command"]


def command(
    scenarios: Annotated[Path, typer.Option("--scenarios", help="folder of your plans: variants are saved here (created at the first save); not the shipped plans' folder")] = Path("my-plans"),
    host: Annotated[str, typer.Option("--host", help="address to bind; the default serves this machine only")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="port (0: any free port)")] = 8765,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="REASSURE_TOKEN",
        help="access token, at least 16 characters (default: a new random one); the environment variable "
             "REASSURE_TOKEN keeps it out of the process list, where other users of the machine can read an option")] = None,
) -> None:
    """Serve the plans on a local web page (token required on every request)."""
    import secrets
    import socket

    from reassure.errors import ReassureError

    try:
        import uvicorn

        from reassure.present.web.app import create_app
    except ModuleNotFoundError as exc:  # pragma: no cover - fastapi and uvicorn are dependencies
        raise ReassureError(f"reassure serve needs {exc.name}: pip install fastapi uvicorn") from None
    from reassure.spec._load import path_problem, shown_path

    problem = path_problem(scenarios)  # (a name over 255 bytes was an internal error)
    if problem:
        raise ReassureError(f"--scenarios {shown_path(scenarios)}: {problem}")
    if scenarios.exists() and not scenarios.is_dir():
        raise ReassureError(f"--scenarios {scenarios}: is a file; expected a folder")
    from reassure.spec._load import shipped_scenario_dir

    if scenarios.resolve() == shipped_scenario_dir().resolve():
        # review 20 5: the shipped plans were listed twice, and a variant saved among them
        raise ReassureError(f"--scenarios {scenarios}: is the folder of the shipped plans, which the page "
                            "lists already; give a folder of your own for your variants (default: ./my-plans)")
    key = token or secrets.token_urlsafe(24)
    if len(key) < 16:
        raise ReassureError("--token (or REASSURE_TOKEN) must be at least 16 characters")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise ReassureError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    bound = sock.getsockname()[1]
    app = create_app(scenarios.resolve(), key)
    shown = f"[{host}]" if ":" in host else host
    made = "" if scenarios.is_dir() else " (created when you first save a variant)"
    print(f"reassure serve: your plans in {scenarios.resolve()}{made}", flush=True)
    # (review s49) percent-encoded: a token with "+", "&" or "#" gave an address that was refused
    print(f"open http://{shown}:{bound}/?token={quote(key, safe='')}", flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}, reachable from other machines; keep the token secret", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
