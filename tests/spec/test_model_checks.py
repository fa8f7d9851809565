"""Numbers a model would silently read as something else are caught at `validate` (review r6):
a band shorter than the traced line (H1: compressed, not cut), a fleet's stretch beyond the
line's end (H1), a nation the force model cannot size (M1)."""

from __future__ import annotations

import re
from pathlib import Path

HEAD = 'schema = 1\nname = "r6"\ntitle = "r6"\nextends = "europe-2025"\n'


def _band(low: int, high: int) -> str:
    return (f'[monitoring.band]\nline_length = {{ low = {low}, high = {high}, unit = "km", '
            'assumption = "only the southern sector" }\n')


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "r6.toml"
    path.write_text(HEAD + body)
    return path


def test_shorter_band_is_valid_but_warns_that_the_front_is_compressed(tmp_path: Path, run_cli) -> None:
    proc = run_cli("validate", str(_write(tmp_path, _band(550, 650))))
    assert proc.exit_code == 0, proc.stderr
    warning = next(line for line in proc.error_lines if "line_length" in line)
    assert warning.startswith("warning: ")
    assert "the whole 977 km front is compressed to 600 km, not cut" in warning
    assert "`start`/`end`" in warning  # says how to watch a sector instead


def test_longer_band_does_not_warn(run_cli) -> None:
    proc = run_cli("validate", "europe-2025")  # 1,000-1,200 km over the 977 km trace: stretched
    assert proc.exit_code == 0, proc.stderr
    assert "compressed" not in proc.stderr


def test_fleet_end_beyond_the_line_is_warned_with_file_line_field(tmp_path: Path, run_cli) -> None:
    # europe-2025's eu-male fleet watches 0-400 km; a 300 km line ends before that. (review s44:
    # read as the line's end, as explore and with_overrides read a design point's: a warning,
    # no longer an error; a `start` beyond the line stays one, below)
    proc = run_cli("validate", str(_write(tmp_path, _band(250, 350))))
    assert proc.exit_code == 0, proc.stderr
    (line,) = [x for x in proc.error_lines if "beyond the line's end" in x]
    assert re.search(r"^warning: .*europe-2025\.toml:\d+: monitoring\.fleets\[[^]]+\]\.end is 400 km, "
                     r"beyond the line's end \(the line is 300 km \(monitoring\.band\.line_length", line), line
    assert "stretch ends at the line's end (300 km)" in line


def test_own_fleet_start_beyond_the_trace_is_an_error(tmp_path: Path, run_cli) -> None:
    body = ('[monitoring.band]\nline_length = { low = 1000, high = 1200, unit = "km", assumption = "x (for a test)" }\n'
            '[[monitoring.fleets]]\nid = "far"\nsensor = "male-uav"\nbase = "EPRZ"\n'
            'orbits = { value = 1, unit = "orbits", assumption = "x (for a test)" }\n'
            'start = { value = 1500, unit = "km", assumption = "x (for a test)" }\n')
    proc = run_cli("validate", str(_write(tmp_path, body)))
    assert proc.exit_code == 2, proc.stderr
    assert re.search(r"r6\.toml:\d+: monitoring\.fleets\[[^]]+\]\.start lies beyond", proc.stderr)


def test_nation_without_any_personnel_figure_is_refused_at_validate(tmp_path: Path, run_cli) -> None:
    """ISL (listed by `reassure ids`) has neither an army nor an active figure: `assess` used to
    be the first to say so, with no file or line."""
    body = ('[[contributors]]\nnation = "ISL"\nstatus = "willing"\n'
            'pledge_troops = { value = 50, unit = "troops", assumption = "x (for a test)" }\nassumption = "x (for a test)"\n')
    path = _write(tmp_path, body)
    proc = run_cli("validate", str(path))
    assert proc.exit_code == 2
    (line,) = proc.error_lines
    assert re.search(r"r6\.toml:6: contributors\[[^]]+\]\.nation has neither an army nor an active "
                     r"personnel figure", line), line
    assert "leave it out" in line and "(got 'ISL')" in line


def test_assess_sections_carry_the_warning_where_it_belongs(tmp_path: Path) -> None:
    """The compressed-line warning is the monitoring section's (not force's), and a
    participation reset from the file is not labelled a shipped default (r6 L7)."""
    from reassure.run.capabilities import assessment
    from reassure.run.pipeline import run_capability
    from reassure.run.section_force import force_section
    from reassure.run.section_monitoring import monitoring_section
    from reassure.spec import load_scenario

    body = _band(550, 650) + ('[[contributors]]\nnation = "SWE"\nstatus = "willing"\n'
                              'assumption = "x (for a test)"\n')
    scenario = load_scenario(_write(tmp_path, body))
    force = force_section(scenario, {}, run_capability("force", scenario).to_dict())
    reset = [w for w in force.warnings if "participation-reset" in w]
    assert reset and all(w.startswith("participation-reset") for w in reset)
    assert not any("compressed" in w for w in force.warnings)
    outcome = run_capability("monitoring", scenario)
    monitoring = monitoring_section(scenario, {}, assessment(outcome), outcome.inputs.with_us.grid)
    assert any("compressed to 600 km, not cut" in w for w in monitoring.warnings)
    assert "compressed, not cut" in monitoring.data["with_us"]["geometry"]["description"]
