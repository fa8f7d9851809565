"""The results store of an explore run: a folder of Parquet batches and a manifest.

Layout of ``OUT/``::

    manifest.json        reassure version and code hash, experiment file (text and hashes),
                         each base scenario's files (its extends chain, hashed), design,
                         factors, outcomes, every source id the run rests on
    design.parquet       every experiment's inputs (written before any evaluation)
    batches/part-*.parquet  one file per finished batch: item (experiment_id x replications +
                         replication; not in the ``results`` view), experiment_id, replication,
                         seed, scenario, the inputs, and each outcome with and without the US backstop

Each file is written to a temporary name in the same folder and renamed, so a run killed at any
moment leaves whole files only; a batch file that still cannot be read (a damaged disk, a copy
cut short) is found by `finished()` and its experiments are run again. Query the store with
DuckDB (`query`, `reassure explore query`) or load it as a pandas DataFrame (`results`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reassure.errors import ReassureError

__all__ = [
    "BATCH_DIR",
    "MANIFEST",
    "LOCK",
    "RENAMED",
    "current_manifest",
    "fail_comparisons",
    "finished",
    "locked",
    "outcome_column",
    "query",
    "read_manifest",
    "rename_old_columns",
    "results",
    "write_batch",
    "write_table",
]

MANIFEST = "manifest.json"
BATCH_DIR = "batches"
#: The lock file a run holds (``fcntl.flock``, exclusive) for as long as it writes the folder.
LOCK = ".reassure-lock"

# Folders this process holds the lock of (resolved path -> open lock file): the lock is taken
# once per process, so the CLI can hold it over the run and its report while `run_plan`, which
# takes it too (for callers of the Python API), nests inside.
_HELD: dict[Path, Any] = {}


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the exclusive lock on ``out_dir`` (created if need be): a second run writing the
    same folder at the same time would store evaluations twice (review s20 explore #1), so it is
    refused at once, naming the folder and the process that holds it."""
    import fcntl

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    key = out_dir.resolve()
    if key in _HELD:
        yield
        return
    handle = open(key / LOCK, "a+", encoding="utf-8")  # noqa: SIM115 - held until the run ends
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        pid = handle.read().strip()
        handle.close()
        who = f" (pid {pid})" if pid.isdigit() else ""
        raise ReassureError(f"--out {out_dir}: is in use by another run{who}, which holds its lock "
                            f"({LOCK}); wait for it to finish, or stop it, then run this again") from None
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _HELD[key] = handle
        yield
    finally:
        _HELD.pop(key, None)
        handle.close()  # releases the lock (the file stays: removing it would race a waiting run)


#: The in-memory key of a manifest read from a store written before a figure id was renamed:
#: one note per renamed outcome (`read_manifest`, `reassure.renamed_ids`); never written to disk.
RENAMED = "renamed_on_read"


def outcome_column(outcome: str, case: str) -> str:
    """``force.p_target_met_pct`` + ``with_us`` -> ``force_p_target_met_pct_with_us`` (a plain SQL name)."""
    return f"{outcome.replace('.', '_').replace('-', '_')}_{case}"


# One comparison of a column with a number in a `fail` condition: ``column op number``.
_FAIL_COMPARISON = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|<>|!=|=|<|>)\s*(-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)")


def fail_comparisons(fail: str) -> list[tuple[str, str, str]]:
    """The ``(column, operator, number)`` comparisons a `fail` condition makes, in order; the
    number as written (both the pre-run check and `analyse` quote it back to the reader).

    >>> fail_comparisons("incidents_detected_pct_without_us < 0.8 OR x >= 1e3")
    [('incidents_detected_pct_without_us', '<', '0.8'), ('x', '>=', '1e3')]
    """
    return [(column, op, number) for column, op, number in _FAIL_COMPARISON.findall(fail)]


def _atomic_bytes(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:  # on disk before the rename makes it visible
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_table(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write rows (dicts with the same keys) as one Parquet file, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows)
    _atomic_bytes(path, lambda tmp: pq.write_table(table, tmp))


def write_batch(out_dir: Path, rows: list[dict[str, Any]]) -> Path:
    """Write one finished batch; the file name says which work items it holds."""
    first, last = rows[0]["item"], rows[-1]["item"]
    path = out_dir / BATCH_DIR / f"part-{first:08d}-{last:08d}.parquet"
    write_table(path, rows)
    return path


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    from reassure.run.outputs import atomic_write_file

    atomic_write_file(out_dir / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False, default=str))


def read_manifest(out_dir: Path) -> dict[str, Any]:
    path = Path(out_dir) / MANIFEST
    if not Path(out_dir).exists():
        raise ReassureError(f"{out_dir}: does not exist; give the folder an explore run wrote (its --out), "
                            f"or run `reassure explore FILE --out {out_dir}` first")
    if not Path(out_dir).is_dir():
        raise ReassureError(f"{out_dir}: is a file, not a folder; give the folder an explore run wrote (its --out)")
    if not path.is_file():
        raise ReassureError(f"{out_dir}: holds no explore results (no {MANIFEST}); run `reassure explore FILE --out {out_dir}`")
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReassureError(f"{path}: cannot be read as a manifest ({exc})") from None
    return current_manifest(manifest, out_dir)


def current_manifest(manifest: dict[str, Any], out_dir: str | Path = "") -> dict[str, Any]:
    """``manifest`` as this reassure reads it: the outcome ids renamed since the store was
    written (``incidents.detected_fraction``) under their new names, in its ``outcomes`` and its
    stored ``fail``, with a note for each under `RENAMED` (the results view renames the columns
    alike, `_connect`). A manifest without old ids is returned as it is.

    >>> m = current_manifest({"outcomes": ["incidents.detected_fraction"], "fail": "incidents_detected_fraction_with_us < 50"})
    >>> m["outcomes"], m["fail"]
    (['incidents.detected_pct'], 'incidents_detected_pct_with_us < 50')
    >>> print(m[RENAMED][0])
    written before incidents.detected_fraction was renamed: incidents.detected_fraction is now incidents.detected_pct (a percentage, 0–100); its columns incidents_detected_fraction_with_us and _without_us are read as incidents_detected_pct_with_us and _without_us
    """
    from reassure.renamed_ids import current_ids, current_sql, new_id, renamed_note

    outcomes = list(manifest.get("outcomes") or [])
    old = {o: new for o in outcomes if isinstance(o, str) and (new := new_id(o)) is not None}
    if not old:
        return manifest
    manifest = dict(manifest)
    manifest["outcomes"], _ = current_ids(outcomes)
    if isinstance(manifest.get("fail"), str):
        manifest["fail"], _ = current_sql(manifest["fail"])
    where = f"{out_dir}: " if str(out_dir) else ""
    manifest[RENAMED] = [f"{where}written before {o} was renamed: {renamed_note(o)}; its columns "
                         f"{outcome_column(o, 'with_us')} and _without_us are read as "
                         f"{outcome_column(new, 'with_us')} and _without_us" for o, new in old.items()]
    return manifest


def rename_old_columns(out_dir: Path) -> list[str]:
    """Rename the old results columns (``incidents_detected_fraction_with_us``) of every batch file
    of the store in ``out_dir`` to their new names (`reassure.renamed_ids`), each file rewritten
    whole and atomically, so that a resumed store holds one name for each outcome, never both;
    return a note for each column renamed. A file that cannot be read is left to `finished`."""
    import pyarrow.parquet as pq

    from reassure.renamed_ids import column_holds, new_column

    renamed: dict[str, str] = {}
    for path in sorted((Path(out_dir) / BATCH_DIR).glob("part-*.parquet")):
        try:
            names = pq.read_schema(path).names
        except Exception:  # noqa: BLE001 - an unreadable file is `finished`'s to remove
            continue
        old = {n: new for n in names if (new := new_column(n)) is not None}
        if not old:
            continue
        table = pq.read_table(path)
        table = table.rename_columns([old.get(n, n) for n in table.column_names])
        _atomic_bytes(path, lambda tmp, table=table: pq.write_table(table, tmp))
        renamed.update(old)
    return [f"renamed the column {o} to {new} in the stored batches ({column_holds(o)})"
            for o, new in renamed.items()]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def finished(out_dir: Path) -> tuple[set[int], list[Path]]:
    """Work items already stored, and the batch files that were unreadable (now removed).

    A file is trusted only if its Parquet footer and every row can be read; otherwise it is
    deleted so its items run again. Leftover temporary files of a killed run are removed too.
    """
    import pyarrow.parquet as pq

    done: set[int] = set()
    where: dict[int, Path] = {}
    bad: list[Path] = []
    folder = Path(out_dir) / BATCH_DIR
    if not folder.is_dir():
        return done, bad
    for tmp in folder.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    for path in sorted(folder.glob("part-*.parquet")):
        try:
            items = pq.read_table(path, columns=["item"]).column("item").to_pylist()
            pq.read_table(path)  # every column readable, not only the footer
        except Exception:  # noqa: BLE001 - any failure to read means "run it again"
            bad.append(path)
            path.unlink(missing_ok=True)
            continue
        again = done.intersection(items)
        if again:  # two runs wrote the folder at once (before the lock): refuse to double-count
            others = sorted({where[i].name for i in again})
            raise ReassureError(
                f"{path}: repeats evaluations already stored in {', '.join(others)} (work items "
                f"{sorted(again)[:5]}), as when two runs wrote into the folder at once; delete {path} "
                "and run the same command with --resume again: the evaluations only it held are run again")
        done.update(items)
        where.update(dict.fromkeys(items, path))
    return done, bad


def resume_command(out_dir: Path) -> str:
    """The command that continues (and repairs) the run in ``out_dir``, from its manifest."""
    manifest = read_manifest(out_dir)
    first = (manifest.get("design") or {}).get("first")
    file = (manifest.get("experiment") or {}).get("file") or "FILE"
    return f"reassure explore {file} --out {out_dir}{f' --limit {first}' if first else ''} --resume"


def unreadable(path: Path, out_dir: Path) -> None:
    """Refuse a store file whose Parquet footer cannot be read (cut short, emptied, overwritten),
    naming it and the command that rebuilds it, rather than DuckDB's error (review s20 explore #3)."""
    import pyarrow.parquet as pq

    try:
        pq.read_metadata(path)
    except Exception as exc:  # noqa: BLE001 - any failure to read is the same answer
        what = "rebuild it from the seed" if path.name == "design.parquet" else "run its evaluations again"
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReassureError(f"{path}: is not a whole Parquet file (truncated or damaged: {reason}); "
                            f"run {resume_command(out_dir)} to {what}") from None


def _sql_text(text: str) -> str:
    """``text`` as a SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _connect(out_dir: Path) -> Any:
    """A DuckDB connection with the views ``results`` and ``design`` of the store, that can read
    those files and nothing else, write no file and change no setting (review s20 explore #10):
    external access is turned off but for the store's batch folder and design file, and the
    configuration is locked, so `COPY ... TO`, ATTACH, INSTALL and LOAD fail here even if a
    statement got past `query`'s check."""
    import duckdb

    out_dir = Path(out_dir)
    read_manifest(out_dir)
    files = sorted((out_dir / BATCH_DIR).glob("part-*.parquet"))
    if not files:
        raise ReassureError(f"{out_dir}: holds no finished batch yet")
    design = out_dir / "design.parquet"
    for path in [*files, *([design] if design.is_file() else [])]:
        unreadable(path, out_dir)
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    batches = out_dir.resolve() / BATCH_DIR
    glob = _sql_text(str(batches / "part-*.parquet"))
    con.execute(f"CREATE VIEW results AS SELECT {_results_columns(con, glob)} FROM read_parquet({glob}, union_by_name = true)")
    # Two runs on one folder (an older reassure took no lock) store evaluations twice: counting
    # them would be wrong without a word (review s20 explore #1).
    fetched = con.execute(f"SELECT count(*) - count(DISTINCT item) FROM read_parquet({glob}, union_by_name = true)").fetchone()
    if fetched and fetched[0]:
        con.close()
        raise ReassureError(f"{out_dir}: holds {fetched[0]:,} evaluation(s) twice (two runs wrote into it at once); "
                            f"run {resume_command(out_dir)} to be told which batch file to delete")
    if design.is_file():
        con.execute(f"CREATE VIEW design AS SELECT * FROM read_parquet({_sql_text(str(design.resolve()))})")
        con.execute(f"SET allowed_paths = [{_sql_text(str(design.resolve()))}]")
    con.execute(f"SET allowed_directories = [{_sql_text(str(batches) + os.sep)}]")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _results_columns(con: Any, glob: str) -> str:
    """The select list of the ``results`` view: every stored column but ``item``, a column of a
    store written before its outcome was renamed (``incidents_detected_fraction_with_us``) under
    its new name (`reassure.renamed_ids`), and where a store holds both (a rename cut short) the
    two read as one."""
    from reassure.renamed_ids import new_column

    names = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM read_parquet({glob}, union_by_name = true)").fetchall()]
    renamed = {n: new for n in names if (new := new_column(n)) is not None}
    if not renamed:
        return "* EXCLUDE (item)"
    olds = {new: n for n, new in renamed.items()}
    parts: dict[str, str] = {}  # each column at the place of the first of its names
    for n in names:
        new = renamed.get(n, n)
        if n == "item" or new in parts:
            continue
        if new in olds and new in names:  # both names: one column, read from whichever is set
            parts[new] = f'coalesce("{new}", "{olds[new]}") AS "{new}"'
        else:
            parts[new] = f'"{n}" AS "{new}"' if new != n else f'"{n}"'
    return ", ".join(parts.values())


#: What a query may be: a read (SELECT, FROM, WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE, UNPIVOT
#: are all SELECT statements to DuckDB), an EXPLAIN of one, or a PIVOT (a MULTI statement).
_READS = ("SELECT", "EXPLAIN")


def _refuse_writes(con: Any, sql: str) -> None:
    """Refuse every statement of ``sql`` that is not a read: `COPY ... TO` would write files
    (over a batch file, even, without the atomic rename), ATTACH, INSTALL, LOAD and SET reach
    outside the store or change the connection (review s20 explore #10)."""
    import duckdb

    try:
        statements = con.extract_statements(sql)
        kinds = [(st.type.name, st.query) for st in statements]
    except duckdb.Error:
        return  # a syntax error: DuckDB's own message says where, when the query runs
    except ValueError:  # a statement this duckdb's Python API cannot name (UPDATE EXTENSIONS)
        kinds = [("UNKNOWN", sql)]
    for kind, text in kinds:
        if kind in _READS or (kind == "MULTI" and re.match(r"\s*PIVOT\b", text, re.I)):
            continue
        words = " ".join(text.split()[:2]) or kind
        excerpt = words if len(words) <= 30 else words[:27] + "..."
        what = "a statement DuckDB cannot name" if kind == "UNKNOWN" else f"a {kind} statement"
        raise ReassureError(f"query: only reads the store, so {excerpt!r} ({what}) is refused; "
                            "use SELECT (or WITH, DESCRIBE, SUMMARIZE, PIVOT) over the views results and design, "
                            "and --format csv or json to save the rows")


def query(out_dir: str | Path, sql: str) -> Any:
    """Run DuckDB ``sql`` over the store (view ``results``: one row per evaluation; view
    ``design``: one row per experiment) and return a pandas DataFrame.

    Used as ``query("out/drivers", "SELECT count(*) FROM results")`` on a folder that
    ``reassure explore`` wrote. Only reads: a statement that writes a file or changes the
    connection (`COPY ... TO`, ATTACH, INSTALL, LOAD, SET, CREATE ...) is refused, and no
    file outside the store can be read.
    """
    import warnings

    import duckdb

    from reassure.renamed_ids import current_sql

    sql, notes = current_sql(sql)
    for note in notes:  # a column renamed since it was typed: said, never silently
        warnings.warn(note, FutureWarning, stacklevel=2)
    con = _connect(Path(out_dir))
    try:
        _refuse_writes(con, sql)
        if not con.extract_statements(sql):  # (review s52) ";" or a comment: no result to read
            raise ReassureError('query: give a SELECT statement, e.g. "SELECT count(*) FROM results" '
                                f"(got {sql.strip()!r}, no statement)")
        return con.execute(sql).df()
    except duckdb.PermissionException as exc:
        first = str(exc).strip().splitlines()[0]
        raise ReassureError(f"query: reads only the views results and design of {out_dir} ({first})") from None
    except duckdb.Error as exc:
        # DuckDB's first line, and its suggestions ("Candidate bindings", "Did you mean"): one line.
        lines = [line.strip() for line in str(exc).strip().splitlines()]
        hints = [line for line in lines[1:] if line.startswith(("Candidate bindings", "Did you mean"))]
        raise ReassureError("query: " + " ".join([lines[0], *hints])) from None
    finally:
        con.close()


def results(out_dir: str | Path) -> Any:
    """Every stored evaluation as a pandas DataFrame, ordered by experiment and replication."""
    return query(out_dir, "SELECT * FROM results ORDER BY experiment_id, replication")
