"""Session 33 (a journalist deciding which figures and stances to print, reading the tables of
`reassure evidence` on fifteen real reports): how the ledger is shown, never what it extracts.
Of two copies of one story, the row quotes the one whose sentence is whole, not the page that
stops mid-word; at 80 columns a block for an entry's second value names its entry; a pledge
stage lists every report of it, copies and other stories apart, as the stance rows do. The
reports below are written for these tests."""

from __future__ import annotations

from pathlib import Path

from reassure.evidence import build_ledger

# one story twice: the first page stops mid-word in its last sentence
VIENNA_CUT = """Vienna summit ends without a troop count

By Lena Vogt, 12 March 2025

Leaders of fourteen European governments met in Vienna on Wednesday to discuss a force that \
would watch over a ceasefire in Ukraine once the guns fall silent.
The host said the talks had been frank and that planners would meet again within a month to \
compare what each capital could offer.
Denmark is ready to send troops to Ukraine as part of the mission, its defence minister told \
reporters after the talks.
But Berlin said it would only decide on sending soldiers once the terms of the mission were \
settled, including the le
"""
VIENNA_WHOLE = """Vienna summit ends without a troop count

By Lena Vogt, 13 March 2025

Leaders of fourteen European governments met in Vienna on Wednesday to discuss a force that \
would watch over a ceasefire in Ukraine once the guns fall silent.
The host said the talks had been frank and that planners would meet again within a month to \
compare what each capital could offer.
Denmark is ready to send troops to Ukraine as part of the mission, its defence minister told \
reporters after the talks.
But German officials said they would only decide on sending soldiers once the terms of the \
mission were settled, including the length of the mandate.
Officials from several other capitals declined to comment on the talks.
"""
# Finland: ready (two stories) and, in a third, at the talks
HELSINKI = """Helsinki backs the ceasefire mission

By Mia Laine, 4 April 2025

Finland is ready to send troops to Ukraine as part of a European reassurance force, Prime \
Minister Petteri Orpo told parliament on Friday.
He said the size of the contingent would be agreed with the Nordic partners in the coming weeks.
"""
RIGA = """Nordic envoys gather in Riga

By Karl Berg, 20 April 2025

Finland took part in the talks in Riga alongside Estonia and Latvia, where envoys compared \
notes on air policing and mine clearance.
No figures were agreed and the envoys will meet again next month.
"""
STOCKHOLM = """Stockholm weighs its part in the mission

By Eva Lund, 22 April 2025

Finnish ministers repeated that Finland is prepared to deploy soldiers to Ukraine once a \
ceasefire holds, officials in Helsinki said on Tuesday.
Sweden has not yet said whether it will take part.
"""


def _folder(tmp_path: Path, **texts: str) -> Path:
    folder = tmp_path / "r"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _table(run_cli, folder: Path, columns: int = 80) -> str:
    out = run_cli("evidence", str(folder), env={"COLUMNS": str(columns)})
    assert out.exit_code == 0, out.stderr
    return out.stdout


def _flat(text: str) -> str:
    """The table's text with its borders and line breaks gone: words a reader reads."""
    return " ".join(text.replace("│", " ").split())


def _block(out: str, start: str) -> str:
    """The block (80 columns) that begins with the line holding ``start``."""
    lines = out.splitlines()
    at = next(k for k, line in enumerate(lines) if start in line)
    end = next(k for k in range(at + 1, len(lines)) if lines[k].startswith(("├", "└")))
    return "\n".join(lines[at:end])


# 1. the copy whose sentence is whole is the one quoted

def test_a_copy_cut_off_mid_word_is_not_the_one_quoted(run_cli, tmp_path: Path) -> None:
    from reassure.present.evidence import _representative

    folder = _folder(tmp_path, a=VIENNA_CUT, b=VIENNA_WHOLE)
    ledger = build_ledger([folder])
    assert ledger.group_of("a").report_ids == ("a", "b")  # one story: copies
    undecided = next(v for v in ledger.position("DEU").stances if v.stance == "undecided")
    quoted = _representative(ledger, [ledger.claim(c) for c in undecided.claim_ids])
    assert quoted.report_id == "b"
    assert quoted.sentence.endswith("length of the mandate.")
    germany = _flat(_block(_table(run_cli, folder), "│ Germany"))
    assert "including the length of the mandate.”" in germany
    assert "including the le”" not in germany
    # the other copy is still listed, counted once with it
    assert "quoted: r-b" in germany and "copies: r-a" in germany
    assert "single source" in germany


def test_a_whole_sentence_keeps_its_earlier_named_copy(tmp_path: Path) -> None:
    """No change where both copies are whole: the earlier one, naming its speaker, is quoted."""
    from reassure.present.evidence import _representative

    whole = VIENNA_CUT.replace("including the le\n", "including the length of the mandate.\n")
    ledger = build_ledger([_folder(tmp_path, a=whole, b=VIENNA_WHOLE)])
    undecided = next(v for v in ledger.position("DEU").stances if v.stance == "undecided")
    quoted = _representative(ledger, [ledger.claim(c) for c in undecided.claim_ids])
    assert quoted.report_id == "a" and quoted.said_by == "Berlin"


# 2. at 80 columns, every block names its nation or subject

def test_a_blocks_second_value_names_its_nation(run_cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=HELSINKI, b=RIGA, c=STOCKHOLM)
    out = _table(run_cli, folder)
    stances = out[out.index("Stances on contributing troops"):out.index("Stance check")]
    talks = _block(stances, "Finland (continued)")
    assert "│ nation" in talks.splitlines()[0]
    # the continued block is Finland's other value, not a nation of its own
    assert "talks" in _flat(talks) or "supports" in _flat(talks)
    blocks = [b for b in stances.split("├") if "│ stance" in b]
    assert len(blocks) >= 2 and all("│ nation" in b for b in blocks)
    # a wide terminal keeps the grid, the entry's cell blank on its other rows
    assert "(continued)" not in _table(run_cli, folder, columns=200)


def test_a_quantity_block_names_its_subject(run_cli, tmp_path: Path) -> None:
    first = ("Planners size the mission\n\nBy Jo Hale, 2 May 2025\n\nEuropean officials said "
             "the reassurance force would number about 12,000 troops drawn from across "
             "Europe.\nThe plan goes to ministers next week.\n")
    second = ("A larger force is floated\n\nBy Ida Roe, 9 May 2025\n\nA senior general said "
              "the reassurance force should have 40,000 troops to deter a new attack.\n"
              "Ministers have not yet replied.\n")
    out = _table(run_cli, _folder(tmp_path, a=first, b=second))
    numbers = out[out.index("Quantified claims"):out.index("No stances")
                  if "No stances" in out else out.index("Stance")]
    blocks = [b for b in numbers.split("├") if "│ figure" in b]
    assert len(blocks) == 2
    assert all("│ subject" in b for b in blocks)
    assert "size of the European force (continued)" in _flat(blocks[1])


# 3. a pledge stage lists every report of it

def test_a_pledge_stage_lists_its_other_stories(run_cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=HELSINKI, b=RIGA, c=STOCKHOLM)
    ledger = build_ledger([folder])
    stage = ledger.pledge("FIN").stages[0]
    assert stage.stage == "stated" and stage.independent_sources == 2
    out = _table(run_cli, folder)
    pledges = out[out.index("Pledges by stage"):out.index("How far to trust")]
    finland = _flat(pledges)
    assert "quoted: r-a (2025-04-04)" in finland
    assert "other stories (1): r-c (2025-04-22)" in finland


# 4. in the CSV, every report of a pledge stage carries it, copies too

def test_every_csv_row_of_a_pledge_stage_says_it(run_cli, tmp_path: Path) -> None:
    import csv
    import io

    copy = HELSINKI.replace("2025\n\n", "2025\nRepublished with permission\n\n")
    folder = _folder(tmp_path, a=HELSINKI, a2=copy, b=RIGA, c=STOCKHOLM)
    ledger = build_ledger([folder])
    assert ledger.group_of("a").report_ids == ("a", "a2")
    stage = ledger.pledge("FIN").stages[0]
    assert stage.stage == "stated" and len(stage.claim_ids) >= 3
    out = run_cli("evidence", str(folder), "--format", "csv")
    assert out.exit_code == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    ready = [r for r in rows if r["kind"] == "stance" and r["nation"] == "FIN"
             and r["stance"] == "ready"]
    assert {r["report"] for r in ready} == {"a", "a2", "c"}
    assert {r["stage"] for r in ready} == {"stated"}  # the copy and the other story as well
    # a stance that is no stage of a pledge is left blank
    assert {r["stage"] for r in rows if r["stance"] == "talks"} == {""}
