"""Review s44 #1: `us_backstop.ground_troops` decides whether a US contributor's troops count.

Before, the switch changed nothing either way: US troops counted with the US backstop whatever
it said, and `ground_troops = true` with no US contributor added none while `compare` listed it
among the inputs that differ."""

from __future__ import annotations

from pathlib import Path

from reassure.spec import load_scenario

HEAD = 'schema = 1\nname = "{name}"\ntitle = "t"\nextends = "{parent}"\n'
US_TROOPS = ('[[contributors]]\nnation = "USA"\nstatus = "willing"\n'
             'pledge_troops = { value = 20000, unit = "troops", assumption = "a what-if (test)" }\n'
             'assumption = "a what-if (test)"\n')


def _write(tmp_path: Path, name: str, parent: str, body: str) -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(HEAD.format(name=name, parent=parent) + body, encoding="utf-8")
    return path


def test_us_troops_count_with_the_backstop_only_when_the_plan_counts_on_them(tmp_path: Path) -> None:
    from reassure.bridge.force import build_input

    off = load_scenario(_write(tmp_path, "usoff", "europe-2025", US_TROOPS))
    on = load_scenario(_write(tmp_path, "uson", "europe-2025", US_TROOPS + "[us_backstop]\n"
                              "ground_troops = true\nassumption = \"the US sends troops (test)\"\n"))
    usa = [n for n in build_input(off).problem.nations if n.iso3 == "USA"]
    assert usa and not usa[0].us_condition_met  # no US ground troops in the plan: counted nowhere
    usa = [n for n in build_input(on).problem.nations if n.iso3 == "USA"]
    assert usa and usa[0].us_condition_met and usa[0].requires_us_backstop  # with the US only


def test_the_switch_on_with_no_us_troops_is_warned_at_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "usgt", "europe-2025", "[us_backstop]\nground_troops = true\n"
                  "assumption = \"the US sends troops (test)\"\n")
    base = set(load_scenario("europe-2025").load_warnings)
    (w,) = [w for w in load_scenario(path).load_warnings if w not in base]
    assert w.startswith(f"{path}:6: us_backstop.ground_troops is true, but no [[contributors]]")
    # with a US contributor, no such warning
    path = _write(tmp_path, "usgt2", "europe-2025", US_TROOPS + "[us_backstop]\n"
                  "ground_troops = true\nassumption = \"the US sends troops (test)\"\n")
    assert not any("adds no troops" in w for w in load_scenario(path).load_warnings)
