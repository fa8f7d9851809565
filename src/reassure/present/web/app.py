"""`reassure serve`: browse, edit, run and compare plans in a browser (FastAPI).

Security on a shared machine: bound to 127.0.0.1 by default, and every request needs the token
printed at start (``?token=`` once, then a cookie; or the ``X-Reassure-Token`` header), like
Jupyter. Scenario names are checked against a strict pattern and looked up only in the shipped
folder and the user folder, so no name reaches outside them. Request bodies over `MAX_BODY`
bytes are refused with 413 before they are read in full.

Runs are background jobs, one at a time (the assessment already uses both cores of a laptop):
each runs in a forked child process, so cancelling a run ends that process (the child resets
the server's signal handlers, and is killed if SIGTERM does not end it). Results are cached
by (each file of the plan's `extends` chain with a digest of its bytes, runs, seed), so opening a
compared plan again is free, and an edit of a parent file makes its variants' results stale.
"""

from __future__ import annotations

import hmac
import importlib
import itertools
import json
import multiprocessing
import os
import pickle
import queue
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AllowInfNan, BaseModel, ConfigDict, Field, Strict, StrictBool, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from reassure.present.web.rules import MIN_ASSUMPTION, assumption_fault
from reassure.run.assess import DEFAULT_RUNS, MAX_SEED, SEED_RANGE
from reassure.spec._names import name_fault  # the rules `validate` applies to a name
from reassure.vocabulary import plural

__all__ = ["DEFAULT_RUNS", "MAX_BODY", "create_app"]

MAX_BODY = 256 * 1024  # a variant is a few kB; nothing the page sends comes near this
COOKIE = "reassure_token"
#: A finished run's files the page offers to download (as `reassure assess --out` writes them).
DOWNLOADS = {"results.json": "application/json", "figures.csv": "text/csv"}
FAVICON = "favicon.svg"  # in present/static, shipped with the package


NAME_RULE = ("a name is lower-case letters, digits, '-', '_' and '.' (not last), starts with a letter or a digit, "
             "and has at most 64 characters")


def _name_problem(name: str) -> str:
    """What is wrong with a scenario name, said as the rule it breaks ("" when it is good): the
    loader's own rule (`reassure.spec._names.name_fault`, s47: one rule, not a copy of it)."""
    fault = name_fault(name)
    return "" if fault is None else f"a name {fault}"


def _check_name(name: str) -> str:
    problem = _name_problem(name)
    if problem:
        # review: ".hidden" was refused with the list of characters allowed, all of which it used
        raise HTTPException(400, f"not a scenario name: {name[:80]!r}: {problem} ({NAME_RULE})")
    return name


# What a browser is shown when it opens the page without the token (review 41 14).
NO_TOKEN_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>reassure serve: a token is needed</title>'
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:40px auto;padding:0 16px}</style></head>'
    "<body><h1>A token is needed</h1><p>This page of <code>reassure serve</code> opens only with the token "
    "printed when the server started. Open the whole address <code>reassure serve</code> printed in its "
    "terminal, the one ending in <code>?token=...</code>; the browser keeps the token after that.</p>"
    "<p>Lost it? Stop the server and start <code>reassure serve</code> again: it prints a new address.</p>"
    "</body></html>")


# -- request bodies ---------------------------------------------------------------------------
# A finite JSON number: NaN and Infinity are refused (no file can hold them), and so is a number
# written as text ("200"), as a run's count is (review: "value": "200" was saved as 200)
Number = Annotated[float, Strict(), AllowInfNan(False)]


class Change(BaseModel):
    # an unknown key is refused, never silently dropped; a "unit" is read: the value is
    # converted to the parameter's own unit (the file keeps that unit), or refused when the
    # unit is not one of the parameter's (review 20 3: 30 meant as minutes was saved as 30 h)
    model_config = ConfigDict(extra="forbid")

    path: str = Field(max_length=200, description="dotted parameter path, e.g. contributors[SWE].pledge_troops (or contributors[8].pledge_troops)")
    # bool first and strict, so true stays a switch's true and is not read as 1.0
    value: StrictBool | Number | None = Field(default=None, description="new point value (or a switch)")
    # NaN and Infinity (which JSON readers accept) are refused here: no file can hold them
    low: Number | None = Field(default=None, description="new lower bound (with high)")
    high: Number | None = Field(default=None, description="new upper bound (with low)")
    unit: str | None = Field(default=None, max_length=40,
                             description="the unit of value/low/high (default: the parameter's own unit)")
    source: list[str] = Field(default_factory=list, max_length=20, description="ids of the plan's sources")
    assumption: str = Field(default="", max_length=2000,
                            description=f"why the new value is assumed (at least {MIN_ASSUMPTION} characters)")

    @field_validator("source")
    @classmethod
    def _once_each(cls, ids: list[str]) -> list[str]:
        return list(dict.fromkeys(ids))  # review s49: an id given twice was written twice


class VariantBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=64)
    title: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=4000)
    changes: list[Change] = Field(min_length=1, max_length=200)
    replace: bool = Field(default=False, description="overwrite the user's variant of that name")


MAX_RUNS = 400  # a few minutes on a laptop; the page says so when a request asks for more
# the one seed range of `reassure assess`, the Python API and the page (review 41 11: the page
# refused seeds above 2**32 that the command line ran): `reassure.run.assess.MAX_SEED`


class RunBody(BaseModel):
    # as for a variant: a misspelt "sede" is refused, never dropped while the run goes ahead
    # with the scenario's seed; strict ints, so `true` is not one run and 2.0 not a count
    model_config = ConfigDict(extra="forbid", strict=True)

    scenario: str = Field(max_length=64)
    runs: int = Field(default=DEFAULT_RUNS, ge=1, le=MAX_RUNS, description=f"Monte Carlo runs, 1..{MAX_RUNS}")
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED,
                             description="random seed; none: the scenario's own seed")


# what a request's field must be, said as a person would (pydantic's own words name its types)
_EXPECTED = {"runs": f"a whole number of runs from 1 to {MAX_RUNS} is expected",
             "seed": f"{SEED_RANGE} is expected (or leave it out for the scenario's seed)",
             "value": "a finite number (or true/false for a switch) is expected",
             "low": "a finite number is expected", "high": "a finite number is expected"}
_UNION_TAGS = {"float", "bool", "int", "str", "none"}
# what an empty body should have held, per endpoint
_RUN_FIELDS = ('a JSON object is expected: {"scenario": name, "runs": 1..400, "seed": 0..2**63 - 1} '
               "(scenario required; runs and seed optional)")
_VARIANT_FIELDS = ('a JSON object is expected: {"name": new name, "changes": [{"path": ..., "value": ..., '
                   '"source": [...] or "assumption": ...}], "title", "description", "replace"} '
                   "(name and changes required)")


def request_problems(errors: Any, run_request: bool = False, body: Any = None) -> str:
    """``changes[0].unit: is not a known field (known: ...)``; every problem, joined by "; ".
    A problem in a change names the parameter it was for, from the request ``body``."""
    out: list[str] = []
    for e in errors:
        loc = [p for p in e.get("loc", ()) if p not in ("body", "query", "path")]
        while loc and isinstance(loc[-1], str) and loc[-1] in _UNION_TAGS:
            loc = loc[:-1]  # "value.float", "value.bool": one problem with the value, said once
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        last = loc[-1] if loc else ""
        if len(loc) > 2 and loc[0] == "changes" and isinstance(loc[1], int) and isinstance(body, dict):
            given = body.get("changes")
            item = given[loc[1]] if isinstance(given, list) and loc[1] < len(given) else None
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                where += f" ({item['path'][:200]})"
        if e.get("type") == "extra_forbidden":
            if "changes" in loc:
                known = ", ".join(Change.model_fields)
            elif run_request:
                known = ", ".join(RunBody.model_fields)
            else:
                known = ", ".join(VariantBody.model_fields)
            text = f"is not a known field (known: {known})"
        elif e.get("type") == "too_short" and loc == ["changes"]:
            text = "at least one change is needed"
        elif e.get("type") == "json_invalid":
            where, text = "", "the body is not valid JSON"
        elif e.get("type") in ("model_attributes_type", "dict_type") and not loc:
            text = "a JSON object is expected"
        elif e.get("type") == "missing" and not loc:
            # review: an empty body was answered "is required", naming nothing
            text = "the body is empty; " + (_RUN_FIELDS if run_request else _VARIANT_FIELDS)
        elif e.get("type") == "missing":
            text = "is required"
        elif isinstance(last, str) and last in _EXPECTED:
            text = _EXPECTED[last]
            given = e.get("input")
            if last in ("value", "low", "high") and isinstance(given, str):
                # review: "200" as text; said, so that the quotes are seen as the problem
                shown = json.dumps(given[:40], ensure_ascii=False)
                try:
                    float(given.replace(",", "").replace("_", ""))
                    text += f" (got the text {shown}: write the number without quotes)"
                except ValueError:  # (review s52) "ruled-out" is not a number in quotes
                    text += (f" (got the text {shown}: this page changes numbers with their units; a word "
                             "such as a nation's status is changed in the scenario file)")
        else:
            text = str(e.get("msg", "is not valid"))
        line = f"{where}: {text}" if where else text
        if line not in out:
            out.append(line)
    return "; ".join(out) or "the request is not valid"


SEND_JSON = "send the body as JSON (Content-Type: application/json)"


def is_json_type(content_type: str) -> bool:
    """Whether a Content-Type header names JSON (``application/json``, ``...+json``, any charset)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json"))


async def _json_body(request: Request) -> JSONResponse | None:
    """A POST to the API whose body is JSON sent under another Content-Type (curl's ``-d`` sends
    ``application/x-www-form-urlencoded``; review s44 #3): read as JSON when the token came in
    the ``X-Reassure-Token`` header or the address, refused saying which Content-Type to send
    otherwise. The token in the page's cookie alone is not enough for such a body: a page of
    another local server (the same site to a browser, whatever its port) may send the cookie
    with a form or a ``text/plain`` body, which needs no CORS preflight, never with a JSON one
    (FastAPI's strict Content-Type, its CSRF defence for local apps, is kept for it). None when
    the request goes on (its Content-Type made ``application/json`` when its body is JSON)."""
    if request.method not in ("POST", "PUT", "PATCH") or not request.url.path.startswith("/api/"):
        return None
    given = request.headers.get("content-type", "")
    if is_json_type(given):
        return None
    body = await request.body()
    if not body.strip():
        return None  # said as an empty body by the endpoint
    sent = f"it was sent as {given}" if given else "it was sent without a Content-Type"
    if not (request.query_params.get("token") or request.headers.get("x-reassure-token")):
        return JSONResponse({"detail": f"{SEND_JSON}; {sent}, which is taken only with the token in the "
                                       "X-Reassure-Token header or the address, not the cookie alone"},
                            status_code=422)
    try:
        json.loads(body)
    except (ValueError, RecursionError):
        return JSONResponse({"detail": f"the body is not valid JSON; {SEND_JSON} ({sent})"}, status_code=422)
    headers = [(k, v) for k, v in request.scope["headers"] if k.lower() != b"content-type"]
    request.scope["headers"] = [*headers, (b"content-type", b"application/json")]
    return None


# -- jobs -------------------------------------------------------------------------------------
@dataclass
class Job:
    id: str
    scenario: str
    runs: int
    seed: int | None
    key: tuple[Any, ...]
    path: str = ""  # the scenario file the run loads
    state: str = "queued"  # queued, running, done, failed, cancelled
    steps: list[str] = field(default_factory=list)
    steps_total: int = 0
    error: str = ""
    started: float = 0.0
    finished: float = 0.0
    folder: Path | None = None
    assessment: Any = None
    process: Any = None
    summary: Any = None  # the page's summary, built once
    cancelled_at: float = 0.0  # when Cancel was pressed (the child is killed after `KILL_AFTER`)

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "scenario": self.scenario, "runs": self.runs, "seed": self.seed,
                "state": self.state, "steps": list(self.steps), "steps_total": self.steps_total,
                "error": self.error,
                "seconds": round((self.finished or time.time()) - self.started, 1) if self.started else 0.0,
                "report": f"/runs/{self.id}/report.html" if self.state == "done" else None,
                # review s49: the terminal's --out files, for a reader of the page too
                "downloads": {name: f"/runs/{self.id}/{name}" for name in DOWNLOADS} if self.state == "done" else {}}


# Seconds a cancelled run's child has to end after SIGTERM before it is killed (SIGKILL): the
# child resets its signal handlers (`_child_main`), so SIGTERM ends it at once; this is the
# backstop for a child that still does not stop (review s32 2).
KILL_AFTER = 1.0

# What a page run imports in its forked child (`_child`), loaded before each fork.
_CHILD_MODULES = ("reassure.spec", "reassure.run.assess", "reassure.run.capabilities",
                  "reassure.present.files", "reassure.present.report")


def run_steps_total() -> int:
    """Steps a page run reports: one a capability (the run is in one process, `workers=1`),
    the sensitivity swings, then writing the report (`_child`)."""
    from reassure.run.capabilities import CAPABILITIES

    return len(CAPABILITIES) + 2


def _child_main(path: str, runs: int, seed: int | None, folder: str, progress: Any) -> None:
    """The forked child's entry: the signal handlers the fork copied from the server are reset
    first, then `_child` runs. The server's own handler for SIGTERM (uvicorn's, which only sets
    a flag the child never reads) would otherwise swallow Cancel's SIGTERM, and the run went on
    for seconds through the sensitivity pass and the report (review s32 2)."""
    import signal

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    _child(path, runs, seed, folder, progress)


def _child(path: str, runs: int, seed: int | None, folder: str, progress: Any) -> None:
    """In the forked child: assess, write the outputs, pickle the assessment."""
    from reassure.present.files import write_outputs
    from reassure.run.assess import Settings, assess
    from reassure.spec import load_scenario

    try:
        scenario = load_scenario(path)
        result = assess(scenario, Settings(runs=runs, seed=seed, sensitivity=True, workers=1),
                        progress=lambda step: progress.put(("step", step)))
        progress.put(("step", "writing the report"))
        write_outputs(result, Path(folder))
        (Path(folder) / "assessment.pkl").write_bytes(pickle.dumps(result))
        progress.put(("done", ""))
    except Exception as exc:  # reported to the page as one line
        progress.put(("failed", f"{type(exc).__name__}: {exc}"))


#: Runs that may wait at once (review s52: 60 were accepted, hours of work queued by a script or
#: a held key); an identical run already queued or done is answered from it and counts once.
MAX_QUEUED = 20


class QueueFullError(Exception):
    """The run queue holds MAX_QUEUED runs waiting."""


class Jobs:
    """A queue of assessment jobs run one at a time in forked processes."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.jobs: dict[str, Job] = {}
        self.cache: dict[tuple[Any, ...], Job] = {}
        self.pending: queue.Queue[Job] = queue.Queue()
        # Counted once here: an import while the run thread forks would leave the child
        # holding the import lock.
        self.steps_total = run_steps_total()
        self.lock = threading.Lock()
        self.counter = itertools.count(1)
        self.thread = threading.Thread(target=self._loop, daemon=True, name="reassure-jobs")
        self.thread.start()

    def submit(self, scenario: str, path: Path, runs: int, seed: int | None) -> Job:
        key = (chain_key(path), runs, seed)
        with self.lock:
            cached = self.cache.get(key)
            if cached is not None and cached.state in ("queued", "running", "done"):
                return cached
            waiting = sum(j.state == "queued" for j in self.jobs.values())
            if waiting >= MAX_QUEUED:
                raise QueueFullError(f"{waiting} runs are waiting, the most this page queues ({MAX_QUEUED}): "
                                "wait for one to finish, or cancel one (DELETE /api/runs/ID)")
            job = Job(id=f"run{next(self.counter)}", scenario=scenario, runs=runs, seed=seed, key=key,
                      path=str(path), steps_total=self.steps_total)
            job.folder = self.workdir / job.id
            self.jobs[job.id] = job
            self.cache[key] = job
        self.pending.put(job)
        return job

    def cancel(self, job: Job) -> None:
        """Cancel a queued job, or stop a running one: SIGTERM now, SIGKILL after `KILL_AFTER`
        seconds if its child is still alive (`_loop`); its folder is removed when it has ended."""
        with self.lock:
            if job.state == "queued":
                job.state = "cancelled"
                job.cancelled_at = time.time()
            elif job.state == "running" and job.process is not None:
                job.state = "cancelled"
                job.cancelled_at = time.time()
                job.process.terminate()
            if job.state == "cancelled" and self.cache.get(job.key) is job:
                del self.cache[job.key]

    def done_for(self, path: Path, runs: int, seed: int | None) -> Job | None:
        """The finished run of the plan as its files are now (every file of its `extends` chain)."""
        job = self.cache.get((chain_key(path), runs, seed))
        return job if job is not None and job.state == "done" else None

    def under_way_for(self, path: Path, runs: int, seed: int | None) -> Job | None:
        """The queued or running run of the plan as its files are now, if any."""
        job = self.cache.get((chain_key(path), runs, seed))
        return job if job is not None and job.state in ("queued", "running") else None

    def _loop(self) -> None:
        context = multiprocessing.get_context("fork")
        while True:
            job = self.pending.get()
            if job.state != "queued":
                continue
            # A module another thread is importing at the moment of the fork stays locked in
            # the child forever; importing what the child runs here first waits for any such
            # import to finish (and makes the child's own imports no-ops).
            for module in _CHILD_MODULES:
                importlib.import_module(module)
            progress = context.Queue()
            assert job.folder is not None
            path = job.path
            proc = context.Process(target=_child_main, args=(path, job.runs, job.seed, str(job.folder), progress),
                                   daemon=True)
            with self.lock:
                if job.state != "queued":
                    continue
                if chain_key(Path(path)) != job.key[0]:
                    # its files changed while it waited: its result would be filed under numbers
                    # it was not run with (review: a variant ran its parent's old values)
                    job.state, job.finished = "failed", time.time()
                    job.error = ("the plan's file, or a plan it extends, changed after this run was "
                                 "asked for; start the run again to use the files as they are now")
                    if self.cache.get(job.key) is job:
                        del self.cache[job.key]
                    progress.close()
                    continue
                job.folder.mkdir(parents=True, exist_ok=True)
                job.state, job.started, job.process = "running", time.time(), proc
                proc.start()
            outcome = None
            while outcome is None:
                if job.state == "cancelled" and proc.is_alive() and time.time() - job.cancelled_at > KILL_AFTER:
                    proc.kill()  # it did not end on SIGTERM: Cancel means stop
                try:
                    kind, text = progress.get(timeout=0.2)
                except queue.Empty:
                    if not proc.is_alive():
                        outcome = ("failed", "the run stopped" if job.state != "cancelled" else "")
                    continue
                if kind == "step":
                    job.steps.append(text)
                else:
                    outcome = (kind, text)
            proc.join(timeout=5)
            if proc.is_alive():  # a child that said "done" or "failed" and hangs on exit
                proc.kill()
                proc.join(timeout=5)
            progress.close()
            with self.lock:
                job.finished = time.time()
                job.process = None
                if job.state == "cancelled":
                    # nothing half-written is kept: the report, tables and pickle of a
                    # cancelled run are removed with its folder
                    shutil.rmtree(job.folder, ignore_errors=True)
                    continue
                if outcome[0] == "done":
                    job.assessment = pickle.loads((job.folder / "assessment.pkl").read_bytes())
                    job.state = "done"
                else:
                    job.state, job.error = "failed", outcome[1]
                    shutil.rmtree(job.folder, ignore_errors=True)  # a failed run leaves no half report
                    if self.cache.get(job.key) is job:
                        del self.cache[job.key]


# -- scenarios --------------------------------------------------------------------------------
MAX_CHAIN = 32  # files followed up an `extends` chain for a cache key (the loader refuses loops)


def chain_key(path: Path) -> tuple[tuple[str, str], ...]:
    """What a plan's cached load and cached runs are keyed on: each file of its `extends` chain
    (the file, its parent, the parent's parent ...) with a digest of its bytes, so that an edit
    of any of them makes them stale (review: a variant kept showing and running its parent's
    old values after the parent file was edited, its cache keyed on its own file's mtime). A
    digest, not a modification time: an edit within the clock's tick that keeps the file's
    size is seen too. A file that cannot be read or parsed ends the chain; loading it says why."""
    import hashlib

    from reassure.spec import extends_chain

    return tuple((str(p.resolve()), hashlib.sha256(data).hexdigest()) if data is not None else (str(p), "unreadable")
                 for p, data in extends_chain(path, MAX_CHAIN))


class Library:
    """Shipped scenarios and the user's folder of variants."""

    def __init__(self, user_dir: Path) -> None:
        self.user_dir = user_dir
        self._loaded: dict[tuple[Any, ...], Any] = {}  # `chain_key` of the file -> scenario
        self.write_lock = threading.Lock()  # one save at a time puts a file in place

    def shipped(self) -> dict[str, Path]:
        from reassure.spec import list_scenarios

        return {p.stem: p for p in list_scenarios()}

    def user(self) -> dict[str, Path]:
        """The user's plans: never a shipped one (review 20 5: with ``--scenarios scenarios`` in a
        checkout, every shipped plan was listed twice, and "yours" opened the shipped file)."""
        return {name: p for name, p in self._user_files().items() if name not in self.shipped()}

    def shadowed(self) -> list[str]:
        """Files of the user's folder not listed: a shipped plan of that name is opened instead
        (the same file when the folder is the shipped one)."""
        shipped = {p.resolve() for p in self.shipped().values()}
        return [p.name for name, p in self._user_files().items()
                if name in self.shipped() and p.resolve() not in shipped]

    def misnamed(self) -> list[str]:
        """Files of the user's folder not listed because their name is no scenario name ("My
        Plan.toml"), each with what is wrong (review s49: they vanished without a word)."""
        if not self.user_dir.is_dir():
            return []
        # not a hidden file: a save's own temporary file (".name.x1y2.toml") or a system's ("._a.toml")
        return [f"{p.name}: not a scenario name: {_name_problem(p.stem)}; rename the file to open it"
                for p in sorted(self.user_dir.glob("*.toml"))
                if p.is_file() and not p.name.startswith(".") and _name_problem(p.stem)]

    def _user_files(self) -> dict[str, Path]:
        if not self.user_dir.is_dir():
            return {}
        # (review s49) the loader's own name rule, files only: "a..b.toml" or a folder "x.toml" was
        # listed and could not be opened
        return {p.stem: p for p in sorted(self.user_dir.glob("*.toml")) if p.is_file() and not _name_problem(p.stem)}

    def path(self, name: str) -> Path:
        _check_name(name)
        shipped, user = self.shipped(), self.user()
        if name in shipped:
            return shipped[name]
        if name in user:
            return user[name]
        from reassure.errors import did_you_mean

        raise HTTPException(404, f"no scenario {name!r}{did_you_mean(name, [*shipped, *user])}")

    def extended_by(self, name: str) -> list[str]:
        """The user plans whose `extends` names the user file ``name``.toml (replacing it would
        change them, or make them extend themselves)."""
        import tomllib

        from reassure.errors import ReassureError
        from reassure.spec import resolve_parent

        target = (self.user_dir / f"{name}.toml").resolve()
        out = []
        for other, path in self.user().items():
            try:
                ref = tomllib.loads(path.read_text(encoding="utf-8")).get("extends")
                if isinstance(ref, str) and resolve_parent(ref, path).resolve() == target:
                    out.append(other)
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ReassureError):
                continue  # a plan that cannot be read extends nothing it could lose
        return out

    def load(self, name: str) -> Any:
        from reassure.errors import ReassureError
        from reassure.spec import load_scenario

        path = self.path(name)
        key = chain_key(path)  # every file of its `extends` chain, not the file alone
        if key in self._loaded:
            return self._loaded[key]
        try:
            scenario = load_scenario(path)
        except ReassureError as exc:
            from reassure.errors import problem_lines

            raise HTTPException(422, "\n".join(problem_lines(exc))) from None
        if len(self._loaded) > 64:
            self._loaded.clear()
        self._loaded[key] = scenario
        return scenario


def _describe(scenario: Any) -> list[dict[str, Any]]:
    """Editable fields, generated from the scenario schema: every quantity and every switch.
    ``path`` names list items by key (``contributors[SWE].pledge_troops``), as the reader
    knows them; ``index_path`` is the place in the merged scenario, for writing the file."""
    from pydantic import BaseModel as PydModel

    from reassure.spec import Quantity, walk_provenanced
    from reassure.spec._paths import keyed_path

    fields: list[dict[str, Any]] = []
    for path, item in walk_provenanced(scenario):
        keyed = keyed_path(scenario, path)
        if isinstance(item, Quantity):
            info = _field_info(scenario, path)
            fields.append({"path": keyed, "index_path": path, "kind": "quantity", "value": item.value,
                           "low": item.low, "high": item.high, "unit": item.unit, "units": unit_choices(item.unit),
                           "source": list(item.source), "assumption": item.assumption or "",
                           "text": item.text(), "description": info})
        elif isinstance(item, PydModel):
            for name, finfo in type(item).model_fields.items():
                v = getattr(item, name)
                if isinstance(v, bool):
                    # the switch's own provenance where it has one (review 41 12), else the table's
                    why = item.provenance_of(name) if hasattr(item, "provenance_of") else item
                    fields.append({"path": f"{keyed}.{name}", "index_path": f"{path}.{name}",
                                   "kind": "switch", "value": v, "text": "true" if v else "false",
                                   "source": list(why.source), "assumption": why.assumption or "",
                                   "description": finfo.description or ""})
    return _mark_without_effect(scenario, _with_shipped_defaults(scenario, fields))


_NATION_FIELD = re.compile(r"^contributors\[([^\]]+)\]\.(.+)$")


def _ruled_out_why(nation: str, name: str) -> str:
    """Why a value of a ruled-out nation is not editable: it cannot take effect."""
    return (f"it has no effect: {nation}'s status is ruled-out, which takes part with probability 0 "
            f"whatever {name} says; {name} has no effect unless status is changed, and a nation's "
            "status cannot be changed on this page")


def _mark_without_effect(scenario: Any, fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``fields``, each with ``editable``: false, and ``why_not``, for a value that cannot take
    effect: every value of a ruled-out nation, which takes part with probability 0 whatever its
    `p_join`, pledge or cost (review: `contributors[POL].p_join` = 0.5 was saved and did nothing,
    with only a "check the unit" warning). The page shows them, without boxes; the API refuses
    a change of one, saying why."""
    ruled_out = {c.nation for c in scenario.contributors if c.status == "ruled-out"}
    for f in fields:
        m = _NATION_FIELD.match(f["path"])
        if m and m[1] in ruled_out:
            f["editable"], f["why_not"] = False, _ruled_out_why(m[1], m[2])
        else:
            f["editable"], f["why_not"] = True, ""
    return fields


def _with_shipped_defaults(scenario: Any, fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``fields`` with the shipped defaults the plan leaves out and the model uses
    (`force.sustainable_share`, `force.cost_per_troop_year`, a nation's `p_join` by its status
    ...), each after the last row of its table and marked ``shipped_default`` with its file. A
    variant sets one as any other quantity, in its unit (review 20 6: the report names them as
    the key levers, and the page answered "not an editable parameter")."""
    from reassure.present.scenarios import shipped_default_rows
    from reassure.spec._paths import index_path

    out = list(fields)
    for row in shipped_default_rows(scenario):
        where = index_path(scenario, row["path"])
        if where is None:
            continue
        table = row["path"].rsplit(".", 1)[0] + "."
        after = max((i for i, f in enumerate(out) if f["path"].startswith(table)), default=len(out) - 1)
        out.insert(after + 1, {
            "path": row["path"], "index_path": where, "kind": "quantity", "value": row["value"],
            "low": row["low"], "high": row["high"], "unit": row["unit"], "units": unit_choices(row["unit"]),
            "source": list(row["source"]),
            "assumption": row["assumption"] or "", "text": row["text"],
            "description": _field_info(scenario, where), "shipped_default": row["shipped_default"]})
    return out


def _shipped_sources(scenario: Any) -> dict[str, dict[str, Any]]:
    """The sources of the shipped data the plan's models use (`data/roles.toml`,
    `data/costs.toml`, `data/participation.toml`) that the plan does not list itself, each as a
    `[[sources]]` entry. A change may cite one (review: `force.cost_per_troop_year`, a shipped
    default whose "now" column cites `sz-lit`, could not cite it: "names unknown source
    'sz-lit'"); the variant then lists the entry, copied as the shipped data has it, so that the
    file is read as any other and every id it cites is among its own sources."""
    from reassure.bridge.force import force_defaults
    from reassure.spec import Source

    known = {x.id for x in scenario.sources}
    keys = set(Source.model_fields)
    return {sid: {k: v for k, v in entry.items() if k in keys and v not in (None, "", [], ())}
            for sid, entry in force_defaults()["sources"].items() if sid not in known}


def _find_field(fields: dict[str, dict[str, Any]], scenario: Any, path: str) -> dict[str, Any]:
    """The editable field at ``path``, by key (``contributors[SWE].pledge_troops``) or by its
    place in the merged scenario (``contributors[8].pledge_troops``, accepted as before)."""
    from reassure.spec._paths import keyed_path

    found = fields.get(path)
    if found is None:
        try:
            found = fields.get(keyed_path(scenario, path))
        except (IndexError, TypeError, ValueError):
            found = None
    if found is None:
        raise HTTPException(422, _not_a_field(fields, scenario, path))
    if not found.get("editable", True):
        raise HTTPException(422, f"{found['path']}: not editable: {found['why_not']}")
    return found


def _not_a_field(fields: dict[str, dict[str, Any]], scenario: Any, path: str) -> str:
    """Why ``path`` is not among the editable ``fields``. A nation's field is said for that
    nation: its status ruled-out (nothing of it takes effect), or, its slip, a field of the same
    nation (review: "contributors[POL].pledge_troops: ... did you mean
    'contributors[GBR].pledge_troops'?" offered another nation's pledge for a nation that is
    ruled out), or what the plan sets for it."""
    from reassure.errors import did_you_mean

    m = _NATION_FIELD.match(path)
    statuses = {c.nation: c.status for c in scenario.contributors}
    if m and m[1].isdigit() and int(m[1]) < len(scenario.contributors):
        m = _NATION_FIELD.match(f"contributors[{scenario.contributors[int(m[1])].nation}].{m[2]}")
    if m is None or m[1] not in statuses:
        return f"{path}: not an editable parameter{did_you_mean(path, list(fields))}"
    nation, name = m[1], m[2]
    if statuses[nation] == "ruled-out":
        return f"{path}: not editable: {_ruled_out_why(nation, name)}"
    prefix = f"contributors[{nation}]."
    own = [f[len(prefix):] for f in fields if f.startswith(prefix)]
    close = re.search(r"'(.*)'", did_you_mean(name, own))  # "; did you mean 'pledge_troops'?"
    if close:
        return f"{path}: not an editable parameter; did you mean '{prefix}{close[1]}'?"
    entry = next(c for c in scenario.contributors if c.nation == nation)
    value = getattr(entry, name, None)
    if value is not None and not hasattr(value, "unit"):  # (review s52) "does not set FRA's status"
        return (f"{path}: not editable here: {scenario.name} sets {nation}'s {name} ({value!r}), but this "
                "page changes numbers with their units, not words or switches; change it in the scenario "
                f"file. {nation}'s numbers here: {', '.join(own) or 'none'}")
    return (f"{path}: not an editable parameter: {scenario.name} does not set {nation}'s {name}, and this "
            f"page changes the values a plan sets and the shipped defaults it uses; {nation}'s: "
            f"{', '.join(own) or 'none'}")


def _field_info(scenario: Any, path: str) -> str:
    """The schema's description of the field a path ends in."""
    from pydantic import BaseModel as PydModel

    node: Any = scenario
    desc = ""
    for name, index in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?", path):
        if not isinstance(node, PydModel):
            return desc
        finfo = type(node).model_fields.get(name)
        desc = (finfo.description or "") if finfo else ""
        node = getattr(node, name, None)
        if index and isinstance(node, tuple | list):
            node = node[int(index)]
    return desc


def _whole(x: float) -> float | int:
    """20000.0 troops is written 20000 in the file, as a person would."""
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x


def unit_choices(own: str) -> list[str]:
    """The units a value of a field in ``own`` may be given in, for the page's unit chooser
    (review 20 3: "30" meant as minutes was saved as 30 h): ``own`` and the other units of its
    dimension in `reassure.spec.units`, smallest first, one a factor (``probability`` and
    ``fraction`` are the same number, so a field in one is not offered the other). The API
    converts any of them to ``own`` (`_in_field_unit`)."""
    from reassure.spec import units as _units

    dim = _units.dimension_of(own)
    if dim is None:
        return [own]
    by_factor: dict[float, str] = {_units.factor(own): own}
    for unit in _units.units_of(dim):
        by_factor.setdefault(_units.factor(unit), unit)
    return [by_factor[k] for k in sorted(by_factor)]


def _unit_named(text: str) -> str | None:
    """A unit as the files write it: ``min`` for "minutes", ``percent`` for "%"; None if unknown."""
    from reassure.spec import units as _units
    from reassure.spec._aliases import UNIT_SYNONYMS

    given = text.strip()
    for guess in (given, UNIT_SYNONYMS.get(given.lower(), ""), given.lower()):
        guess = "percent" if guess == "%" else guess
        if guess in _units.UNITS:
            return guess
    return None


def _in_field_unit(change: Change, old: dict[str, Any]) -> tuple[float, str]:
    """The factor from the change's ``unit`` to the field's own, and a note of what was given
    ("" when the change gave no unit, or the field's own). A unit of another dimension, or an
    unknown one, is refused naming the unit the field expects (review 20 3)."""
    from reassure.spec import units as _units

    own = old["unit"]
    if change.unit is None or change.unit.strip() in ("", own):
        return 1.0, ""
    dim = _units.dimension_of(own)
    # smallest first, as the page's chooser lists them (review: "h, day, min, month, s, week")
    others = sorted((u for u in (_units.units_of(dim) if dim else []) if u != own), key=_units.factor)
    unit = _unit_named(change.unit)
    if unit is None or _units.dimension_of(unit) != dim:
        what = "is not a known unit" if unit is None else f"is not a unit of {dim}"
        choices = f", or with one of the units {', '.join(others)}" if others else ""
        # "horizon is in years", as the bounds say it (review: "is in year")
        raise HTTPException(422, f"{old['path']} is in {_units_word(own)}: {change.unit[:40]!r} {what}; "
                                 f"give the value in {_units_word(own)}{choices}")
    if unit == own:
        return 1.0, ""
    return _units.factor(unit) / _units.factor(own), unit


def _converted(x: float, k: float) -> float:
    """``x`` times ``k``, without float noise (30 min is 0.5 h, not 0.49999999999999994)."""
    return float(f"{x * k:.12g}") if k != 1.0 else x


def _quantity_value(change: Change, old: dict[str, Any]) -> dict[str, Any]:
    q: dict[str, Any] = {}
    if change.value is not None and (change.low is not None or change.high is not None):
        # review: a value with low and high was saved as the range, the value dropped unsaid
        raise HTTPException(422, f"{change.path}: give a value, or low and high, not both")
    k, given = _in_field_unit(change, old)
    if change.low is not None or change.high is not None:
        if change.low is None or change.high is None:
            raise HTTPException(422, f"{change.path}: give both low and high, or a value")
        q["low"], q["high"] = _whole(_converted(change.low, k)), _whole(_converted(change.high, k))
        as_given = f"{change.low:g}–{change.high:g} {given}"
    elif isinstance(change.value, int | float) and not isinstance(change.value, bool):
        q["value"] = _whole(_converted(change.value, k))
        as_given = f"{change.value:g} {given}"
    else:
        raise HTTPException(422, f"{change.path}: a number is expected")
    q["unit"] = old["unit"]
    if given:  # the value as the user typed it, next to the converted one
        q["note"] = f"given as {as_given}"
    if change.source:
        q["source"] = list(change.source)
    if change.assumption.strip():
        q["assumption"] = change.assumption.strip()
    return q


# A change by this factor or more, either way, is saved with a warning (review 20 3: a number
# typed in another unit than the field's is most often off by 10x or more: 30 for half an hour)
JUMP = 10.0


def _num(x: float) -> str:
    """A number as the "now" column writes it (`Quantity.text`): 30,000, 0.5, 1."""
    return f"{int(x):,}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"


def _times(k: float) -> str:
    return f"{round(k):,}" if k >= 100 else f"{k:.3g}"



def _middle_and_text(d: dict[str, Any], unit: str) -> tuple[float, str]:
    """A value (or a range's middle) and how the warning writes it: "30 h", "1–2 h", "20–30
    years" (a unit written as a word is plural but for one: "1 month", "6 months")."""
    if d.get("value") is not None:
        one = float(d["value"]) == 1
        return float(d["value"]), f"{_num(d['value'])} {unit if one else _units_word(unit)}"
    return ((float(d["low"]) + float(d["high"])) / 2,
            f"{_num(d['low'])}–{_num(d['high'])} {_units_word(unit)}")


def _has_one_unit(unit: str) -> bool:
    """Whether a unit slip is impossible or unlikely for a field in ``unit``: it takes no other
    unit (troops), or it is a share (a probability), which is typed as the share it is."""
    from reassure.spec import units as _units

    dim = _units.dimension_of(unit)
    return dim is None or dim == "fraction" or len(unit_choices(unit)) < 2


def jump_warning(old: dict[str, Any], q: dict[str, Any]) -> str | None:
    """A warning for a change of ``JUMP`` times or more, either way, or from or to zero: "was
    1 h, now 30 h: 30 times larger — check the unit" (the value of a range is its middle).
    None for a smaller change. ``old`` is the field, ``q`` the value written (its unit)."""
    unit = old["unit"]
    before, was = _middle_and_text(old, unit)
    after, now = _middle_and_text(q, unit)
    if "note" in q:
        now += f" ({q['note']})"
    if before == after:
        return None
    if before == 0 or after == 0:
        how = "up from zero" if before == 0 else "down to zero"
    else:
        k = abs(after / before)
        slack = 1e-9  # 0.3 to 3 is ten times, whatever the float says
        if k >= JUMP * (1 - slack):
            how = f"{_times(k)} times larger"
        elif k <= (1 + slack) / JUMP:
            how = f"{_times(1 / k)} times smaller"
        else:
            return None
    # "check the unit" only where another unit could have been meant (review: it was said of
    # troops, which have no other unit, and of probabilities); else the number itself. Nor of a
    # value cut to zero, which is zero in any unit (web review)
    check = "check the number" if _has_one_unit(unit) or after == 0 else "check the unit"
    return f"{old['path']}: was {was}, now {now}: {how} — {check}"


# Hints that fix a file, which the page cannot act on: the unit is the parameter's own (the API
# refuses `unit`), and the page offers only the sources it lists (review s12 6).
_FILE_HINTS = ((re.compile(r', or unit = "[^"]*"\?'), "?"),
               (re.compile(r"; add it to \[\[sources\]\]"),
                "; choose one of the plan's sources or of the shipped data's, or give an assumption"))


def page_problem(problem: Any, tmp: str) -> str:
    """A problem of a variant not saved, for the page: the parameter and what is expected,
    without the line of a file that was never saved, nor hints that only a file's author can
    follow (``add it to [[sources]]``, ``unit = "percent"``)."""
    text = str(problem)
    file = getattr(problem, "file", None)
    if isinstance(file, str):
        line = getattr(problem, "line", None)
        for where in ((f"{file}:{line}: ", f"{file}: ") if line is not None else (f"{file}: ",)):
            if text.startswith(where):
                text = text[len(where):]
                break
    text = text.replace(tmp, "the variant")
    # a switch's own provenance is said at the switch, as the page names it (us_backstop.isr)
    text = text.replace(".switch_provenance.", ".")
    for pattern, instead in _FILE_HINTS:
        text = pattern.sub(instead, text)
    return text


_BOUND = re.compile(r"^(?P<path>\S+) must be (?P<op><=|>=|>|<) (?P<bound>-?[\d,]*\.?\d+(?:e[-+]?\d+)?) "
                    r"(?P<canon>[^\s;]+?)(?P<reason>: .*?)?(?P<hint>; did you mean [^()]*)? \(got (?P<got>[^()]*)\)$")
_UNIT_WORDS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def _units_word(unit: str) -> str:
    return _UNIT_WORDS.get(unit, unit)


def _amount(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.3g}"


def _readable(canonical: float, dim: str) -> str:
    """An amount in the largest unit of its dimension it is at least one of (131,490 h: 15 years)."""
    from reassure.spec import units as _units

    plain = [u for u in _units.units_of(dim) if not u.isupper()] or _units.units_of(dim)
    fitting = [u for u in plain if _units.factor(u) <= abs(canonical)]
    best = max(fitting, key=_units.factor) if fitting else min(plain, key=_units.factor)
    return f"{_amount(canonical / _units.factor(best))} {_units_word(best)}"


def _share_bound(m: re.Match[str], edit: dict[str, Any]) -> str:
    """A share's bound in the unit its value was given in (review s32 6: 150 given as "%" was
    answered "must be <= 1 fraction (got 1.5 probability)"): "contributors[DEU].p_join must be
    <= 100 % (got 150 %)"; given without a unit, in the field's own ("<= 1 probability")."""
    from reassure.spec import units as _units

    own, canon, change = edit["unit"], m["canon"], edit.get("change")
    given = edit.get("given")
    shown = given if given is not None and _units.factor(given) != _units.factor(own) else own
    word = "%" if shown == "percent" else shown
    bound = float(m["bound"].replace(",", "")) * _units.factor(canon) / _units.factor(shown)
    got = m["got"]
    if shown != own and change is not None:  # the numbers as typed, in the unit typed
        got = (f"{change.low:g}–{change.high:g} {word}" if change.low is not None and change.high is not None
               else f"{change.value:g} {word}")
    hint = m["hint"] or ""  # "; did you mean 0.60?" for 60 typed without a unit
    return f"{m['path']} must be {m['op']} {bound:g} {word}{m['reason'] or ''} (got {got}){hint}"


def _bound_in_field_unit(line: str, edits: dict[str, dict[str, Any]]) -> str:
    """A bound stated in the field's own unit (review 20 9: "force.tour must be <= 43,830 h ...
    (got 180 month = 131,490 h)" for a field in months): "force.tour is in months: it must be <=
    60 months: ... (got 180 months, i.e. 15 years); did you mean 180 days (5.92 months)?". The
    hint, for a value typed without a unit, names the unit in which the number fits the field's
    span and comes nearest its current value."""
    import math

    from reassure.spec import units as _units
    from reassure.spec._bounds import span_for

    m = _BOUND.match(line)
    edit = edits.get(m["path"]) if m else None
    if m is None or edit is None:
        return line
    own, canon = edit["unit"], m["canon"]
    dim = _units.dimension_of(own)
    if dim == "fraction" and _units.dimension_of(canon) == dim and _units.factor(own) == _units.factor(canon):
        return _share_bound(m, edit)
    if dim is None or _units.dimension_of(canon) != dim or (
            _units.factor(own) == _units.factor(canon) and own == _units.CANONICAL.get(dim, own)):
        return line  # (a field in its dimension's canonical unit: said as the bound says it)
    k = _units.factor(canon) / _units.factor(own)
    bound = float(m["bound"].replace(",", "")) * k
    got = m["got"].split(" = ")
    words = f"{got[0].rsplit(' ', 1)[0]} {_units_word(own)}" if got[0].endswith(f" {own}") else got[0]
    # the value in the largest unit it is at least one of: from the bound's unit, which is the
    # field's own when `check_bounds` could say it there (review s44 #4: "<= 60 month (got 180 month)")
    said = got[1] if len(got) == 2 else got[0]
    if said.endswith(f" {canon}"):
        try:
            value = float(said.rsplit(" ", 1)[0].replace(",", "")) * _units.factor(canon)
            words += f", i.e. {_readable(value, dim)}"
        except ValueError:
            pass
    out = (f"{m['path']} is in {_units_word(own)}: it must be {m['op']} {_amount(bound)} {_units_word(own)}"
           f"{m['reason'] or ''} (got {words})")
    typed, now = edit.get("typed"), edit.get("now")
    span = span_for(edit["index_path"], dim)
    if typed is not None and typed > 0 and span is not None:
        fits = []
        for unit in _units.units_of(dim):
            x = typed * _units.factor(unit)
            if unit != own and (span.lo is None or x >= span.lo) and (span.hi is None or x <= span.hi):
                distance = abs(math.log(x / (now * _units.factor(own)))) if now and now > 0 else 0.0
                fits.append((distance, unit))
        if fits:
            unit = min(fits)[1]
            meant = typed * _units.factor(unit) / _units.factor(own)
            out += (f"; did you mean {_amount(typed)} {_units_word(unit)} ({_amount(meant)} {_units_word(own)})? "
                    f'give the unit with the value ("unit": "{unit}"), or the value in {_units_word(own)}')
    return out


# A change refused for its provenance (none, or an assumption too short) is still written, with
# this in place of its provenance, into the copy that is checked, so that its value is checked
# with the others and every problem is said at once; a variant with any problem is never saved.
_CHECK_ONLY = "checked only, never saved: this change has a problem of its own"


def _change_problems(c: Change, old: dict[str, Any]) -> list[str]:
    """What is wrong with a change's provenance and kind, before its value is read."""
    out = []
    what = "number" if old["kind"] == "quantity" else "switch"
    if not c.source and not c.assumption.strip():
        out.append(f"{old['path']}: a changed {what} needs a source or an assumption (why it is believed)")
    elif (fault := assumption_fault(c.assumption)) is not None:  # the files' rule, in full (s53)
        what_is_wrong = fault.split("): ", 1)[0] + ")" if "): " in fault else fault  # not the file's hint
        out.append(f"{old['path']}: the assumption {what_is_wrong}: say in a few words why the value is "
                   f"believed (at least {MIN_ASSUMPTION} characters, 4 of them letters or digits), "
                   "or choose a source")
    if c.unit is not None and old["kind"] != "quantity":
        out.append(f"{old['path']}: a switch has no unit (true or false is expected)")
    return out


def _no_value(old: dict[str, Any]) -> str:
    """A change that gives no new value (a source or an assumption alone): what to give instead."""
    what = ('true or false ("value")' if old["kind"] != "quantity"
            else 'the new number ("value")' if old["value"] is not None else 'the new range ("low" and "high")')
    return f"{old['path']}: no new value is given; give {what}, or leave this change out"


def switch_provenance(source: list[str], assumption: str) -> dict[str, Any]:
    """The provenance a changed switch is written with, in its table's ``switch_provenance``:
    the edit's own sources and assumption, and nothing of the table's (review 41 12: a switch
    turned off showed the sources that had backed it on, and every switch left alone showed the
    reason for the change). The table keeps its own ``source`` and ``assumption``, which back
    the switches left alone (and a nation's ``status``)."""
    out: dict[str, Any] = {}
    if source:
        out["source"] = list(source)
    if assumption:
        out["assumption"] = assumption
    return out


def _problem_change(problem: Any, line: str, by_path: dict[str, list[int]]) -> list[int]:
    """The changes a problem of the checked variant is about: the one whose path is the
    problem's field or starts it (``force.tour.source``), else the one its line starts with; a
    table's problem (``us_backstop``) is about every switch of it changed."""
    field = getattr(problem, "field", None) or ""
    for text in (field, line):
        best = ""
        for path in by_path:
            if (text == path or text.startswith(path + ".") or text.startswith(path + " ")
                    or text.startswith(path + ":")) and len(path) > len(best):
                best = path
        if best:
            return by_path[best]
    return []


def _same_quantity(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether ``new`` (a quantity as the variant would write it, in ``old``'s unit) holds the
    value or range ``old`` has."""
    import math

    def ends(q: dict[str, Any]) -> tuple[Any, Any]:
        point = q.get("value")
        return (q.get("low", point) if q.get("low") is not None else point,
                q.get("high", point) if q.get("high") is not None else point)

    if new.get("unit", old.get("unit")) != old.get("unit"):
        return False
    pairs = list(zip(ends(old), ends(new), strict=True))
    return all(a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-12, abs_tol=1e-12)
               for a, b in pairs)


@dataclass
class _VariantDraft:
    """A variant request read change by change (`save_variant`): the problems found, each with
    the number of the change it is about, and what the variant writes for the changes without
    one (``numbers`` and ``switches``, keyed by change number)."""

    parent: Any
    parent_name: str
    name: str
    title: str
    description: str
    parent_data: dict[str, Any]
    fields: dict[str, dict[str, Any]]
    shipped_sources: dict[str, dict[str, Any]]  # citable too: written into the variant when cited
    cited_shipped: list[str] = field(default_factory=list)
    said: dict[int, str] = field(default_factory=dict)  # change number -> "posture.standoff 100 km -> 200 km", for the title
    problems: list[tuple[int, str]] = field(default_factory=list)  # (change number, line), each said once, in change order
    numbers: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # change number -> (index path, quantity)
    # change number -> (table, field, value, sources, why)
    switches: dict[int, tuple[str, dict[str, Any], bool, list[str], str]] = field(default_factory=dict)
    by_path: dict[str, list[int]] = field(default_factory=dict)  # a change's paths (keyed and index) -> its number(s)
    edits: dict[str, dict[str, Any]] = field(default_factory=dict)  # by path: the field, and the number as typed
    warnings: list[str] = field(default_factory=list)  # a change of 10x or more: saved, and said
    first_at: dict[str, int] = field(default_factory=dict)  # index path -> the change that set it
    unchanged: list[str] = field(default_factory=list)  # changes that set a value to what the plan has

    @classmethod
    def of(cls, parent: Any, parent_name: str, name: str, body: VariantBody) -> _VariantDraft:
        return cls(parent=parent, parent_name=parent_name, name=name,
                   parent_data=parent.model_dump(mode="json", by_alias=True),
                   fields={f["path"]: f for f in _describe(parent)},
                   title=body.title or f"{parent.title} (variant {name})",  # what changed is added later
                   shipped_sources=_shipped_sources(parent),
                   description=body.description
                   or f"{parent_name} with {plural(len(body.changes), 'change')} made in reassure serve")

    def read(self, i: int, c: Change) -> None:
        """Read change number ``i``: its problems, or what the variant writes for it."""
        from reassure.present.web.tomlwrite import variant_document

        old = self._field_once(i, c)
        if old is None:
            return
        if c.value is None and c.low is None and c.high is None:
            # review s33 1: said as what to give, not as "a number is expected" (nor, for a
            # change without provenance either, as a source it needs)
            self.problems.append((i, _no_value(old)))
            return
        mine = _change_problems(c, old)
        self.problems += [(i, p) for p in mine]
        read = self._read_quantity if old["kind"] == "quantity" else self._read_switch
        entry = read(i, c, old, mine)
        if entry is None:
            return
        try:  # a path the writer cannot place (an item without a key): said, not a 500
            variant_document(self.parent_name, self.parent_data, self.name, self.title, self.description, [entry])
        except KeyError as exc:
            self.problems.append((i, str(exc.args[0])))
            self.switches.pop(i, None)
            return
        if old["kind"] == "quantity":
            self.numbers[i] = entry
        known = {x.id for x in self.parent.sources}
        self.cited_shipped += [x for x in c.source
                               if x not in known and x in self.shipped_sources and x not in self.cited_shipped]

    def _field_once(self, i: int, c: Change) -> dict[str, Any] | None:
        """The field change ``i`` edits, noted under its paths; None (its problem said) for a
        path that is no field, or a field an earlier change of the request edits."""
        try:
            old = _find_field(self.fields, self.parent, c.path)
        except HTTPException as exc:
            self.problems.append((i, str(exc.detail)))
            return None
        where = old["index_path"]
        if where in self.first_at:  # review s32 4: the last of two changes won, silently
            self.problems.append((i, f"{old['path']}: changed twice in this request (changes {self.first_at[where] + 1} "
                                     f"and {i + 1}); give one change per parameter"))
            return None
        self.first_at[where] = i
        for path in {old["path"], where}:
            self.by_path.setdefault(path, []).append(i)
        return old

    def _read_quantity(self, i: int, c: Change, old: dict[str, Any], mine: list[str]) -> tuple[str, Any] | None:
        """The (index path, quantity) a number's change writes; None if it has no value to write."""
        where = old["index_path"]
        self.edits[old["path"]] = self.edits[where] = _edit_as_typed(c, old)
        try:
            q = _quantity_value(c, old)
        except HTTPException as exc:
            self.problems.append((i, str(exc.detail)))
            return None
        if mine:  # checked for its value, never saved
            q.pop("source", None)
            q["assumption"] = _CHECK_ONLY
        else:
            jump = jump_warning(old, q)
            if jump is not None:
                self.warnings.append(jump)
        self.said[i] = f"{old['path']} {_middle_and_text(old, old['unit'])[1]} -> {_middle_and_text(q, old['unit'])[1]}"
        if _same_quantity(old, q):
            self.unchanged.append(self.said[i].split(" -> ")[0])
        return (where, q)

    def _read_switch(self, i: int, c: Change, old: dict[str, Any], mine: list[str]) -> tuple[str, Any] | None:
        """The (index path, value) a switch's change writes; None if its value is no true or false."""
        if not isinstance(c.value, bool):
            self.problems.append((i, f"{old['path']}: true or false is expected"))
            return None
        where = old["index_path"]
        table = where.rsplit(".", 1)[0]
        self.switches[i] = (table, old, c.value, list(c.source), _CHECK_ONLY if mine else c.assumption.strip())
        self.said[i] = f"{old['path']} {str(bool(old['value'])).lower()} -> {str(c.value).lower()}"
        if c.value is bool(old["value"]):
            self.unchanged.append(f"{old['path']} {str(c.value).lower()}")
        for path in {old["path"].rsplit(".", 1)[0], table}:  # a problem of the table is about it too
            self.by_path.setdefault(path, []).append(i)
        return (where, c.value)

    def title_of_changes(self) -> str:
        """The parent's title and the first three changes: the page lists plans by title
        (review: every variant was titled as its parent, plus "(variant NAME)")."""
        shown = [self.said[i] for i in sorted(self.said)][:3]
        more = len(self.said) - len(shown)
        return (f"{self.parent.title} (variant {self.name}: {'; '.join(shown)}"
                + (f"; and {plural(more, 'more change')}" if more else "") + ")")

    def document(self, active: set[int]) -> dict[str, Any]:
        """The variant's document with the ``active`` changes: numbers, then switches by table."""
        from reassure.present.web.tomlwrite import variant_document

        changes: list[tuple[str, Any]] = [self.numbers[i] for i in sorted(self.numbers) if i in active]
        tables: dict[str, list[int]] = {}
        for i in sorted(self.switches):
            if i in active:
                tables.setdefault(self.switches[i][0], []).append(i)
        for table, members in tables.items():
            for i in members:
                _, old, value, given, why = self.switches[i]
                changes.append((old["index_path"], value))
                # the switch's own provenance: the edit's sources and reason, never the table's
                # (which back the switches left alone) (review 41 12)
                changes.append((f"{table}.switch_provenance.{old['index_path'].rsplit('.', 1)[1]}",
                                switch_provenance(given, why)))
        doc = variant_document(self.parent_name, self.parent_data, self.name, self.title, self.description, changes)
        if self.cited_shipped:  # a source of the shipped data a change cites: the variant lists it
            doc["sources"] = [self.shipped_sources[x] for x in self.cited_shipped]
        return doc

    def note_load_problems(self, exc: Exception, tmp: str, active: set[int], n_changes: int) -> set[int]:
        """Add the problems a load of the variant found, each at the change it is about (else
        after them all); returns the active changes they name."""
        from reassure.errors import MAX_PROBLEMS_SHOWN

        # each problem on its line, not "[and 1 more problem]", worded for the page
        found = list(getattr(exc, "problems", ()) or ()) or [exc]
        named: set[int] = set()
        for p in found[:MAX_PROBLEMS_SHOWN]:
            line = _bound_in_field_unit(page_problem(p, tmp), self.edits)
            about = [i for i in _problem_change(p, line, self.by_path) if i in active]
            self.problems.append((min(about) if about else n_changes, line))
            named.update(about)
        if len(found) > MAX_PROBLEMS_SHOWN:
            self.problems.append((n_changes, f"and {plural(len(found) - MAX_PROBLEMS_SHOWN, 'more problem')}"))
        return named

    def note_load_warnings(self, load_warnings: tuple[str, ...], tmp: str) -> None:
        """Add what the model checks say of the variant's own lines (review 41 13: a pledge above
        the nation's sustainable troops changes nothing), as `validate` says it; a field the jump
        warning already names is not said twice."""
        jumped = {w.split(":", 1)[0] for w in self.warnings}
        for w in load_warnings:
            for head in {str(tmp), str(Path(tmp).resolve())}:
                m = re.match(re.escape(head) + r":\d+: (.*)$", w, re.S)
                if m and m[1] not in self.warnings and m[1].split(" ", 1)[0] not in jumped:
                    self.warnings.append(m[1])
                    break


def _edit_as_typed(c: Change, old: dict[str, Any]) -> dict[str, Any]:
    """A number's field with its change as typed: the number given without a unit, the field's
    value now (a range's middle), and the unit named; a load's problem is said in these terms
    (`_bound_in_field_unit`)."""
    typed = c.value if c.unit is None and isinstance(c.value, int | float) and not isinstance(c.value, bool) else None
    now = old["value"] if old["value"] is not None else (
        (old["low"] + old["high"]) / 2 if old["low"] is not None and old["high"] is not None else None)
    given = _unit_named(c.unit) if c.unit is not None else None
    return {**old, "typed": typed, "now": now, "given": given, "change": c}


def _variant_name(library: Library, parent_name: str, body: VariantBody) -> str:
    """The variant's name, checked; refused (409) where saving it would overwrite a shipped plan,
    the parent, or a plan of the user's that another extends."""
    name = _check_name(body.name)
    if name in library.shipped():
        raise HTTPException(409, f"{name!r} is a shipped scenario; choose another name")
    if name == parent_name:
        raise HTTPException(409, f"{name!r} is the plan this variant extends; saving over it would make it "
                                 "extend itself and lose what it says; choose another name")
    exists = (library.user_dir / f"{name}.toml").exists()
    # (review s49) an existing name is refused by the write itself (`_create_exclusive`), after the
    # changes are checked: said early, the page asked "Replace it?" of an edit that could not be saved
    if exists and body.replace:
        children = library.extended_by(name)
        if children:
            raise HTTPException(409, f"{name!r} is extended by your plan {', '.join(repr(c) for c in children)}; "
                                     "replacing it would change that plan too; choose another name")
    return name


def _refuse_a_shadowed_parent(library: Library, parent_name: str, name: str) -> None:
    """Refuse (409) a variant that, saved in the user's folder, would not extend the plan the
    page opened as ``parent_name``: `extends` reads a file next to the variant first
    (docs/scenario-format.md), so a copy named as a shipped plan in that folder, which the page
    does not list, would be the parent (review s65 1: the variant ran on the hidden copy while
    the page showed the shipped plan). Renaming the copy lets the save through."""
    from reassure.errors import ReassureError
    from reassure.spec import resolve_parent

    opened = library.path(parent_name)
    try:
        used = resolve_parent(parent_name, library.user_dir / f"{name}.toml")
    except ReassureError:  # cannot be: the plan opened is one it finds; the load says so if it is
        return
    if used.resolve() != opened.resolve():
        raise HTTPException(409, f"not saved: {used} has the name of the shipped plan {parent_name!r}, "
                                 f"and a variant saved in {library.user_dir} would extend that file, not "
                                 f"the shipped plan the page shows (`extends` reads the file next to it "
                                 f"first); rename {used.name} in {library.user_dir} (it is then listed "
                                 "under Your plans) and save again")


def _refuse_no_change(draft: _VariantDraft, n_changes: int) -> None:
    """Refuse (422) a request whose every change sets a value to what the plan has already."""
    if not draft.problems and draft.unchanged and len(draft.unchanged) == n_changes:
        # review s49: an edit to the value the plan has was saved as a variant that changes nothing
        raise HTTPException(422, f"not saved: no change: {'; '.join(draft.unchanged)} "
                                 f"{'is' if len(draft.unchanged) == 1 else 'are'} "
                                 "what the plan has already; change a value, or keep the plan as it is")


def _check_by_loading(draft: _VariantDraft, tmp: str, n_changes: int) -> tuple[str, bool]:
    """Write the draft's variant to ``tmp`` and load it back, until it loads or a load names no
    change of the request: the loader stops at the first kind of problem it meets, so the
    changes a load names are set aside and the rest is loaded again. Returns the text last
    written, and whether a load found a problem."""
    import tomllib

    from reassure.errors import ReassureError
    from reassure.present.web.tomlwrite import dumps
    from reassure.spec import load_scenario

    active = set(draft.numbers) | set(draft.switches)
    text, loaded = "", False
    while active:
        text = dumps(draft.document(active))
        tomllib.loads(text)  # the writer's output must parse
        Path(tmp).write_text(text, encoding="utf-8")
        try:
            checked = load_scenario(tmp)  # validate before it replaces anything
        except ReassureError as exc:
            loaded = True
            named = draft.note_load_problems(exc, tmp, active, n_changes)
            if not named:  # a problem of no change of this request: said, and no further
                break
            active -= named  # set aside; the others are checked again
        else:
            draft.note_load_warnings(checked.load_warnings, tmp)
            break
    return text, loaded


def _refuse_problems(problems: list[tuple[int, str]], loaded: bool, tmp: str) -> None:
    """Refuse (422) a variant with any problem, each said once, in the order of the changes."""
    if not problems:
        return
    Path(tmp).unlink(missing_ok=True)
    lines = list(dict.fromkeys(line for _, line in sorted(problems, key=lambda p: p[0])))
    # one problem of the request alone is said as it is (as before); else "not saved:"
    # and each problem on its line, which the page marks on its row
    lead = "not saved: " if loaded or len(lines) > 1 else ""
    raise HTTPException(422, lead + "\n".join(lines))


def _free_backup_path(target: Path) -> Path:
    """``NAME.toml.<UTC time>.bak``, numbered ``-2``, ``-3`` ... where one of that second exists."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    backup = target.with_name(f"{target.name}.{stamp}.bak")
    n = 1
    while backup.exists():
        n += 1
        backup = target.with_name(f"{target.name}.{stamp}-{n}.bak")
    return backup


def _put_in_place(library: Library, tmp: str, target: Path, name: str, replace: bool,
                  out: dict[str, Any]) -> dict[str, Any]:
    """Put the checked file ``tmp`` at ``target``: only where nothing is there, unless
    ``replace``; a file replaced is kept as a backup, named in ``out``."""
    try:
        with library.write_lock:
            if not replace:
                _create_exclusive(Path(tmp), target, name)
                return out
            if target.exists():  # the user's own earlier file is kept, never lost to a click
                backup = _free_backup_path(target)
                shutil.copy2(target, backup)
                out["backup"] = backup.name
                out["note"] = f"the previous {target.name} is kept as {backup.name}"
            Path(tmp).replace(target)  # atomic: a reader sees the old file or the new, whole
            return out
    finally:
        Path(tmp).unlink(missing_ok=True)


def save_variant(library: Library, parent_name: str, body: VariantBody) -> dict[str, Any]:
    """Write the variant as TOML that `extends` its parent, then load it back to validate it.

    Every problem is said at once (review s32 5), each naming its parameter: those of the
    request (a parameter changed twice, no source or assumption, a unit it cannot take ...) and
    those found when the variant is loaded (a value out of range ...). The loader stops at the
    first kind of problem it meets, so the changes a load names are set aside and the rest is
    loaded again, until it loads or names no change. Nothing is saved while any problem stands."""
    name = _variant_name(library, parent_name, body)
    _refuse_a_shadowed_parent(library, parent_name, name)
    draft = _VariantDraft.of(library.load(parent_name), parent_name, name, body)
    for i, change in enumerate(body.changes):
        draft.read(i, change)
    _refuse_no_change(draft, len(body.changes))
    if not body.title and draft.said:
        draft.title = draft.title_of_changes()

    made = not library.user_dir.is_dir()  # created for the first variant saved, not for a refused one
    library.user_dir.mkdir(parents=True, exist_ok=True)
    target = library.user_dir / f"{name}.toml"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".toml", dir=library.user_dir)
    os.close(fd)  # written (and rewritten) by name while checked
    try:
        text, loaded = _check_by_loading(draft, tmp, len(body.changes))
        _refuse_problems(draft.problems, loaded, tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        if made and not any(library.user_dir.iterdir()):
            library.user_dir.rmdir()
        raise
    out: dict[str, Any] = {"name": name, "file": target.name, "toml": text, "warnings": draft.warnings}
    return _put_in_place(library, tmp, target, name, body.replace, out)


def _exists_already(name: str) -> HTTPException:
    return HTTPException(409, f"a variant named {name!r} exists already; choose another name, "
                              "or replace it (replace: true)")


def _create_exclusive(tmp: Path, target: Path, name: str) -> None:
    """Put the checked file ``tmp`` at ``target`` only if nothing is there, in one step: a hard
    link fails if ``target`` exists, so of two saves of a new name at once one is refused
    (review: concurrent saves each found no file, and each overwrote the other, all with 201).
    Where hard links are not to be had, an exclusive create (O_EXCL) does the same."""
    try:
        os.link(tmp, target)
        return
    except FileExistsError:
        raise _exists_already(name) from None
    except OSError:
        pass  # a file system without hard links
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise _exists_already(name) from None
    with os.fdopen(fd, "wb") as f:
        f.write(tmp.read_bytes())


# -- presenting results -----------------------------------------------------------------------
def summary(job: Job) -> dict[str, Any]:
    """Headline, key numbers, verdicts and map data of a finished run, for the page."""
    from reassure.present.maplibre import map_data
    from reassure.present.report import Footnotes
    from reassure.present.story import (
        headline,
        key_numbers,
        plain_words,
        reader_names,
        reader_wording,
    )
    from reassure.run.results import plan_label

    a = job.assessment
    fn = Footnotes(a.scenario)
    plan = plan_label(a.scenario)
    names = reader_names(a.scenario)
    report = f"/runs/{job.id}/report.html"
    _report_lead_notes(a.scenario, fn)

    def link(html: str) -> str:
        # footnote marks point into the full report, opened in a new tab so that Back never
        # leaves the page without its result (review 20 1)
        return html.replace('<a href="#fn-', f'<a target="_blank" rel="noopener" href="{report}#fn-')

    return {
        "job": job.public(),
        "scenario": {"name": a.scenario.name, "title": a.scenario.title, "extends": a.scenario.extends,
                     "extends_files": [str(p) for p in a.scenario.extends_files]},
        "plan_label": plan,
        "headline_html": link(headline(a.scenario, a.sections, fn.num, a.scenario.us_backstop.any)),
        "key_numbers_html": link(key_numbers(a.scenario, a.sections, fn.num, plan)),
        # the questions as the terminal and the report ask them (a range's "high end", not "the
        # full target": review of s50)
        "verdicts": [{"question": v.question, "with_us": v.with_us, "without_us": v.without_us,
                      "why": plain_words(v.detail, names)} for v in reader_wording(a.scenario, a.sections, a.verdicts)[1]],
        "map": map_data(a.layers, a.scenario, a.sections),
    }


def _report_lead_notes(scenario: Any, fn: Any) -> None:
    """Number the notes the report numbers before its headline, so that the page's ``[n]`` is
    the report's note ``n`` (review 20 1: the page's numbers were one lower, and each opened the
    note of another figure). `report.render_report` marks, in this order, the plan as the
    reports describe it (its title's note) and then the headline and key numbers."""
    summarised = [src for src in scenario.sources if src.file] or list(scenario.sources)
    if summarised:
        fn.mark([f"source:{src.id}" for src in summarised], label="the plan as the reports describe it")


def _overlap(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Whether two 95% intervals overlap (False when either is missing)."""
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


COMPARE_RULE = ("a cell is highlighted when it differs from the first plan's; a Monte Carlo figure "
                "(95% interval in parentheses) only when the two intervals do not overlap, since "
                "within them the difference may be noise of the runs")


def comparison(jobs: list[Job]) -> dict[str, Any]:
    """Rows of verdicts and figures, each plan with and without the US; changed cells flagged.
    The rows are the command line's (`present.compare.comparison_rows`): a label that names one
    plan's target number loses the number when the plans' targets differ. A Monte Carlo figure's
    cell carries its 95% interval, and is flagged only when its interval and the first plan's do
    not overlap (review s12 3: 13.5% against 13.2% was marked as a change)."""
    from reassure.present.compare import cell_text, comparison_rows
    from reassure.present.report import figure_text

    plans = [j.assessment.scenario.name for j in jobs]
    # each plan's figures by row key, and which of its sides is "as planned"
    figures = [{f"{s.name}.{f.key}": f for s in j.assessment.sections for f in s.figures} for j in jobs]
    planned = ["with_us" if j.assessment.scenario.us_backstop.any else "without_us" for j in jobs]
    out = []
    compared = comparison_rows([j.assessment for j in jobs])
    for r in compared:
        # "plan: note" for each plan's note on the row (why its n/a; the queueing behind fewer
        # reached with the US), as compare.html and the terminal say it (review s33)
        row: dict[str, Any] = {"key": r["key"], "label": r["label"], "kind": r["kind"],
                               "notes": [f"{p}: {n}" for p, n in zip(plans, r.get("notes") or [], strict=False) if n]}
        for side in ("with_us", "without_us"):
            texts, cis = [], []
            for i in range(len(r["values"])):
                f = figures[i].get(r["key"]) if r["kind"] == "figure" else None
                own = planned[i] if side == "with_us" else "without_us"
                ci = getattr(f, f"ci_{own}") if f is not None else None
                cis.append(ci)
                # a Monte Carlo estimate to 3 significant figures, as the report writes it
                # (r8 3), with its interval when it has one, as the command line's table
                texts.append(figure_text(f, own, ci_words=False) if f is not None and ci is not None
                             else cell_text(r, i, side))
            values = r["values"] if side == "with_us" else r["without_us"]
            row[side] = texts
            row[f"{side}_ci"] = cis
            row[f"{side}_differs"] = [
                texts[i] != texts[0] and values[i] != values[0] and not _overlap(cis[i], cis[0])
                for i in range(len(texts))]
        row["differs"] = any(row["with_us_differs"]) or any(row["without_us_differs"])
        out.append(row)
    # the inputs that differ, as `reassure compare` and compare.html give them (review 41 4):
    # each plan's value with its source ids or assumption
    from reassure.present.compare_inputs import INPUTS_LEGEND

    inputs = [{k: r[k] for k in ("key", "path", "label", "values", "provenance", "short", "differs")}
              for r in getattr(compared, "inputs", ())]
    return {"plans": plans, "runs": [j.runs for j in jobs], "seeds": [j.seed for j in jobs], "rows": out,
            "inputs": inputs, "inputs_legend": INPUTS_LEGEND, "rule": COMPARE_RULE,
            "note": "'as planned' is each plan with its US backstop as written; 'without US' switches every US enabler off"}


# -- the app ----------------------------------------------------------------------------------
def create_app(user_dir: Path, token: str, workdir: Path | None = None) -> FastAPI:
    """The FastAPI app; ``token`` is required on every request."""
    from reassure._version import __version__

    library = Library(Path(user_dir))
    own_workdir = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix="reassure-serve-"))
    jobs = Jobs(workdir)
    # (review s49) no /docs or /redoc: FastAPI's pages load their scripts from other hosts, which
    # the page's content policy blocks (they came up blank); /openapi.json stays (docs/web.md)
    app = FastAPI(title="reassure serve", version=__version__, lifespan=_lifespan(jobs, workdir, own_workdir),
                  docs_url=None, redoc_url=None,
                  description="Browse, edit, run and compare plans. Every request needs the token.")
    app.state.jobs, app.state.library, app.state.workdir = jobs, library, workdir
    _add_error_handlers(app)
    _add_guard(app, token)
    # the routes in this order (it is the order of /openapi.json)
    _add_page_routes(app, __version__)
    _add_scenario_routes(app, library)
    _add_run_routes(app, library, jobs)
    _add_result_routes(app, jobs)
    _add_compare_route(app, library, jobs)
    _add_ids_route(app)
    return app


def _lifespan(jobs: Jobs, workdir: Path, own_workdir: bool) -> Any:
    """At shutdown: stop the runs still going and remove their files, and a workdir made here."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> Any:
        yield
        for job in list(jobs.jobs.values()):  # stop runs still going, remove their files
            jobs.cancel(job)
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    return lifespan


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def one_line(request: Request, exc: RequestValidationError) -> JSONResponse:
        # A malformed request gets the sentence a person reads, not pydantic's error list.
        detail = request_problems(exc.errors(), run_request=request.url.path == "/api/runs", body=exc.body)
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def unreadable_body(request: Request, exc: StarletteHTTPException) -> Any:
        # FastAPI answers a body it cannot decode (bytes that are not UTF-8, JSON nested
        # thousands deep) with 400 "There was an error parsing the body"; docs/web.md promises
        # "the body is not valid JSON", with the 422 of any other body that is not (review)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            cause = exc.__cause__
            why = (" (its bytes are not UTF-8 text)" if isinstance(cause, UnicodeDecodeError)
                   else " (it is nested too deeply)" if isinstance(cause, RecursionError) else "")
            return JSONResponse({"detail": f"the body is not valid JSON{why}"}, status_code=422)
        return await http_exception_handler(request, exc)


def _add_guard(app: FastAPI, token: str) -> None:
    """Every request: a body of at most `MAX_BODY` bytes, the token, and a JSON body where one
    is sent; every answer: the content policy (and the token's cookie, when it came in the address)."""

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return _too_large()
        if not _has_token(request, token):
            return _no_token(request)
        if length is None and request.method in ("POST", "PUT", "PATCH") and not await _read_body_in_limit(request):
            return _too_large()
        refused = await _json_body(request)
        if refused is not None:
            return refused
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        _add_security_headers(response)
        return response


def _too_large() -> JSONResponse:
    return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)


def _has_token(request: Request, token: str) -> bool:
    given = (request.query_params.get("token") or request.headers.get("x-reassure-token")
             or request.cookies.get(COOKIE) or "")
    return hmac.compare_digest(given.encode(), token.encode())


def _no_token(request: Request) -> Response:
    if "text/html" in request.headers.get("accept", ""):
        # a browser opening the page without the token reads why, not raw JSON (review 41 14)
        return HTMLResponse(NO_TOKEN_PAGE, status_code=403)
    return JSONResponse({"detail": "a valid token is required (see the address printed by "
                                   "`reassure serve`)"}, status_code=403)


async def _read_body_in_limit(request: Request) -> bool:
    """Read a body sent without a length (a chunked upload), counting as it arrives: False as
    soon as it is over `MAX_BODY` bytes."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return False
    # handed on as read: the middleware passes the body it holds to the endpoint (a
    # new Request with its own receive was not used, and the endpoint read an empty body)
    request._body = body
    return True


def _add_security_headers(response: Response) -> None:
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self' 'unsafe-inline' blob:; worker-src blob:; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'")
    response.headers["X-Content-Type-Options"] = "nosniff"


def _add_page_routes(app: FastAPI, version: str) -> None:
    static = Path(__file__).resolve().parent.parent / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Any:
        # the page links /static/favicon.svg; a browser (or a tool) asking the usual address
        # gets the same icon, not a 404 in its console (review 19b 10)
        return FileResponse(static / FAVICON, media_type="image/svg+xml")

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        from reassure.present.web.page import page

        return page(version)


def _add_scenario_routes(app: FastAPI, library: Library) -> None:
    @app.get("/api/scenarios")
    def scenarios() -> dict[str, Any]:
        return _scenario_list(library)

    @app.get("/api/scenarios/{name}")
    def scenario(name: str) -> dict[str, Any]:
        return _scenario_view(library.load(name))

    @app.get("/api/scenarios/{name}/toml", response_class=HTMLResponse)
    def scenario_toml(name: str) -> Any:
        path = library.path(name)
        return HTMLResponse(path.read_text(encoding="utf-8"), media_type="text/plain; charset=utf-8")

    @app.post("/api/scenarios/{name}/variants", status_code=201)
    def variant(name: str, body: VariantBody) -> dict[str, Any]:
        return save_variant(library, name, body)


def _scenario_list(library: Library) -> dict[str, Any]:
    """The shipped plans, then the user's: each with its title and the plan it extends."""
    out = []
    for origin, entries in (("shipped", library.shipped()), ("user", library.user())):
        for name, path in entries.items():
            try:
                import tomllib

                head = tomllib.loads(path.read_text(encoding="utf-8")[:200_000])
                title, extends = str(head.get("title", "")), head.get("extends")
            except Exception:
                title, extends = "(cannot be read)", None
            out.append({"name": name, "origin": origin, "title": title,
                        "extends": extends if isinstance(extends, str) else None})
    return {"scenarios": out, "user_dir": str(library.user_dir), "default_runs": DEFAULT_RUNS,
            # a file of the user's folder named as a shipped plan: not listed, and said so
            "not_listed": [_shadowed_words(library, f) for f in library.shadowed()] + library.misnamed()}


def _shadowed_words(library: Library, file: str) -> str:
    """Why a file of the user's folder is not listed, and what it still does there (review s65 1):
    it, not the shipped plan of its name, is the parent of the folder's plans that extend that
    name, and no variant of the shipped plan can be saved beside it."""
    stem = Path(file).stem
    users = library.extended_by(stem)
    return (f"{file}: a shipped plan has this name; rename the file to open it (until then, variants of "
            f"the shipped plan {stem} cannot be saved here"
            + (f", and {', '.join(users)} {'extends' if len(users) == 1 else 'extend'} this file, "
               "not the shipped plan" if users else "") + ")")


def _scenario_view(s: Any) -> dict[str, Any]:
    """A plan as the page's editor shows it: its head, the sources it may cite, its fields."""
    return {"name": s.name, "title": s.title, "description": s.description.strip(),
            "extends": s.extends, "theatre": s.theatre, "seed": s.seed,
            # review s65 1: the parent files read, and the warning where a copy stands for a shipped plan
            "extends_files": [str(p) for p in s.extends_files], "extends_warnings": list(s.extends_warnings),
            # what each source is, for the page's source picker and its "now" column
            "sources": [{"id": x.id, "title": x.title, "outlet": x.outlet,
                         "date": None if x.date is None else str(x.date), "shipped": False} for x in s.sources]
            # and those of the shipped data its models use, which a change may cite too
            + [{"id": sid, "title": x.get("title", ""), "outlet": x.get("outlet", ""),
                "date": None if x.get("date") is None else str(x["date"]), "shipped": True}
               for sid, x in _shipped_sources(s).items()],
            "fields": _describe(s)}


def _job_of(jobs: Jobs, job_id: str) -> Job:
    """The run ``job_id``; 404 if there is none."""
    job = jobs.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no run {job_id[:40]!r}")
    return job


def _add_run_routes(app: FastAPI, library: Library, jobs: Jobs) -> None:
    """Start a run (each a background job), follow it, cancel it."""

    @app.post("/api/runs", status_code=202)
    def run(body: RunBody) -> dict[str, Any]:
        _check_name(body.scenario)
        path = library.path(body.scenario)
        scenario = library.load(body.scenario)  # refuse a broken file now, not in the job
        # the seed the run uses, stated: none given means the scenario's own (as `reassure assess`)
        seed = scenario.seed if body.seed is None else body.seed
        try:
            return jobs.submit(body.scenario, path, body.runs, seed).public()
        except QueueFullError as full:
            raise HTTPException(429, str(full)) from None

    @app.get("/api/runs/{job_id}")
    def run_status(job_id: str) -> dict[str, Any]:
        return _job_of(jobs, job_id).public()

    @app.delete("/api/runs/{job_id}")
    def run_cancel(job_id: str) -> dict[str, Any]:
        job = _job_of(jobs, job_id)
        jobs.cancel(job)
        return job.public()


def _add_result_routes(app: FastAPI, jobs: Jobs) -> None:
    """A finished run's summary for the page, its report, and the files it offers to download."""

    @app.get("/api/runs/{job_id}/summary")
    def run_summary(job_id: str) -> Any:
        from reassure.present.output import to_jsonable

        job = _job_of(jobs, job_id)
        if job.state != "done":
            raise HTTPException(409, f"run {job_id} is {job.state}")
        if job.summary is None:  # scenarios are immutable and a run's result never changes
            job.summary = json.dumps(to_jsonable(summary(job)), allow_nan=False)
        return Response(job.summary, media_type="application/json")

    @app.get("/runs/{job_id}/report.html")
    def run_report(job_id: str) -> Any:
        job = _job_of(jobs, job_id)
        if job.state != "done" or job.folder is None:
            raise HTTPException(409, f"run {job_id} is {job.state}")
        return FileResponse(job.folder / "report.html", media_type="text/html")

    @app.get("/runs/{job_id}/{file_name}")
    def run_file(job_id: str, file_name: str) -> Any:
        # only the named files of a run's folder: a name is looked up, never joined to a path
        if file_name not in DOWNLOADS:
            raise HTTPException(404, f"no file {file_name[:40]!r} of a run: {', '.join(DOWNLOADS)}")
        job = _job_of(jobs, job_id)
        if job.state != "done" or job.folder is None:
            raise HTTPException(409, f"run {job_id} is {job.state}")
        return FileResponse(job.folder / file_name, media_type=DOWNLOADS[file_name],
                            filename=f"{job.scenario}-{file_name}")


def _add_compare_route(app: FastAPI, library: Library, jobs: Jobs) -> None:
    @app.get("/api/compare")
    def compare(plans: str, runs: int = DEFAULT_RUNS, seed: int | None = None) -> dict[str, Any]:
        names = _plans_to_compare(plans, runs, seed)
        done, missing, wanted, under_way = _runs_of_plans(library, jobs, names, runs, seed)
        if under_way:
            raise _runs_under_way(under_way, missing, runs, wanted)
        if missing:
            raise _runs_missing(missing, runs, wanted)
        return comparison(done)


def _plans_to_compare(plans: str, runs: int, seed: int | None) -> list[str]:
    """The plans named (``a,b``), each once, two to eight; refused (422) with runs or a seed
    out of range."""
    names = [p for p in plans.split(",") if p]
    if not 2 <= len(names) <= 8:
        raise HTTPException(422, "compare two to eight plans (plans=a,b)")
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:  # review s49: a plan compared with itself was two identical columns
        raise HTTPException(422, f"each plan once: {', '.join(twice)} named twice (plans=a,b)")
    if not 1 <= runs <= MAX_RUNS:
        raise HTTPException(422, f"runs: {_EXPECTED['runs']} (got {runs})")
    if seed is not None and not 0 <= seed <= MAX_SEED:
        raise HTTPException(422, f"seed: {_EXPECTED['seed']} (got {seed})")
    return names


def _runs_of_plans(library: Library, jobs: Jobs, names: list[str], runs: int,
                   seed: int | None) -> tuple[list[Job], list[str], dict[str, int | None], dict[str, Job]]:
    """Of each plan, its finished run with ``runs`` and the seed (its own where none is given):
    (the finished runs, the plans without one, each plan's seed, the runs still under way)."""
    done, missing, wanted = [], [], {}
    under_way: dict[str, Job] = {}
    for n in names:
        plan_seed = library.load(n).seed if seed is None else seed  # as a run states it
        job = jobs.done_for(library.path(n), runs, plan_seed)
        (done.append(job) if job else missing.append(n))
        wanted[n] = plan_seed
        going = None if job else jobs.under_way_for(library.path(n), runs, plan_seed)
        if going is not None:
            under_way[n] = going
    return done, missing, wanted, under_way


def _runs_under_way(under_way: dict[str, Job], missing: list[str], runs: int,
                    wanted: dict[str, int | None]) -> HTTPException:
    # review: while the runs were going, this said "no finished run ... run them
    # first", and a script started them again; 409 still (nothing to compare yet)
    states = "; ".join(f"{n}: {j.state}" + (f", step {len(j.steps)} of {j.steps_total}" if j.state == "running" else "")
                       for n, j in under_way.items())
    not_started = [n for n in missing if n not in under_way]
    return HTTPException(409, {
        "message": f"the runs of {', '.join(under_way)} are under way ({states}): ask again when "
                   "they are done (GET /api/runs/ID until its state is done)"
                   + (f"; {', '.join(not_started)} not run yet with these runs and seeds: run "
                      "them first (POST /api/runs with the seed given here)" if not_started else ""),
        "under_way": {n: j.id for n, j in under_way.items()},
        "missing": missing, "runs": runs, "seeds": {n: wanted[n] for n in missing}})


def _runs_missing(missing: list[str], runs: int, wanted: dict[str, int | None]) -> HTTPException:
    # review s34: "run these plans first" for a plan run with another seed or number of
    # runs read as false; say which run each missing plan needs
    return HTTPException(409, {
        "message": "no finished run of these plans with these runs and seeds: run them first "
                   "(POST /api/runs with the seed given here), or pass seed=N to compare "
                   "runs made with one seed",
        "missing": missing, "runs": runs, "seeds": {n: wanted[n] for n in missing}})


def _add_ids_route(app: FastAPI) -> None:
    @app.get("/api/ids/{theatre}")
    def ids(theatre: str) -> dict[str, Any]:
        from reassure.errors import ReassureError
        from reassure.present.ids import theatre_ids

        _check_name(theatre)
        try:
            return theatre_ids(theatre)
        except ReassureError as exc:
            raise HTTPException(404, str(exc)) from None


def wait_for(app: FastAPI, job_id: str, timeout_s: float = 300.0) -> dict[str, Any]:
    """Block until a job ends (tests and scripts); returns its public state."""
    end = time.time() + timeout_s
    job = app.state.jobs.jobs[job_id]
    while job.state in ("queued", "running") and time.time() < end:
        time.sleep(0.1)
    return job.public()
