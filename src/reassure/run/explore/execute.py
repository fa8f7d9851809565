"""Running a plan: batches of evaluations on a local process pool or a Ray cluster.

The unit of work is an *item*, one evaluation of one experiment (design point) in one
replication: ``item = experiment_id * replications + replication``. Each evaluation is seeded
from ``(design seed, experiment_id, replication)`` alone (`derive_seed`), never from the order
in which work finishes, so the stored numbers are bit-identical for one worker, two workers or a
Ray cluster. Items are sent in batches (``batch_size``) to amortise the cost of a task; each
finished batch is written as one Parquet file by this (the driving) process, so a batch is
stored whole or not at all, and `--resume` runs exactly the items not yet stored.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

import numpy as np

from reassure.bridge.force import DRAWS
from reassure.errors import ModelError, ReassureError
from reassure.run.explore.design import Plan, not_a_figure
from reassure.run.explore.store import (
    BATCH_DIR,
    MANIFEST,
    fail_comparisons,
    finished,
    locked,
    outcome_column,
    read_manifest,
    rename_old_columns,
    text_hash,
    write_batch,
    write_manifest,
    write_table,
)
from reassure.run.workers import die_with_parent, forking, stop_workers

__all__ = ["RunSummary", "check_fail", "check_resume", "code_fingerprint", "derive_seed", "manifest_for",
           "result_columns", "run_batch", "run_plan", "scenario_files"]

Progress = Callable[[int, int], None]


def derive_seed(design_seed: int, experiment_id: int, replication: int) -> int:
    """The seed of one evaluation: a hash of (design seed, experiment id, replication)."""
    state = np.random.SeedSequence([design_seed, experiment_id, replication]).generate_state(1)
    return int(state[0])


class RunSummary(dict[str, Any]):
    """What a run did: items run now, items already stored, corrupt batches redone, seconds."""


def _row(plan: Plan, item: int, figures: dict[str, float], seed: int, base: int, error: str) -> dict[str, Any]:
    experiment_id, replication = divmod(item, plan.replications)
    row: dict[str, Any] = {"item": item, "experiment_id": experiment_id, "replication": replication,
                           "seed": seed, "scenario": plan.scenarios[base].name}
    row.update(plan.inputs(experiment_id))
    for outcome in plan.outcomes:
        for case in ("with_us", "without_us"):
            row[outcome_column(outcome, case)] = figures.get(f"{outcome}/{case}", float("nan"))
    row["error"] = error
    return row


def plan_sections(plan: Plan) -> set[str]:
    """The report sections the plan's outcomes are figures of (only those are computed)."""
    return {outcome.split(".", 1)[0] for outcome in plan.outcomes}


def reason(plan: Plan, experiment_id: int) -> str:
    """The assumption every number an experiment overrides carries (`Scenario.with_overrides`)."""
    return (f"explore experiment {plan.name!r}, {plan.design['kind']} design, "
            f"experiment {experiment_id}: a plan variant, not a sourced figure")


def run_batch(plan: Plan, items: list[int]) -> list[dict[str, Any]]:
    """Evaluate ``items`` (in order) and return one row each. Runs in a worker process."""
    from reassure.run.explore.evaluate import evaluate, warm

    sections = plan_sections(plan)
    warm(plan.scenarios[0], sections)
    rows = []
    for item in items:
        experiment_id, replication = divmod(item, plan.replications)
        base, overrides = plan.overrides(experiment_id)
        seed = derive_seed(plan.seed, experiment_id, replication)
        # A variant the model refuses (say, an infeasible plan) is a result, not a crash: its
        # outcomes are NaN and `error` says why; the run goes on. A bug still stops the run.
        try:
            figures = evaluate(plan.scenarios[base], overrides, seed, plan.runs, sections=sections,
                               reason=reason(plan, experiment_id))
            error = ""
        except ReassureError as exc:
            figures, error = {}, str(exc)
        rows.append(_row(plan, item, figures, seed, base, error))
    return rows


#: The incident runs the outcome check's probe evaluation uses at most: it is timed for the
#: estimate said before a run (`timing`), so it runs what an evaluation of the run runs, up to this.
PROBE_RUNS = 10


def check_outcomes(plan: Plan, loaded: Any | None = None, timing: dict[str, Any] | None = None) -> dict[str, float]:
    """Evaluate the base scenario once (which also warms this process) and check every outcome
    id is a figure the assessment reports; return the base plan's figures (``id/case`` -> value).
    ``timing``, when given, gets ``seconds``: how long one evaluation of the design's first plan
    took (warm), and ``runs_scaled``: whether it ran the run's own incident runs."""
    from reassure.run.explore.evaluate import evaluate, figure_ids, report_sections

    # Only the capabilities the outcomes name (and their needs); everything when a section
    # name is unknown, so the error can list every figure.
    sections: set[str] | None = plan_sections(plan)
    if sections is not None and not sections <= report_sections():
        sections = None
    started = time.perf_counter()
    base_figures = evaluate(plan.scenarios[0], {}, seed=0, runs=1, sections=sections)
    if timing is not None:  # a cold evaluation (imports, compiled kernels): replaced by the probe's
        timing.update(seconds=time.perf_counter() - started, runs_scaled=plan.runs <= 1)
    ids = figure_ids(base_figures)

    def refuse(i: int, outcome: str, message: str) -> None:
        if loaded is not None:
            raise loaded.error(("outcomes", i), message, outcome)
        raise ModelError(f"outcome {outcome!r} {message}")

    # Every misspelt outcome and a `fail` condition the results cannot evaluate, reported at
    # once (s13 review 9); `fail` is checked against the columns of the outcomes that exist, so
    # a misspelt outcome's column is never offered as one it may use.
    problems: list[Any] = []
    messages: list[str] = []
    bad: set[str] = set()
    for i, outcome in enumerate(plan.outcomes):
        if outcome not in ids:
            bad.add(outcome)
            # named and matched as typed: an old-looking misspelling (incidents.detected_fractoin)
            # is read by a rename rule as an id no one typed (`LoadedExperiment.typed_outcome`)
            typed = loaded.typed_outcome(i, outcome) if loaded is not None else outcome
            message = not_a_figure(typed, ids)
            if loaded is not None:
                problems.append(loaded.error(("outcomes", i), message, typed))
            messages.append(f"outcome {outcome!r} {message}")
    fail = _fail_problem(plan, loaded, exclude=bad)
    if fail is not None:
        problems.append(fail)
        messages.append(str(fail))
    if loaded is not None and problems:
        from reassure.run.explore.design import with_problems

        raise with_problems(problems)
    if messages:
        raise ModelError("; ".join(messages))
    # A figure of the base plan may not exist in the plans the design builds (r6 H2: a range
    # the design samples to one value per experiment has no "low end"). Every experiment sets
    # the same inputs, so the first one tells: without this the outcome is empty in every
    # evaluation, silently.
    if not plan.factors or not plan.n_experiments:
        return base_figures
    base, overrides = plan.overrides(0)
    runs = plan.runs if plan.runs <= PROBE_RUNS else 1
    try:
        started = time.perf_counter()
        probe = figure_ids(evaluate(plan.scenarios[base], overrides, seed=0, runs=runs,
                                    sections=sections, reason=reason(plan, 0)))
        if timing is not None:
            timing.update(seconds=time.perf_counter() - started, runs_scaled=runs == plan.runs)
    except ReassureError:
        return base_figures  # a refused variant is a result the run reports, not a design fault
    for i, outcome in enumerate(plan.outcomes):
        if outcome not in probe:
            refuse(i, outcome, _absent_under_design(outcome, plan))
    return base_figures


def fail_scale_warnings(plan: Plan, base_figures: dict[str, float]) -> list[str]:
    """Before the run: a `fail` threshold between 0 and 1 on an outcome the base plan reports above
    1 (a share written as a fraction, on a column in percent) would split nothing; say so while the
    run can still be stopped (after it, `analyse` notes the same against the observed range)."""
    if not plan.fail:
        return []
    # The base plan's value of each result column the fail condition may name.
    base = {outcome_column(outcome, case): base_figures.get(f"{outcome}/{case}", float("nan"))
            for outcome in plan.outcomes for case in ("with_us", "without_us")}
    out = []
    for column, op, number in fail_comparisons(plan.fail):
        t, v = float(number), base.get(column, float("nan"))
        if 0 < t < 1 and np.isfinite(v) and v > 1:
            out.append(f"fail compares {column} {op} {number}, but the base plan's {column} is {v:.4g} "
                       f"(a percentage or a count, not a fraction): did you mean {t * 100:g}?")
    return out


def result_columns(plan: Plan, exclude: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """The columns of the plan's results (name -> DuckDB type), as `run_batch` will write them
    (``exclude``: outcomes left out, such as misspelt ones that name no figure)."""
    columns = {"experiment_id": "BIGINT", "replication": "BIGINT", "seed": "UBIGINT", "scenario": "VARCHAR"}
    for f in plan.factors:
        if f.values is None:
            columns[f.name] = "DOUBLE"
        elif all(isinstance(v, bool) for v in f.values):
            columns[f.name] = "BOOLEAN"
        elif all(isinstance(v, int | float) and not isinstance(v, bool) for v in f.values):
            columns[f.name] = "DOUBLE"
        else:
            columns[f.name] = "VARCHAR"
    for outcome in plan.outcomes:
        if outcome in exclude:
            continue
        for case in ("with_us", "without_us"):
            columns[outcome_column(outcome, case)] = "DOUBLE"
    columns["error"] = "VARCHAR"
    return columns


def check_fail(plan: Plan, loaded: Any | None = None) -> None:
    """Refuse a `fail` condition DuckDB cannot evaluate on the plan's results columns (a misspelt
    column, a syntax error) before any evaluation runs, at its line of the experiment file."""
    problem = _fail_problem(plan, loaded)
    if problem is not None:
        raise problem


def _fail_problem(plan: Plan, loaded: Any | None = None,
                  exclude: set[str] | frozenset[str] = frozenset()) -> ReassureError | None:
    """The error for a `fail` condition the results cannot evaluate, or None."""
    from reassure.run.explore.analyse import fail_problem

    if not plan.fail:
        return None
    problem = fail_problem(plan.fail, result_columns(plan, exclude))
    if problem is None:
        return None
    what, columns = problem
    if loaded is not None:
        return loaded.error(("fail",), what, plan.fail, note=columns)
    return ReassureError(f"fail {plan.fail!r} {what}\n  {columns}")


#: Figures that exist only while an input is a range, the input, and the figure to use instead.
_RANGE_ONLY = {
    "p_target_low_met_pct": ("force.target_troops", "force.p_target_met_pct"),
}


def _absent_under_design(outcome: str, plan: Plan) -> str:
    """Why ``outcome`` (a figure of the base plan) is missing from the design's plans."""
    key = outcome.split(".", 1)[-1]
    sampled = [f.path for f in plan.factors]
    if key in _RANGE_ONLY:
        needs, instead = _RANGE_ONLY[key]
        if needs in sampled or any(p.startswith(needs) for p in sampled):
            return (f"needs {needs} as a range (its low end), which this design samples to one "
                    f"value, so it would be empty in every evaluation: use {instead}")
    return ("is reported for the base plan but not for the plans this design builds, so it "
            "would be empty in every evaluation; drop it from outcomes")


def content_hash(data: Any) -> str:
    """A hash of parsed TOML ``data`` (a dict), so that a comment, blank lines or the order of
    keys do not count as a change: what the file says, not how it is typed."""
    import json

    return text_hash(json.dumps(data, sort_keys=True, default=str, ensure_ascii=False))


def text_content_hash(text: str) -> str | None:
    """`content_hash` of TOML ``text``, None when it does not parse."""
    import tomllib

    try:
        return content_hash(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None


def scenario_files(scenario: Any) -> list[dict[str, str]]:
    """Every file the base ``scenario`` is read from, its own first, then each `extends` parent up
    the chain, each with `content_hash` of what it says: a change in any of them changes the plans
    every experiment derives from. Empty for a scenario built in memory (no file)."""
    from reassure.spec import extends_chain

    if not getattr(scenario, "file", None):
        return []
    out: list[dict[str, str]] = []
    for path, data in extends_chain(Path(scenario.file)):
        try:
            digest = None if data is None else text_content_hash(data.decode("utf-8"))
        except UnicodeDecodeError:
            digest = None
        out.append({"file": str(path), "sha256_16": digest or "unreadable"})
        if digest is None:
            break
    return out


#: Parts of the package that compute no stored number: the reports and command line, the evidence
#: reader, and the analysis of a store (indices, boxes, labels). The rest (the models, the bridge,
#: the scenario schema and loader, the pipeline, the explore design and execution, the shipped
#: data and theatres) is hashed into the manifest's ``code``: a change there can change numbers.
CODE_EXCLUDED = ("present/", "commands/", "evidence/", "cli.py", "__main__.py",
                 "run/explore/analyse.py", "run/explore/prim.py", "run/explore/figures.py")


#: The kinds of file hashed: code and the shipped data (not an editor's swap file, not a README).
CODE_SUFFIXES = (".py", ".toml", ".json", ".geojson", ".csv")


def code_fingerprint() -> dict[str, Any]:
    """``{"sha256_16": ..., "files": {path: sha256_16}}`` of every file of the installed package
    that can change a stored number (not `CODE_EXCLUDED`; the shipped data included): a resume
    with other code would mix two versions' numbers in one store, whatever the version string."""
    return dict(_code_fingerprint())


@functools.cache
def _code_fingerprint() -> dict[str, Any]:
    import hashlib

    root = Path(__file__).resolve().parents[2]  # the package: reassure/run/explore/execute.py
    files: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if (not path.is_file() or "__pycache__" in path.parts or path.suffix not in CODE_SUFFIXES
                or path.name.startswith(".") or rel.startswith(CODE_EXCLUDED)):
            continue
        try:
            files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        except OSError:
            continue
    whole = hashlib.sha256("".join(f"{k} {v}\n" for k, v in files.items()).encode()).hexdigest()[:16]
    return {"sha256_16": whole, "files": files}


def manifest_for(plan: Plan) -> dict[str, Any]:
    """The manifest: enough to know what the store holds and what it rests on."""
    from reassure._version import __version__
    from reassure.spec import walk_provenanced

    used: set[str] = set()
    entries: dict[str, Any] = {}
    for s in plan.scenarios:
        for _, item in walk_provenanced(s):
            used.update(item.source)
        for src in s.sources:
            entries.setdefault(src.id, src.model_dump(mode="json", exclude_none=True))
    for f in plan.factors:
        used.update(f.source)
    for held in plan.constant_provenance.values():
        used.update(held["source"])
    return {
        "format": 1,
        "reassure_version": __version__,
        "code": code_fingerprint(),
        "experiment": {"name": plan.name, "title": plan.title, "description": plan.description,
                       "file": str(plan.file), "sha256_16": text_hash(plan.text),
                       "content_sha256_16": text_content_hash(plan.text), "text": plan.text},
        "design": plan.design,
        "seed": plan.seed, "runs": plan.runs, "replications": plan.replications,
        "draws": DRAWS,  # review s33: the force model's draws over who joins, per evaluation
        "batch_size": plan.batch_size, "outcomes": list(plan.outcomes), "fail": plan.fail,
        "n_experiments": plan.n_experiments, "n_evaluations": plan.n_experiments * plan.replications,
        "scenarios": [{"name": s.name, "title": s.title, "file": str(s.file) if s.file else None,
                       "us_backstop": bool(s.us_backstop.any), "files": scenario_files(s)}
                      for s in plan.scenarios],
        "factors": [f.to_dict() for f in plan.factors],
        "constants": plan.constants,
        "constant_provenance": plan.constant_provenance,
        "sources": sorted(used),
        "source_entries": [entries[i] for i in sorted(used) if i in entries],
        "seed_rule": "numpy SeedSequence([design seed, experiment_id, replication]).generate_state(1)[0]",
    }


def _prepare(plan: Plan, out_dir: Path, resume: bool, notes: list[str] | None = None) -> tuple[set[int], list[Path]]:
    from reassure.run.outputs import MARKER, atomic_write_file, check_destination

    # A folder holding an explore store carries the result marker, so the hardened check
    # accepts it again on --resume (its batches/ folder is not a file a report set may hold).
    out_dir = check_destination(out_dir)
    manifest = manifest_for(plan)
    notes = notes if notes is not None else []
    existing = out_dir / MANIFEST
    if existing.is_file():
        if not resume:
            raise ReassureError(f"--out {out_dir}: already holds an explore run; pass --resume to "
                                "continue it, or choose another folder")
        check_resume(plan, out_dir, manifest)
        # a store written before an outcome was renamed (`reassure.renamed_ids`): its batches take
        # the new column names before any is added, so the store never holds both; the manifest
        # is written after them, so a rename cut short is done again on the next resume
        notes.extend(rename_old_columns(out_dir))
        from reassure.run.explore.figures import CACHE

        cache = out_dir / CACHE
        if notes and cache.is_file():
            cache.unlink()  # the labels cached under the old ids: read again under the new
    elif any((out_dir / BATCH_DIR).glob("part-*.parquet")):
        raise ReassureError(f"--out {out_dir}: holds batch files but no manifest; choose another folder")
    write_manifest(out_dir, manifest)
    if not (out_dir / MARKER).is_file():
        atomic_write_file(out_dir / MARKER, "reassure explore store\n")
    design_rebuilt = _unreadable_design(out_dir / "design.parquet")
    if not _design_rows_match(out_dir / "design.parquet", plan.n_experiments):
        rows = []
        for e in range(plan.n_experiments):
            row: dict[str, Any] = {"experiment_id": e, **plan.inputs(e)}
            row.update({f"u_{f.name}": float(u) for f, u in zip(plan.factors, plan.unit[e], strict=True)})
            rows.append(row)
        write_table(out_dir / "design.parquet", rows)
    done, bad = finished(out_dir)
    if design_rebuilt:
        bad.append(out_dir / "design.parquet")
    return done, bad


def _design_rows_match(path: Path, n_experiments: int) -> bool:
    """Whether ``design.parquet`` holds the plan's experiments (a trial's store resumed with a
    larger --limit, or none, holds only the first ones: it is written again, the same rows first)."""
    import pyarrow.parquet as pq

    return path.is_file() and pq.read_metadata(path).num_rows == n_experiments


def check_resume(plan: Plan, out_dir: Path, manifest: dict[str, Any] | None = None) -> None:
    """Refuse to resume the run in ``out_dir`` with ``plan`` when the stored evaluations rest on
    anything else: what the experiment file says (its parsed content: a comment or the layout
    may change), a base scenario file or any file of its `extends` chain, the code that computes
    the numbers (`code_fingerprint`), the reassure version, or a --limit smaller than the stored
    run's (a larger one, or none, continues the same design). Each refusal names what differs.
    Run before anything is evaluated (the CLI calls it before checking outcomes)."""
    old = read_manifest(out_dir)
    manifest = manifest if manifest is not None else manifest_for(plan)
    why = _experiment_change(old.get("experiment") or {}, plan)
    if why:
        raise ReassureError(f"--out {out_dir}: holds a run of {why}: resume with the file as it was (its text is "
                            "in manifest.json), or run this one into another folder (a comment or the layout may "
                            "change: only what the file says counts)")
    for problem in _scenario_changes(old, manifest):
        raise ReassureError(f"--out {out_dir}: {problem}; its stored evaluations would mix with ones of the "
                            "changed plan: restore the file to resume, or run into another folder")
    if old.get("reassure_version") != manifest["reassure_version"]:
        raise ReassureError(f"--out {out_dir}: was written by reassure {old.get('reassure_version')}; "
                            f"this is {manifest['reassure_version']}, whose numbers may differ")
    old_code, new_code = old.get("code") or {}, manifest.get("code") or {}
    if old_code.get("sha256_16") != new_code.get("sha256_16"):
        before, after = old_code.get("files") or {}, new_code.get("files") or {}
        changed = sorted(k for k in {*before, *after} if before.get(k) != after.get(k))
        said = (f" ({', '.join(changed[:3])}{f' and {len(changed) - 3} more' if len(changed) > 3 else ''})"
                if before and changed else " (the run recorded none)" if not old_code else "")
        raise ReassureError(f"--out {out_dir}: was written by other reassure code: the files that compute the "
                            f"numbers differ{said}; its stored evaluations would mix with ones of this code: "
                            "resume with the code the run began with, or run into another folder")
    # The --limit is no part of the design's identity: a trial runs the design's first N
    # experiments, whose items and seeds (`derive_seed`) are those of the whole design, so a
    # resume with a larger --limit, or none, continues the same design (the stored evaluations
    # are kept, only the rest run). A smaller one would leave stored evaluations outside the run.
    stored = old.get("n_experiments")
    if stored is not None and stored > plan.n_experiments:
        raise ReassureError(f"--out {out_dir}: holds a run of {stored:,} experiments, more than the "
                            f"{plan.n_experiments:,} of this --limit: resume with --limit {stored} or more, or "
                            "without --limit (the whole design), or choose another folder")


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Parsed TOML as ``{"design.samples": 72, "levers[0].low": 0, ...}``."""
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(data, list) and any(isinstance(v, dict) for v in data):
        for i, v in enumerate(data):
            out.update(_flatten(v, f"{prefix}[{i}]"))
    else:
        out[prefix] = data
    return out


def _experiment_change(old: dict[str, Any], plan: Plan) -> str:
    """What the experiment file now says differently from the run's ("drone-orbits-80-full's
    experiment file as it read then: it now differs in design.samples (72, now 100)"), or ""
    when it says the same (a comment, a blank line or the order of keys is no change)."""
    import tomllib

    from reassure.spec.experiment import current_names

    def current(toml: str) -> dict[str, Any]:
        # what the file says, an outcome id renamed since it was written read as its new name
        # (`reassure.renamed_ids`): a file that says incidents.detected_fraction and one that says
        # incidents.detected_pct ask for the same run
        return current_names(tomllib.loads(toml))[0]

    text = str(old.get("text", ""))
    name = old.get("name") or "another experiment"
    if text and text_content_hash(text) is not None:
        if text_content_hash(text) == text_content_hash(plan.text) or content_hash(current(text)) == content_hash(current(plan.text)):
            return ""
        before, after = _flatten(current(text)), _flatten(current(plan.text))
        keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k, _MISSING) != after.get(k, _MISSING)]

        def shown(v: Any) -> str:
            if v is _MISSING:
                return "unset"
            words = repr(v) if isinstance(v, str) else str(v).lower() if isinstance(v, bool) else str(v)
            return words if len(words) <= 40 else words[:37] + "..."

        said = ", ".join(f"{k} (was {shown(before.get(k, _MISSING))}, now {shown(after.get(k, _MISSING))})" for k in keys[:3])
        more = f" and {len(keys) - 3} more" if len(keys) > 3 else ""
        return f"experiment {name!r} as its file read then, and the file now differs in {said}{more}"
    if old.get("sha256_16") != text_hash(plan.text):  # an old store without the text
        return f"a different experiment file ({name})"
    return ""


_MISSING = object()


def _scenario_changes(old: dict[str, Any], manifest: dict[str, Any]) -> list[str]:
    """Each base scenario file (or a file of its `extends` chain) the run read that now says
    something else, in words; the chain is compared file by file in its order (a folder reached
    by another relative path is the same chain); none for a store that recorded no files
    (written by an older reassure)."""
    out = []
    new_by_name = {s["name"]: s for s in manifest.get("scenarios") or []}
    for s in old.get("scenarios") or []:
        before = s.get("files")
        if not before:
            continue
        now = (new_by_name.get(s["name"]) or {}).get("files") or []
        for i, f in enumerate(before):
            if i >= len(now):
                out.append(f"the base scenario {s['name']} no longer reads {f['file']} (its extends chain changed)")
            elif now[i]["sha256_16"] != f["sha256_16"]:
                what = (f"the base scenario file {now[i]['file']} ({s['name']})" if i == 0 else
                        f"{now[i]['file']}, which the base scenario {s['name']} extends,")
                if Path(now[i]["file"]).name != Path(f["file"]).name:
                    what += f" (in the place of {f['file']})"
                out.append(f"{what} says something else than when the run began")
        if len(now) > len(before):
            extra = ", ".join(f["file"] for f in now[len(before):])
            out.append(f"the base scenario {s['name']} now also reads {extra} (its extends chain changed)")
    return out


def _unreadable_design(path: Path) -> bool:
    """Remove ``design.parquet`` when it cannot be read whole (it is rebuilt from the seed, which
    gives the same rows), and say whether it was."""
    import pyarrow.parquet as pq

    if not path.is_file():
        return False
    try:
        pq.read_table(path)
    except Exception:  # noqa: BLE001 - any failure to read means "write it again"
        path.unlink(missing_ok=True)
        return True
    return False


def _batches(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


#: Batches per worker at least, when several share the work: they then finish within about a
#: quarter of a share of each other, instead of one idling while another runs the last big batch.
BATCHES_PER_WORKER = 4


def batch_size(size: int, n_items: int, workers: int) -> int:
    """The plan's batch size, smaller when there are too few items for every worker to get
    `BATCHES_PER_WORKER` batches (which items share a batch never changes a number)."""
    return max(1, min(size, n_items // (BATCHES_PER_WORKER * max(1, workers))))


def _init_local_worker(plan: Plan, parent: int) -> None:
    from reassure.run.explore.evaluate import warm

    die_with_parent(parent)
    global _PLAN
    _PLAN = plan
    warm(plan.scenarios[0], plan_sections(plan))


_PLAN: Plan | None = None


def _local_batch(items: list[int]) -> list[dict[str, Any]]:
    assert _PLAN is not None
    return run_batch(_PLAN, items)


def _run_local(plan: Plan, batches: list[list[int]], workers: int, store: Callable[[list[dict[str, Any]]], None]) -> None:
    if workers <= 1:
        for batch in batches:
            store(run_batch(plan, batch))
        return
    import gc
    import multiprocessing
    import os

    # The workers are forked from this (warm) process; objects frozen out of the collector's
    # reach are not touched by it, so their pages stay shared instead of being copied.
    gc.freeze()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_local_worker, initargs=(plan, os.getpid()))
    pending: set[Future[list[dict[str, Any]]]] = set()
    queue = list(batches)
    try:
        while queue or pending:
            while queue and len(pending) < 2 * workers:  # a bounded queue: Ctrl-C stops quickly
                with forking():  # the first submit forks the workers
                    pending.add(pool.submit(_local_batch, queue.pop(0)))
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                store(future.result())
    except BaseException:  # interrupted or failed: stop the workers now, not when their batch ends
        stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _ray_batch(plan: Plan, items: list[int]) -> list[dict[str, Any]]:
    return run_batch(plan, items)


#: Seconds a HOST:PORT cluster has to answer: Ray itself retries a wrong address for minutes,
#: deaf to SIGTERM, under its own log lines (review s20 explore #6).
RAY_CONNECT_TIMEOUT_S = 30.0


def _ray_init(ray: Any, kwargs: dict[str, Any], address: str, timeout: float = RAY_CONNECT_TIMEOUT_S) -> None:
    """``ray.init(**kwargs)``, refused in one line when the cluster at ``address`` cannot be
    reached: a HOST:PORT nothing listens on at once, one that does not answer as Ray within
    ``timeout`` seconds. For a HOST:PORT ``ray.init`` runs in a thread, so this (the main) thread
    still takes Ctrl-C and SIGTERM while it waits."""
    import threading

    def refuse(why: str) -> ReassureError:
        stale = ("; 'auto' tries the last cluster `ray start` began on this machine, which may have stopped"
                 if address == "auto" else "")
        return ReassureError(f"--address {address}: cannot reach a Ray cluster ({why}{stale}); give the address "
                             "`ray start --head` printed, 'auto' on a machine of the cluster, or 'local'")

    host, sep, port = address.rpartition(":")
    hostport = sep and host and port.isdigit() and "://" not in address
    if not hostport and address != "auto":
        # 'local' starts a cluster: it stays in the main thread, where Ray sets its own signal handlers
        try:
            ray.init(**kwargs)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise refuse(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
        return
    # review s39 #5: 'auto' reads the address of the last cluster `ray start` began on this machine;
    # when that cluster has died, ray.init retried its dead address for minutes under its own log
    # lines, deaf to SIGTERM: it waits in a thread, as a HOST:PORT does
    import socket

    if hostport:
        try:
            socket.create_connection((host, int(port)), timeout=min(timeout, 10.0)).close()
        except OSError as exc:
            raise refuse(exc.strerror or str(exc) or type(exc).__name__) from None
    outcome: dict[str, BaseException] = {}

    def connect() -> None:
        try:
            ray.init(**kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = exc

    thread = threading.Thread(target=connect, name="reassure-ray-init", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise refuse(f"no answer as a Ray cluster within {timeout:.0f} s")
    error = outcome.get("error")
    if isinstance(error, ConnectionError | RuntimeError | ValueError):
        raise refuse(str(error).splitlines()[0] if str(error) else type(error).__name__)
    if error is not None:
        raise error


def _run_ray(plan: Plan, batches: list[list[int]], address: str, workers: int,
             store: Callable[[list[dict[str, Any]]], None]) -> None:
    try:
        import ray
    except ImportError:
        raise ReassureError("--address needs Ray: pip install 'reassure[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        # The cluster's workers import reassure from their own environment (on this machine, the
        # one `ray start` was run from), as the evaluations must be the same code everywhere.
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address == "local":
            kwargs.update(num_cpus=workers, _node_ip_address="127.0.0.1")
        else:
            kwargs["address"] = address
        _ray_init(ray, kwargs, address)
    try:
        # A batch whose worker dies is retried by Ray (max_retries); the driver stores a batch
        # only when its result arrives, so a retried batch is stored once.
        remote = ray.remote(num_cpus=1, max_retries=5)(_ray_batch)
        plan_ref = ray.put(plan)
        pending = [remote.remote(plan_ref, b) for b in batches]
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for ref in done:
                try:
                    store(ray.get(ref))
                except ray.exceptions.RayTaskError as exc:
                    cause = exc.cause if isinstance(getattr(exc, "cause", None), ReassureError) else None
                    if cause is not None:
                        raise cause from None
                    raise
    finally:
        if started_here:
            ray.shutdown()


def run_plan(plan: Plan, out_dir: Path, *, workers: int = 2, address: str | None = None,
             resume: bool = False, progress: Progress | None = None) -> RunSummary:
    """Run every item of ``plan`` not yet in ``out_dir``; store each batch as it finishes."""
    start = time.perf_counter()
    out_dir = Path(out_dir)
    with hold(out_dir):
        return _run_plan(plan, out_dir, workers=workers, address=address, resume=resume,
                         progress=progress, start=start)


@contextlib.contextmanager
def hold(out_dir: Path) -> Iterator[None]:
    """Check ``out_dir`` may hold a store, then hold its lock (`store.locked`) and mark it as a
    store, so a second run on the same folder is refused at once (review s20 explore #1)."""
    from reassure.run.outputs import MARKER, atomic_write_file, check_destination

    out_dir = check_destination(out_dir)  # before the lock file exists: the folder is ours
    with locked(out_dir):
        if not (out_dir / MARKER).is_file():
            atomic_write_file(out_dir / MARKER, "reassure explore store\n")
        yield


def _run_plan(plan: Plan, out_dir: Path, *, workers: int, address: str | None, resume: bool,
              progress: Progress | None, start: float) -> RunSummary:
    notes: list[str] = []
    done, bad = _prepare(plan, out_dir, resume, notes)
    total = plan.n_experiments * plan.replications
    todo = [i for i in range(total) if i not in done]
    count = len(done)
    refused = 0
    if progress:
        progress(count, total)

    def store(rows: list[dict[str, Any]]) -> None:
        nonlocal count, refused
        write_batch(out_dir, rows)
        count += len(rows)
        refused += sum(1 for r in rows if r["error"])
        if progress:
            progress(count, total)

    size = batch_size(plan.batch_size, len(todo), workers) if (workers > 1 or address) else plan.batch_size
    batches = list(_batches(todo, size))
    # review s53 9: the workers a local run uses, no more than its batches (one evaluation ran on
    # "2 workers" where the estimate said 1), as the summary then says
    used = local_workers(workers, len(batches))
    if batches:
        if address:
            _run_ray(plan, batches, address, workers, store)
        else:
            _run_local(plan, batches, used, store)
    return RunSummary(ran=len(todo), already=len(done), refused=refused, corrupt_batches=[p.name for p in bad],
                      notes=notes,
                      total=total, seconds=round(time.perf_counter() - start, 2),
                      engine=f"ray ({address})" if address else local_engine(used))


def local_workers(workers: int, n_batches: int) -> int:
    """The worker processes a local run of ``n_batches`` batches uses when given ``workers``:
    never more than it has batches (a worker with no batch does nothing), at least one."""
    return max(1, min(workers, n_batches))


def workers_words(used: int) -> str:
    """``2 workers``, with the machine's cores when there are fewer (``64 workers sharing 2
    cores``: they run 2 at a time); the estimate and the end line say it alike."""
    import os

    cores = os.cpu_count() or 1
    shared = f" sharing {cores} core{'s' if cores != 1 else ''}" if used > cores else ""
    return f"{used} worker{'s' if used != 1 else ''}{shared}"


def local_engine(used: int) -> str:
    """``local pool (2 workers)``: the end line's words for a local run on ``used`` workers."""
    return f"local pool ({workers_words(used)})"
