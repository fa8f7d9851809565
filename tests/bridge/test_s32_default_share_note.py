"""Review s32 #3: the note on the common sustainable share names the nations it actually caps.

`/tmp/review/s/v1.toml` (no US; BEL and CAN pledge 1,000 and 2,000) had BEL and CAN cut to 833
and 1,916 by the default share ("limit army_share"), yet the note read "common sustainable share
0.25 fraction caps Netherlands, Germany, Denmark, Norway, Sweden, Latvia, Lithuania": it listed
the nations without a pledge (whether or not they take part) rather than those the share caps.
The nations are now read from the model's results (`bridge.force.default_share_note`, called
where the results are: `run.capabilities.Force.report`), each side apart when they differ.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reassure.run.pipeline import run_capability
from reassure.spec import load_scenario

NO_US = ('[us_backstop]\nground_troops = false\nisr = false\nair_defence = false\n'
         'air_support = false\nairlift = false\ntanker = false\nlogistics = false\n'
         'assumption = "test: no US backstop"\n')


def _contributor(nation: str, status: str, pledge: int | None, extra: str = "") -> str:
    line = (f'pledge_troops = {{ value = {pledge}, unit = "troops", assumption = "test (for a test)" }}\n'
            if pledge is not None else "")
    return (f'[[contributors]]\nnation = "{nation}"\nstatus = "{status}"\n{line}{extra}'
            'assumption = "test (for a test)"\n\n')


V1 = ('schema = 1\nname = "v1"\nextends = "europe-2025"\ntitle = "Bigger coalition, no US"\n\n'
      '[force]\ntarget_troops = { low = 35000, high = 40000, unit = "troops", assumption = "test: bigger ask" }\n\n'
      + _contributor("ESP", "open", 3000) + _contributor("BEL", "willing", 1000)
      + _contributor("CAN", "conditional-parliament", 2000) + _contributor("TUR", "willing", 5000) + NO_US)


def _note(report: dict) -> str:
    notes = [u for u in report["defaults_used"] if u.startswith("common sustainable share")]
    assert len(notes) <= 1, notes
    return notes[0] if notes else ""


def _named(note: str) -> list[str]:
    """The nations the note names (one list: the sides agree)."""
    return re.fullmatch(r"common sustainable share \S+% caps ([A-Z, ]+): .*", note).group(1).split(", ")


def _report(path: Path) -> dict:
    return run_capability("force", load_scenario(path), draws=0).to_dict()


def test_the_review_file_names_the_nations_the_share_caps(tmp_path: Path) -> None:
    path = tmp_path / "v1.toml"
    path.write_text(V1, encoding="utf-8")
    report = _report(path)
    named = _named(_note(report))
    assert sorted(named) == ["BEL", "CAN", "DNK", "LTU", "NOR", "SWE"]
    rows = {n["nation"]: n for n in report["nations"]}
    assert (rows["BEL"]["cap_troops"], rows["CAN"]["cap_troops"]) == (833, 1916)
    # Every nation named is one whose cap the share sets and that takes part; none other is.
    for iso, row in rows.items():
        assert (iso in named) == (row["limited_by"] == "army_share"), iso
    # Those that do not take part without the US (and there is no US here) are not named.
    assert not {"NLD", "DEU", "LVA"} & set(named)


def test_the_cli_prints_the_same_nations(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "v1.toml"
    path.write_text(V1, encoding="utf-8")
    result = run_cli("force", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(_named(_note(json.loads(result.stdout)))) == ["BEL", "CAN", "DNK", "LTU", "NOR", "SWE"]


def test_the_two_sides_are_named_apart_when_they_differ() -> None:
    """europe-2025: the Netherlands, Germany and Latvia need the US backstop, so the share caps
    them only with it."""
    report = run_capability("force", load_scenario("europe-2025"), draws=0).to_dict()
    note = _note(report)
    m = re.fullmatch(r"common sustainable share 25% caps ([A-Z, ]+) with the US backstop "
                     r"and ([A-Z, ]+) without it: .*", note)
    assert m, note
    with_us, without = m.group(1).split(", "), m.group(2).split(", ")
    assert {"NLD", "DEU", "LVA"} <= set(with_us) and not {"NLD", "DEU", "LVA"} & set(without)
    for side, named in (("with_us", with_us), ("without_us", without)):
        rows = report["nations"] if side == "with_us" else report["without_us"]["nations"]
        assert sorted(named) == sorted(n["nation"] for n in rows if n["limited_by"] == "army_share")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pledge=st.none() | st.integers(100, 3000),
       status=st.sampled_from(["willing", "open", "ruled-out"]),
       own_share=st.booleans())
def test_belgium_is_named_exactly_when_the_common_share_cuts_it(tmp_path: Path, pledge: int | None,
                                                                status: str, own_share: bool) -> None:
    """Belgium's army is 10,000 (the theatre's nations table) and europe-2025 rotates 1:3, so the
    common share of 0.25 lets it send 10,000 x 0.25 / 3 = 833 troops: the note names it iff it
    takes part, has no share of its own, and made no pledge or one above 833."""
    extra = ('sustainable_share = { value = 0.25, unit = "fraction", assumption = "test (for a test)" }\n'
             if own_share else "")
    path = tmp_path / f"bel-{pledge}-{status}-{own_share}.toml"
    path.write_text('schema = 1\nname = "bel"\nextends = "europe-2025"\n\n'
                    + _contributor("BEL", status, pledge, extra) + NO_US, encoding="utf-8")
    report = _report(path)
    note = _note(report)
    named = _named(note) if note else []
    share_cap = 10_000 * 0.25 / 3
    expected = status != "ruled-out" and not own_share and (pledge is None or pledge > share_cap)
    assert ("BEL" in named) == expected, (note, pledge, status, own_share)
    bel = next(n for n in report["nations"] if n["nation"] == "BEL")
    if expected:
        assert bel["cap_troops"] == 833 and bel["limited_by"] == "army_share"
