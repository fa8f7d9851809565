"""Run `reassure assess ARGS` and print its critical path in CPU seconds, on stderr.

The critical path of `reassure assess` is the parent up to the fork of its worker, the
worker's job (monitoring and incidents), and the parent after the worker's last outcome.
Each is read with `time.process_time` in its own process: on a shared machine the CPU
seconds move far less than the wall time. `bench_assess.py --critical-path N` runs this
for this tree and a baseline, alternated. Works on any tree whose `reassure.run.assess`
forks its worker through `ProcessPoolExecutor.submit` and runs it in `_run_offloaded`.

    PYTHONPATH=src python benchmarks/assess_critical_path.py [ARGS]
"""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import concurrent.futures.process as cfp
import sys
import time
from typing import Any

_MARKS: dict[str, float] = {}
_submit = cfp.ProcessPoolExecutor.submit
_result = cf.Future.result


def _submit_marked(self: Any, *args: Any, **kwargs: Any) -> Any:
    _MARKS.setdefault("fork", time.process_time())
    return _submit(self, *args, **kwargs)


def _result_marked(self: Any, *args: Any, **kwargs: Any) -> Any:
    value = _result(self, *args, **kwargs)
    if isinstance(value, dict) and "__worker_cpu_s__" in value:
        _MARKS["result"] = time.process_time()
        _MARKS["worker"] = value.pop("__worker_cpu_s__")
    return value


def _report() -> None:
    end = time.process_time()
    if "result" in _MARKS:
        tail = end - _MARKS["result"]
        critical = _MARKS["fork"] + _MARKS["worker"] + tail
        sys.stderr.write(f"critical-path fork {_MARKS['fork']:.3f} worker {_MARKS['worker']:.3f} "
                         f"tail {tail:.3f} critical {critical:.3f} parent {end:.3f}\n")


_OFFLOADED: Any = None  # the tree's own `_run_offloaded`


def run_offloaded(*args: Any, **kwargs: Any) -> Any:
    """The worker's job, then its own CPU seconds (module level: the job is pickled by name)."""
    out = _OFFLOADED(*args, **kwargs)
    out["__worker_cpu_s__"] = time.process_time()
    return out


def main() -> None:
    global _OFFLOADED
    import reassure.run.assess as assess_module

    _OFFLOADED = assess_module._run_offloaded
    assess_module._run_offloaded = run_offloaded  # type: ignore[assignment]
    cfp.ProcessPoolExecutor.submit = _submit_marked  # type: ignore[method-assign]
    cf.Future.result = _result_marked  # type: ignore[method-assign]
    atexit.register(_report)
    sys.argv = ["reassure", "assess", *sys.argv[1:]]
    from reassure.cli import run

    run()


if __name__ == "__main__":
    main()
