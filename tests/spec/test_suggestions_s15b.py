"""Did-you-mean suggestions only for close matches, and a station's unknown platform worded once,
with a suggestion (review s15b 4: an unknown source 'nope-2025' was offered the unrelated
'inc-osce-2020'; "air_policing.stations[cap-kyiv].platform platform 'typhon' is not in platforms"
repeated a word and offered no 'typhoon')."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reassure.errors import did_you_mean

REPO = Path(__file__).resolve().parents[2]
SOURCES = re.findall(r'^id = "([^"]+)"', (REPO / "scenarios" / "europe-2025.toml").read_text(), re.M)


def _edits(a: str, b: str) -> int:
    """Edits (insert, delete, substitute) from ``a`` to ``b``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def test_an_unrelated_id_gets_no_suggestion() -> None:
    assert "inc-osce-2020" in SOURCES
    assert did_you_mean("nope-2025", SOURCES) == ""


_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=4, max_size=14)


@given(st.lists(_ids, min_size=1, max_size=8, unique=True), st.data())
def test_a_one_letter_slip_of_an_id_is_suggested(choices: list[str], data: st.DataObject) -> None:
    target = data.draw(st.sampled_from(choices))
    i = data.draw(st.integers(0, len(target) - 1))
    typo = target[:i] + target[i + 1:]  # one letter dropped
    if typo in choices:
        return
    hint = did_you_mean(typo, choices)
    assert hint.startswith("; did you mean '")
    suggested = hint.removeprefix("; did you mean '").removesuffix("'?")
    assert _edits(typo, suggested) <= 1


@given(_ids, st.lists(_ids, min_size=1, max_size=8))
def test_a_suggestion_is_always_near(word: str, choices: list[str]) -> None:
    hint = did_you_mean(word, choices)
    if hint:
        suggested = hint.removeprefix("; did you mean '").removesuffix("'?")
        assert suggested in word or word in suggested or _edits(word, suggested) <= max(2, len(word) // 3)


def _child(body: str) -> str:
    return 'schema = 1\nname = "bad"\ntitle = "bad"\nextends = "coalition-2025-09"\n' + body


def test_an_unknown_source_names_no_unrelated_id(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "src.toml"
    path.write_text(_child('[force]\ntarget_troops = { value = 5, unit = "troops", source = ["nope-2025"] }\n'))
    err = run_cli("validate", str(path)).stderr.strip().splitlines()[0]
    assert "src.toml:6: force.target_troops.source names unknown source 'nope-2025'" in err
    assert "did you mean" not in err


def test_an_unknown_station_platform_reads_once_and_suggests(tmp_path: Path, run_cli) -> None:
    text = (REPO / "scenarios" / "coalition-2025-09.toml").read_text()
    path = tmp_path / "plat.toml"
    path.write_text(text.replace('platform = "typhoon"', 'platform = "typhon"', 1)
                    .replace('extends = "europe-2025"', f'extends = "{REPO / "scenarios" / "europe-2025.toml"}"'))
    proc = run_cli("validate", str(path))
    err = proc.stderr.strip().splitlines()[0]
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if 'platform = "typhon"' in t)
    assert proc.exit_code == 2
    assert err.startswith(f"error: {path}:{line}: air_policing.stations[cap-kyiv].platform "), err
    assert "platform platform" not in err
    assert "did you mean 'typhoon'?" in err and "(got 'typhon')" in err
    assert "typhoon, f16, e3" in err  # what it may be
