"""Review s44, scenario validation:

1. a child's `[[sources]]` entry with a parent's id merged field by field, so the parent's figures
   cited one document's quote and date under another's title and url: now an error at the
   child's line, unless the entry repeats the parent's fields (or fills ones the parent left out);
2. a source `file` that is not there passed without a word: now a warning naming the path
   looked for (never for the shipped seed reports and reference notes, absent from a clone);
3. `name = "../../escaped-plan"` or `"Bad Name!"` was taken: now refused with the web
   editor's naming rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.errors import ReassureError, ScenarioFieldError, problem_lines
from reassure.spec import list_scenarios, load_scenario

REPO = Path(__file__).resolve().parents[1]
HEAD = 'schema = 1\nname = "{name}"\ntitle = "t"\nextends = "{parent}"\n'
RULE = ("a scenario name is lower-case letters, digits, '-', '_' and '.' (not last), starting with a letter "
        "or a digit, at most 64 characters")


def _write(folder: Path, name: str, body: str, parent: str = "europe-2025") -> Path:
    path = folder / f"{name}.toml"
    path.write_text(HEAD.format(name=name, parent=parent) + body, encoding="utf-8")
    return path


def _europe_entry(sid: str) -> str:
    """The shipped europe-2025 `[[sources]]` entry ``sid``, as its file has it."""
    text = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    start = text.index(f'[[sources]]\nid = "{sid}"\n')
    end = text.index("\n\n", start)
    return text[start:end] + "\n"


# -- 1. a parent's source id redefined ---------------------------------------------------------
def test_a_child_that_redefines_a_parents_source_is_refused_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "srcdup", '[[sources]]\nid = "seed-000"\ntitle = "redefined"\n'
                  'url = "https://example.org"\n')
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    assert str(err.value) == (
        f"{path}:7: sources[seed-000].title changes the parent's source (europe-2025.toml:20): give "
        "your document a new id, or repeat the parent's title and url unchanged (its figures cite "
        "this id) (got 'redefined')")


def test_validate_says_it_in_one_line_with_exit_2(tmp_path: Path, run_cli) -> None:
    path = _write(tmp_path, "srcdup", '[[sources]]\nid = "seed-000"\ntitle = "redefined"\n'
                  'url = "https://example.org"\n')
    proc = run_cli("validate", str(path))
    assert proc.exit_code == 2 and "Traceback" not in proc.stdout + proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"error: {path}:7: sources[seed-000].title changes the parent's source (europe-2025.toml:20): "
        "give your document a new id, or repeat the parent's title and url unchanged (its figures "
        "cite this id) (got 'redefined')"]


@pytest.mark.parametrize(("field", "value"), [
    ("outlet", '"Someone else"'), ("date", "2020-01-01"), ("url", '"https://example.org/other"'),
    ("file", '"other.txt"'), ("quote", '"A different sentence."'),
])
def test_each_field_that_says_which_document_is_checked(tmp_path: Path, field: str, value: str) -> None:
    path = _write(tmp_path, "one", f'[[sources]]\nid = "seed-001"\n{field} = {value}\n')
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    assert str(err.value).startswith(f"{path}:7: sources[seed-001].{field} changes the parent's source "
                                     "(europe-2025.toml:")
    assert f"repeat the parent's {field} unchanged" in str(err.value)


def test_a_child_that_repeats_the_parents_entry_or_fills_its_gaps_is_read(tmp_path: Path) -> None:
    # the whole shipped entry repeated; the date as a string; a note and claims of its own;
    # a date the parent's rand-cadre entry leaves out
    body = (_europe_entry("seed-000") + _europe_entry("seed-004").replace("date = 2025-02-20", 'date = "2025-02-20"')
            + 'note = "read again for this variant"\n'
            + '[[sources]]\nid = "rand-cadre"\ndate = "2010"\n')
    scenario = load_scenario(_write(tmp_path, "same", body))
    assert scenario.source("rand-cadre").date == "2010"
    assert scenario.source("seed-004").note == "read again for this variant"
    assert scenario.source("seed-000") == load_scenario("europe-2025").source("seed-000")
    assert not [w for w in scenario.load_warnings if "sources[" in w]


def test_a_grandchild_is_told_the_file_that_defined_the_source(tmp_path: Path) -> None:
    _write(tmp_path, "mid", '[[sources]]\nid = "mine"\ntitle = "My notes"\noutlet = "me"\n'
           'url = "https://example.org/a"\n'
           '[force]\ntarget_troops = { value = 20000, unit = "troops", source = ["mine"] }\n')
    path = _write(tmp_path, "leaf", '[[sources]]\nid = "mine"\nurl = "https://example.org/b"\n', parent="mid")
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    assert str(err.value).startswith(f"{path}:7: sources[mine].url changes the parent's source (mid.toml:9):")


def test_a_redefined_source_is_told_with_the_files_other_problems(tmp_path: Path) -> None:
    path = _write(tmp_path, "both", '[[sources]]\nid = "seed-000"\ntitle = "redefined"\n'
                  '[force]\ntarget_troops = { value = "x", unit = "troops", source = ["seed-000"] }\n')
    with pytest.raises(ReassureError) as err:
        load_scenario(path)
    lines = problem_lines(err.value)
    assert len(lines) == 2, lines
    assert any(":9: force.target_troops.value must be a number" in x for x in lines)
    assert any(":7: sources[seed-000].title changes the parent's source" in x for x in lines)


# -- 2. a source file that is not there --------------------------------------------------------
MINE = ('[[sources]]\nid = "mine"\ntitle = "My notes"\noutlet = "me"\ndate = "2025"\nfile = "{file}"\n'
        '[force]\ntarget_troops = {{ value = 20000, unit = "troops", source = ["mine"] }}\n')


def test_a_missing_source_file_is_warned_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "sf", MINE.format(file="does-not-exist.txt"))
    scenario = load_scenario(path)  # still read: the warning is not an error
    assert [w for w in scenario.load_warnings if "sources[" in w] == [
        f"{path}:10: sources[mine].file names no file: looked for {tmp_path / 'does-not-exist.txt'} "
        "(a name is read from this scenario's folder)"]


def test_validate_warns_and_exits_0(tmp_path: Path, run_cli) -> None:
    path = _write(tmp_path, "sf", MINE.format(file="notes/missing.md"))
    proc = run_cli("validate", str(path))
    assert proc.exit_code == 0, proc.stderr
    assert proc.stderr.strip() == (f"warning: {path}:10: sources[mine].file names no file: looked for "
                                   f"{tmp_path / 'notes' / 'missing.md'} (a name is read from this "
                                   "scenario's folder)")


def test_an_absolute_path_is_looked_for_as_given(tmp_path: Path) -> None:
    gone = tmp_path / "elsewhere" / "report.pdf"
    scenario = load_scenario(_write(tmp_path, "abs", MINE.format(file=gone)))
    assert [w for w in scenario.load_warnings if "sources[" in w] == [
        f"{tmp_path / 'abs.toml'}:10: sources[mine].file names no file: looked for {gone}"]


def test_a_file_that_is_there_is_not_warned(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.md").write_text("my notes\n", encoding="utf-8")
    scenario = load_scenario(_write(tmp_path, "here", MINE.format(file="notes/mine.md")))
    assert not [w for w in scenario.load_warnings if "sources[" in w]


def test_the_shipped_seed_reports_are_never_warned(tmp_path: Path) -> None:
    # the seeds and reference notes live outside the repository (absent from a fresh clone):
    # neither a shipped scenario nor a copy of one elsewhere is warned for them
    for shipped in list_scenarios():
        assert not [w for w in load_scenario(shipped).load_warnings if "names no file" in w], shipped
    text = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
    copy = tmp_path / "copy.toml"
    copy.write_text(text.replace('name = "europe-2025"', 'name = "copy"', 1), encoding="utf-8")
    assert not [w for w in load_scenario(copy).load_warnings if "names no file" in w]


def test_a_parents_missing_file_is_warned_once_not_again_for_a_child_repeating_it(tmp_path: Path) -> None:
    _write(tmp_path, "mid", MINE.format(file="gone.txt"))
    path = _write(tmp_path, "leaf", '[[sources]]\nid = "mine"\nfile = "gone.txt"\n', parent="mid")
    warned = [w for w in load_scenario(path).load_warnings if "names no file" in w]
    assert len(warned) == 1 and warned[0].startswith(f"{tmp_path / 'mid.toml'}:10: sources[mine].file")


# -- 3. the scenario's name ------------------------------------------------------------------
@pytest.mark.parametrize(("name", "fault"), [
    ("../../escaped-plan", "may not hold '..'"),
    ("Bad Name!", "may not hold ' ', '!', 'B', 'N' (lower-case letters only)"),
    ("-dash", "must start with a lower-case letter or a digit"),
    ("x" * 65, "has 65 characters"),
    ("plan.toml", "must be given without '.toml'"),
    ("", "is empty"),
])
def test_a_name_the_web_editor_refuses_is_refused_at_its_line(tmp_path: Path, name: str, fault: str) -> None:
    path = tmp_path / "v.toml"
    path.write_text(HEAD.format(name=name, parent="europe-2025"), encoding="utf-8")
    with pytest.raises(ScenarioFieldError) as err:
        load_scenario(path)
    assert str(err.value).startswith(f"{path}:2: name {fault}: {RULE} (got '")
    assert err.value.got == name


def test_validate_refuses_a_bad_name_with_exit_2(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "nm.toml"
    path.write_text(HEAD.format(name="../../escaped-plan", parent="europe-2025"), encoding="utf-8")
    proc = run_cli("validate", str(path))
    assert proc.exit_code == 2 and "Traceback" not in proc.stdout + proc.stderr
    assert proc.stderr.strip() == f"error: {path}:2: name may not hold '..': {RULE} (got '../../escaped-plan')"


@pytest.mark.parametrize("name", ["europe-2025", "a_b.c", "9lives", "x" * 64])
def test_good_names_are_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / "v.toml"
    path.write_text(HEAD.format(name=name, parent="europe-2025"), encoding="utf-8")
    assert load_scenario(path).name == name


def test_the_rule_is_the_web_editors() -> None:
    # spec may not import present (tests/test_architecture.py): the rule is written twice
    # (s49: the web app lists a user's plan files by the loader's rule itself, `name_fault`)
    from reassure.present.web.app import _name_problem
    from reassure.spec._names import name_fault

    for name in ("europe-2025", "a_b.c", "../x", "Bad Name!", "-x", ".hidden", "x" * 65, "x" * 64,
                 "", "plan.toml", "a\n", "é", "a..b"):
        assert (name_fault(name) is None) == (_name_problem(name) == ""), name
