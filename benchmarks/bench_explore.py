"""`reassure explore` throughput: the cost of one evaluation, 1 and 2 local workers, Ray, and
the shipped example experiments.

1. The first 8 experiments of a 1,000-experiment Latin hypercube over 12 sourced uncertainties of
   europe-2025 (the first 12 of its 16 sourced ranges, in the scenario's order), every
   capability, 20 incident runs, batches of 1: run with 1 local worker (the baseline, in this
   process, so its CPU time is the cost of an evaluation), 2 local workers and a local Ray
   cluster (`--address local`, 2 CPUs; Ray's start-up and a warm-up batch are timed apart and
   left out). Every engine's numbers are checked to be identical. The CPU per evaluation is
   also given for an LHS over the first 12 sourced ranges that leave the monitored line and
   its fleet alone (monitoring is then solved once and remembered). Each timed run starts with
   empty memos of solves (the local pool's workers are forked from this process after it
   forgets; Ray's workers keep theirs, so its repeats run later slices of the same design). The 1,000-experiment time on
   2 cores is extrapolated from the CPU per evaluation, and says so.
2. The shipped example experiments (experiments/*.toml, the real files) with their design cut
   to the first ``--examples N`` experiments (default 8 each; 0 skips them): run on 2 workers,
   their explore reports written to out/explore/NAME/.

    .venv/bin/python benchmarks/bench_explore.py                # both parts
    .venv/bin/python benchmarks/bench_explore.py --examples 0   # no examples
    .venv/bin/python benchmarks/bench_explore.py --src /tmp/base/src --examples 0  # another tree
    .venv/bin/python benchmarks/bench_explore.py --cpu-only [--n 16]  # part 1's CPU per evaluation only

``--cpu-only`` times the CPU per evaluation alone (1 worker, in this process, the file's own
batches of 8 as the 1,000-experiment run stores them): a few seconds, so a baseline tree
(``--src``) and this one can be run alternately on a busy machine and compared.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


# `--src DIR` measures another copy of the code (a baseline) with this same script.
sys.path.insert(0, str(Path(_arg("--src", str(REPO / "src"))).resolve()))

LHS_12 = """\
schema = 1
name = "lhs-12"
title = "1,000-experiment Latin hypercube over 12 sourced uncertainties (benchmark)"
scenarios = ["europe-2025"]
seed = 1000
runs = 20
batch_size = 8
outcomes = ["force.p_target_met_pct", "posture.fastest_response_min_south-ukraine-npp", "monitoring.pd_1h_pct",
            "monitoring_band.fewest_airframes_high", "incidents.detected_pct"]

[design]
kind = "lhs"
samples = 1000

[uncertainties]
sourced_ranges = true
exclude = {exclude}
"""


def lhs_plan(tmp: Path, line_fixed: bool = False):  # type: ignore[no-untyped-def]
    """The 1,000-experiment LHS over 12 of europe-2025's 16 sourced ranges: the first 12 in the
    scenario's order, or (``line_fixed``) the first 12 of those that leave the monitored line
    and its fleet as they are (not the horizon, nor the band's length and depth, which re-grid
    the line)."""
    from reassure.run.explore import plan_from_file

    path = tmp / "lhs-12.toml"
    path.write_text(LHS_12.format(exclude="[]"))
    sourced = [f.path for f in plan_from_file(path).factors]
    moves_line = [p for p in sourced if p == "horizon" or p.startswith("monitoring.")]
    rest = [p for p in sourced if p not in moves_line]
    excluded = moves_line + rest[12:] if line_fixed else sourced[12:]
    path.write_text(LHS_12.format(exclude=json.dumps(excluded)))
    plan = plan_from_file(path)
    assert len(plan.factors) == 12, [f.path for f in plan.factors]
    return plan


def forget() -> None:
    """Empty this process's memos of solves (a fresh run; forked workers inherit the empty ones),
    so a repeat does not find the experiments it times already solved. The memos of the line's
    geography (base distances, satellite passes, distance matrices: the same for every
    experiment) stay, as `warm` fills them in every worker of a real run too."""
    from reassure.models.forcegen import milp
    from reassure.run.explore import evaluate

    for memo in (getattr(evaluate, "_MEMO", []), getattr(milp, "_milp_memo", {}),
                 getattr(milp, "_duals_memo", {})):
        memo.clear()


def timed_run(plan, out: Path, **kwargs) -> float:  # type: ignore[no-untyped-def]
    from reassure.run.explore.execute import run_plan

    forget()
    start = time.perf_counter()
    run_plan(plan, out, **kwargs)
    return time.perf_counter() - start


def best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    return min(fn(i) for i in range(repeat))


def cpu_only() -> None:
    """CPU seconds per evaluation of the first ``--n`` experiments (1 worker, in this process,
    batches of 8 as in the file), best of ``--repeat``; one JSON line."""
    from reassure.run.explore.evaluate import warm

    n, repeat = int(_arg("--n", "16")), int(_arg("--repeat", "1"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-explore-cpu-"))
    try:
        plan = lhs_plan(tmp)
        plan.unit = plan.unit[:n]
        warm(plan.scenarios[0])  # as a worker does before its first batch
        # The store's imports (pyarrow loads pandas to convert rows): once a run, in the
        # driving process, so not a cost of an evaluation.
        import pandas  # noqa: F401
        import pyarrow.parquet  # noqa: F401
        cpu = []
        for i in range(repeat):
            start = time.process_time()
            timed_run(plan, tmp / f"cpu{i}", workers=1)
            cpu.append((time.process_time() - start) / n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    import reassure

    print(json.dumps({"src": str(Path(reassure.__file__).parents[1]), "experiments": n,
                      "batch_size": plan.batch_size, "cpu_s_per_evaluation": min(cpu)}))


def main() -> None:
    from reassure.run.explore import results
    from reassure.run.explore.evaluate import warm

    if "--cpu-only" in sys.argv:
        cpu_only()
        return

    n = 8
    repeat = int(_arg("--repeat", "2"))
    examples = int(_arg("--examples", "8"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-explore-"))
    lines: list[str] = []
    figures: dict[str, float | None] = {}
    try:
        plan = lhs_plan(tmp)
        plan.unit = plan.unit[:n]
        plan.batch_size = 1
        warm(plan.scenarios[0])  # numba kernels loaded before anything is timed; forked workers inherit them
        one, cpu = [], []
        for i in range(repeat):
            cpu_start = time.process_time()
            one.append(timed_run(plan, tmp / f"one{i}", workers=1))  # in this process: its CPU time is the cost
            cpu.append((time.process_time() - cpu_start) / n)
        one_s, cpu_eval = min(one), min(cpu)
        two_s = best_of(repeat, lambda i: timed_run(plan, tmp / f"two{i}", workers=2))
        same = results(tmp / "one0").equals(results(tmp / "two0"))
        figures.update(cpu_s_per_evaluation=cpu_eval, one_worker_per_s=n / one_s,
                       two_workers_per_s=n / two_s, speedup=one_s / two_s, ray_per_s=None,
                       ray_over_local=None)
        ray_line = "ray: not installed"
        try:
            import ray

            start = time.perf_counter()
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1")
            ray_start = time.perf_counter() - start
            # Ray workers are fresh processes: warm them as the pool's are, outside the timing.
            # They keep their memos from run to run, so each timed run is of experiments they
            # have not seen: the slice first (its numbers are compared), then later ones.
            full = lhs_plan(tmp)
            warm_plan = lhs_plan(tmp)
            warm_plan.unit = full.unit[-2:]
            timed_run(warm_plan, tmp / "ray-warm", address="local", workers=2)

            def ray_run(i: int) -> float:
                part = lhs_plan(tmp)
                part.unit, part.batch_size = full.unit[i * n:(i + 1) * n], 1
                return timed_run(part, tmp / f"ray{i}", address="local", workers=2)

            ray_s = best_of(repeat, ray_run)
            ray.shutdown()
            ray_same = results(tmp / "ray0").equals(results(tmp / "one0"))
            figures.update(ray_per_s=n / ray_s, ray_over_local=ray_s / two_s)
            ray_line = (f"ray, local cluster, 2 CPUs:  {n / ray_s:6.2f} experiments/s  "
                        f"({ray_s / two_s:.2f}x the local pool's time; identical numbers: {ray_same}; "
                        f"ray.init {ray_start:.1f} s not counted)")
        except ImportError:
            pass
        lines.append(f"slice: the first {n} experiments of a 1,000-experiment LHS over 12 sourced uncertainties "
                     f"of europe-2025, all capabilities, 20 incident runs, batches of 1; best of {repeat}")
        lines.append(f"local, 1 worker (baseline):  {n / one_s:6.2f} experiments/s")
        lines.append(f"local, 2 workers:            {n / two_s:6.2f} experiments/s  ({one_s / two_s:.2f}x one "
                     f"worker; identical numbers: {same})")
        lines.append(ray_line)
        lines.append(f"CPU per evaluation (1 worker, whole run incl. storing): {cpu_eval:.2f} s; 1,000 experiments "
                     f"on 2 cores at that cost: about {1000 * cpu_eval / 2 / 60:.1f} min (extrapolated, not "
                     "measured; target <= 5 min)")
        fixed = lhs_plan(tmp, line_fixed=True)
        fixed.unit, fixed.batch_size = fixed.unit[:n], 1
        cpu_start = time.process_time()
        timed_run(fixed, tmp / "fixed", workers=1)
        cpu_fixed = (time.process_time() - cpu_start) / n
        figures["cpu_s_per_evaluation_line_fixed"] = cpu_fixed
        lines.append(f"  the same over the 12 sourced uncertainties that leave the line and its fleet alone "
                     f"(no horizon, band length or depth): {cpu_fixed:.2f} s; 1,000 on 2 cores: about "
                     f"{1000 * cpu_fixed / 2 / 60:.1f} min (extrapolated)")
        if examples:
            lines.extend(run_examples(examples))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
          "(1/5/15 min) at the end; wall-clock ratios above 1 core's worth of other load are not meaningful")
    print("\n".join(lines))
    print(json.dumps(figures))


def run_examples(n: int) -> list[str]:
    """Each shipped experiment file, its design cut to the first ``n`` experiments, run on 2
    workers, its report written to out/explore/NAME/ (report.html, results.csv ...)."""
    from reassure.present.explore_report import write_explore_report
    from reassure.run.explore import plan_from_file
    from reassure.run.explore.execute import run_plan

    lines = []
    for path in sorted((REPO / "experiments").glob("*.toml")):
        out = REPO / "out" / "explore" / path.stem
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        plan = plan_from_file(path)
        total = plan.n_experiments
        plan.unit = plan.unit[:n]
        run_plan(plan, out, workers=2)
        from reassure.run.explore.analyse import fail_case

        # As `reassure explore` does: the first outcome that varies, on the failure condition's side.
        report = write_explore_report(out, None, fail_case(plan.fail) or "with_us", None)
        lines.append(f"example {path.stem}: first {plan.n_experiments} of its {total} experiments, "
                     f"{plan.n_experiments * plan.replications} evaluations in {time.perf_counter() - start:.0f} s; "
                     f"report {Path(report).relative_to(REPO) if Path(report).is_relative_to(REPO) else report}")
    return lines


if __name__ == "__main__":
    main()
