"""One Monte Carlo default for every way in (s41): `assess`, `compare`, `incidents`, the page and
the Python API. Before, `incidents` ran 100 and the rest 20, so one plan and seed printed two
different incident figures (e.g. calls in time 13.6 % vs 14.5 %) depending on the command."""

from __future__ import annotations

import inspect

import reassure
from reassure.bridge.incidents import DEFAULT_RUNS as INCIDENT_RUNS
from reassure.commands import assess as assess_cmd
from reassure.commands import compare as compare_cmd
from reassure.commands import incidents as incidents_cmd
from reassure.present.web import app as web_app
from reassure.run.assess import DEFAULT_RUNS, Settings


def _default(fn, name: str = "runs") -> object:
    return inspect.signature(fn).parameters[name].default


def test_every_entry_point_has_the_incident_models_default() -> None:
    assert DEFAULT_RUNS == INCIDENT_RUNS == Settings().runs
    assert _default(reassure.assess) == DEFAULT_RUNS
    assert _default(reassure.compare) == DEFAULT_RUNS
    assert web_app.DEFAULT_RUNS == DEFAULT_RUNS
    for module in (assess_cmd, compare_cmd, incidents_cmd):
        commands = [f for f in vars(module).values() if inspect.isfunction(f) and "runs" in
                    inspect.signature(f).parameters and f.__module__ == module.__name__
                    and not f.__name__.startswith("_")]
        assert commands, module.__name__
        for fn in commands:
            assert _default(fn) == DEFAULT_RUNS, (module.__name__, fn.__name__)
