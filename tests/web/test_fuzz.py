"""Property-based fuzz of the served API against its own OpenAPI schema: never a 5xx.

Runs are stubbed (a fuzzed request must not start real assessments); everything else is the
real app on a temporary user folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from reassure.present.web.app import Job, create_app

from .conftest import TOKEN

schemathesis = pytest.importorskip("schemathesis")  # listed in the test extra

_user = Path(tempfile.mkdtemp(prefix="reassure-fuzz-"))
APP = create_app(_user, TOKEN, workdir=_user / "work")


def _fake_submit(scenario: str, path: Path, runs: int, seed: int | None) -> Job:
    job = Job(id="fuzz", scenario=scenario, runs=runs, seed=seed, key=(str(path), 0, runs, seed))
    APP.state.jobs.jobs[job.id] = job
    return job


APP.state.jobs.submit = _fake_submit
schema = schemathesis.openapi.from_asgi("/openapi.json?token=" + TOKEN, APP)


# One test item per operation, each with its own node id. (`@schema.parametrize()` gives every
# operation's item the function's node id; pytest-xdist, which `make test` runs, schedules by node
# id and ran one operation of twelve.)
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_no_server_errors(operation: Any) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        response = case.call(headers={"X-Reassure-Token": TOKEN})
        assert response.status_code < 500, (case.method, case.path, response.status_code,
                                            response.text[:300])
        # nothing a fuzzed request sends may land outside the user folder
        assert all(p.parent == _user for p in _user.rglob("*.toml")), list(_user.rglob("*.toml"))

    check()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_no_token_no_access(operation: Any) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.headers = {k: v for k, v in (case.headers or {}).items()
                        if k.lower() != "x-reassure-token"}
        response = case.call()
        assert response.status_code == 403

    check()
