"""`reassure explore` throughput: experiments/s with 1 and 2 local workers and on Ray.

Baseline in the same run: one local worker. The same slice of the `us-enablers` example (every
evaluation a whole assessment of europe-2025, 2 incident runs) is run with 1 worker, 2 workers
and on a local Ray cluster (`--address local`, 2 CPUs; Ray's start-up is timed separately and
left out of its rate). Every engine's numbers are checked to be identical. The 1,000-experiment
figure is extrapolated from the 2-worker rate, and says so.

    .venv/bin/python benchmarks/bench_explore.py            # short: 8 experiments per engine
    .venv/bin/python benchmarks/bench_explore.py --examples # also run the three shipped examples
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def timed_run(plan, out: Path, **kwargs) -> float:  # type: ignore[no-untyped-def]
    from reassure.run.explore.execute import run_plan

    start = time.perf_counter()
    run_plan(plan, out, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    from reassure.run.explore import plan_from_file, results
    from reassure.run.explore.evaluate import warm

    n = 8
    plan = plan_from_file(REPO / "experiments" / "us-enablers.toml")
    plan.unit = plan.unit[:n]
    plan.batch_size = 1
    warm(plan.scenarios[0], {o.split(".", 1)[0] for o in plan.outcomes})  # numba kernels loaded before anything is timed; forked workers inherit them
    tmp = Path(tempfile.mkdtemp(prefix="bench-explore-"))
    try:
        cpu_start = time.process_time()
        one = timed_run(plan, tmp / "one", workers=1)  # in this process: its CPU time is the cost
        cpu_per_eval = (time.process_time() - cpu_start) / n
        two = timed_run(plan, tmp / "two", workers=2)
        same = results(tmp / "one").equals(results(tmp / "two"))
        ray_line = "ray: not installed"
        ray_rate = None
        try:
            import ray

            start = time.perf_counter()
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
            ray_start = time.perf_counter() - start
            # Ray workers are fresh processes: warm them as the pool's are, outside the timing.
            warm_plan = plan_from_file(REPO / "experiments" / "us-enablers.toml")
            warm_plan.unit = warm_plan.unit[n:n + 2]
            timed_run(warm_plan, tmp / "ray-warm", address="local", workers=2)
            ray_s = timed_run(plan, tmp / "ray", address="local", workers=2)
            ray.shutdown()
            ray_same = results(tmp / "ray").equals(results(tmp / "one"))
            ray_rate = n / ray_s
            ray_line = (f"ray, local cluster, 2 CPUs:  {ray_rate:6.2f} experiments/s  "
                        f"({ray_s / two:.2f}x the local pool's time; identical numbers: {ray_same}; "
                        f"ray.init {ray_start:.1f} s not counted)")
        except ImportError:
            pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    import os

    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) "
          "at the end; ratios above 1 core's worth of other load are not meaningful")
    print(f"slice: {n} experiments of us-enablers (europe-2025, 2 incident runs, batches of 1)")
    print(f"local, 1 worker (baseline):  {n / one:6.2f} experiments/s")
    print(f"local, 2 workers:            {n / two:6.2f} experiments/s  ({one / two:.2f}x one worker; identical numbers: {same})")
    print(ray_line)
    print(f"1,000 experiments at the 2-worker rate: about {1000 / (n / two) / 60:.0f} min "
          "(extrapolated from this slice, not measured)")
    print(f"CPU time per evaluation (1 worker): {cpu_per_eval:.2f} s; on an idle 2-core machine 2 workers "
          f"would need about {1000 * cpu_per_eval / 2 / 60:.0f} min for 1,000 (extrapolated, not measured)")
    if "--examples" in sys.argv:
        from reassure.run.explore.execute import run_plan

        for name in ("us-enablers", "drone-orbits-80", "what-drives-25000"):
            out = REPO / "out" / "explore" / name
            shutil.rmtree(out, ignore_errors=True)
            start = time.perf_counter()
            p = plan_from_file(REPO / "experiments" / f"{name}.toml")
            run_plan(p, out, workers=2)
            from reassure.present.explore_report import write_explore_report

            write_explore_report(out, p.outcomes[0], "with_us", None)
            print(f"example {name}: {p.n_experiments * p.replications} evaluations in "
                  f"{time.perf_counter() - start:.0f} s; report {out / 'report.html'}")
    print(json.dumps({"cpu_s_per_evaluation": cpu_per_eval, "one_worker_per_s": n / one, "two_workers_per_s": n / two, "speedup": one / two,
                      "ray_per_s": ray_rate}))


if __name__ == "__main__":
    main()
