"""Import direction: data flows one way, spec -> models -> bridge -> run -> present -> commands/cli.

Every import in ``src/reassure`` is read with ``ast`` (function-local ones included, since the
code imports heavy modules lazily) and checked: no module imports a higher layer, no two modules
import each other (directly or round a longer loop), and the command modules are imported by
nothing but ``reassure.cli``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "reassure"

# Lowest first. A module may import its own layer and those below it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("reassure.errors", "reassure.geo", "reassure.data", "reassure.vocabulary",
              "reassure._version", "reassure.renamed_ids")),
    ("spec", ("reassure.spec", "reassure.theatres")),
    ("models", ("reassure.models",)),
    ("bridge", ("reassure.bridge",)),
    ("run", ("reassure.run", "reassure.evidence")),
    ("present", ("reassure.present",)),
    ("commands", ("reassure.commands", "reassure.cli", "reassure._startup")),
    ("api", ("reassure",)),  # the package itself: the Python API, lazily importing any layer
)


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def resolve(name: str) -> str:
    """The longest prefix of ``name`` that is a module of the package."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    raise AssertionError(f"cannot resolve {name}")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` blocks (annotations only, never run)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                out |= {id(n) for n in ast.walk(child)}
    return out


def imports(module: str, *, runtime_only: bool = False) -> set[tuple[str, str]]:
    """``(target module, imported names)`` for every reassure import in ``module``
    (``runtime_only``: leave out the ``if TYPE_CHECKING:`` ones)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    skip = _type_checking_nodes(tree) if runtime_only else set()
    out: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out |= {(resolve(a.name), "") for a in node.names if a.name.split(".")[0] == "reassure"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "reassure":
                continue
            for alias in node.names:
                out.add((resolve(f"{base}.{alias.name}"), alias.name))
    return out


def layer(module: str) -> int:
    best, best_len = -1, -1
    for i, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = i, len(prefix)
    assert best >= 0, f"{module} is in no layer: add it to LAYERS"
    return best


GRAPH = {m: {t for t, _ in imports(m) if t != m} for m in MODULES}
# Imports that run: a cycle through annotation-only imports is not a cycle.
RUNTIME_GRAPH = {m: {t for t, _ in imports(m, runtime_only=True) if t != m} for m in MODULES}


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer(module)


def test_no_module_imports_a_higher_layer() -> None:
    bad = []
    for module in sorted(MODULES):
        for target, _name in sorted(imports(module)):
            if layer(target) > layer(module):
                bad.append(f"{module} ({LAYERS[layer(module)][0]}) imports {target} "
                           f"({LAYERS[layer(target)][0]})")
    assert not bad, "imports against the flow:\n" + "\n".join(bad)


def test_commands_are_imported_by_cli_only() -> None:
    bad = [f"{m} imports {t}" for m in sorted(MODULES) for t in sorted(GRAPH[m])
           if t.startswith("reassure.commands.") and m != "reassure.cli"]
    assert not bad, "\n".join(bad)


def test_no_import_cycles() -> None:
    # Tarjan's strongly connected components: any component of two or more is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in RUNTIME_GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(RUNTIME_GRAPH):
        if v not in index:
            visit(v)
    assert not cycles, "modules that import each other: " + "; ".join(" <-> ".join(c) for c in cycles)


@pytest.mark.parametrize("source, expected", [
    ("from reassure.run.results import Chart", {("reassure.run.results", "Chart")}),
    ("from reassure import geo", {("reassure.geo", "geo")}),
])
def test_the_checker_resolves_imports(tmp_path: Path, source: str, expected: set) -> None:
    """The checker itself: a from-import resolves to the module, or to the submodule it names."""
    path = PACKAGE / "bridge" / "_common.py"
    MODULES["reassure._probe"] = tmp_path / "probe.py"
    (tmp_path / "probe.py").write_text(source + "\n", encoding="utf-8")
    try:
        assert imports("reassure._probe") == expected
    finally:
        del MODULES["reassure._probe"]
    assert path.exists()


def test_the_checker_sees_a_function_local_backwards_import(tmp_path: Path) -> None:
    MODULES["reassure.models._probe"] = tmp_path / "probe.py"
    (tmp_path / "probe.py").write_text("def f():\n    from reassure.run import assess\n",
                                       encoding="utf-8")
    try:
        targets = imports("reassure.models._probe")
        assert any(layer(t) > layer("reassure.models._probe") for t, _ in targets)
    finally:
        del MODULES["reassure.models._probe"]


def test_quantities_become_floats_only_in_the_bridge() -> None:
    """Above the bridge nothing converts a Quantity (``.in_(unit)``, ``.nominal``): the bridge
    does, once, and hands plain numbers on."""
    bad = []
    above = ("reassure.run", "reassure.present", "reassure.commands", "reassure.cli")
    for module, path in sorted(MODULES.items()):
        if not any(module == p or module.startswith(p + ".") for p in above):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("in_", "nominal"):
                bad.append(f"{module}:{node.lineno} .{node.attr}")
    assert not bad, "\n".join(bad)


# The split modules of one model (forcegen, incidents, monitoring), of the evidence reader and
# of the file loaders (the scenario and experiment files share spec._load's TOML locations) share
# their internals; everywhere else a helper two modules use is public, named for what it is
# (`explore analyse` read `design._column`, the explore report `analyse._value`).
SHARED_INTERNALS = ("reassure.models.", "reassure.evidence", "reassure.spec.")


def test_no_module_imports_another_modules_private_name() -> None:
    bad = []
    for module in sorted(MODULES):
        if module.startswith(SHARED_INTERNALS):
            continue
        for target, name in sorted(imports(module)):
            # a private name, not a private module (`from reassure.run import _cost_figures`)
            if target != module and name.startswith("_") and not name.startswith("__") \
                    and not target.endswith("." + name):
                bad.append(f"{module} imports {name} from {target}")
    assert not bad, "\n".join(bad)
