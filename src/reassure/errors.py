"""Errors a user can cause, and the one way they are worded.

The tree (catch at the level you need)::

    ReassureError                 anything reassure refuses to do; the CLI prints it and exits 2
    ├── InputFileError            a file cannot be read: missing, empty, binary, too large
    ├── ScenarioError             a scenario file is malformed or inconsistent
    │   ├── ScenarioSyntaxError   not valid TOML
    │   ├── ScenarioFieldError    a field has the wrong type/value/unit/provenance, or is unknown
    │   └── ScenarioExtendsError  `extends` names a missing scenario or forms a cycle
    ├── TheatreError              unknown theatre or broken theatre data
    ├── ModelError                a model was given inputs it cannot work with
    │   └── InfeasibleError       no solution; the message names the culprits
    └── EvidenceError             a report cannot be ingested (one file; others go on)

Every scenario message follows one template, so a reader always finds the file, the line
(where known), the dotted field path, the bad value and what was expected::

    europe.toml:14: force.target_troops.low must be <= high (got low 30,000 troops, high 25,000 troops)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "interrupted_query",
    "raised_by_interrupt",
    "EvidenceError",
    "InfeasibleError",
    "InputFileError",
    "ModelError",
    "ReassureError",
    "ScenarioError",
    "ScenarioExtendsError",
    "ScenarioFieldError",
    "ScenarioSyntaxError",
    "TheatreError",
    "choice_list",
    "did_you_mean",
    "problem_lines",
]


class ReassureError(Exception):
    """Base of every error reassure raises on purpose; its text is meant for the user."""


class InputFileError(ReassureError):
    """A file cannot be read as input (missing, empty, binary, too large)."""


class ScenarioError(ReassureError):
    """A scenario is malformed or inconsistent.

    Parameters
    ----------
    file : path of the scenario file (or a name when there is no file)
    message : what was expected, phrased to follow the field path
    field : dotted path of the offending field, e.g. ``force.target_troops.low``
    line : 1-based line in ``file`` where the field stands, if known
    got : the offending value, shown as ``(got ...)``
    """

    def __init__(
        self,
        file: str | Path,
        message: str,
        *,
        field: str | None = None,
        line: int | None = None,
        got: object = None,
        show_got: bool = True,
        more: int = 0,
        note: str = "",
    ) -> None:
        self.file = str(file)
        self.field = field
        self.line = line
        self.got = got
        self.detail = message
        self._show_got = show_got
        # Every problem found in the file, each one line (the first is this error, without its
        # "[and N more]"); empty when there was only this one.
        self.problems: tuple[ScenarioError, ...] = ()
        where = self.file if line is None else f"{self.file}:{line}"
        self.more = more
        # What the field may hold when that is a list too long for the one line (the columns a
        # `fail` condition may use): printed on the next line, indented, never cut.
        self.note = note
        tail = f" (got {_short(got)})" if show_got and got is not None else ""
        if more:  # kept whole, like the value: a long message is cut before it
            tail += f" [and {more} more problem{'s' if more > 1 else ''}]"
        text = _one_line(where, _short_field(field), message, tail)
        super().__init__(f"{text}\n  {note}" if note else text)


    def __reduce__(self) -> tuple:  # rebuilt from its parts when it crosses a process boundary
        return (_rebuild_scenario_error, (type(self), self.file, self.detail, self.field,
                                          self.line, self.got, self._show_got, self.more, self.note))


def _rebuild_scenario_error(cls: type, file: str, detail: str, field: str | None, line: int | None,
                            got: object, show_got: bool, more: int = 0, note: str = "") -> ScenarioError:
    return cls(file, detail, field=field, line=line, got=got, show_got=show_got, more=more, note=note)


class ScenarioSyntaxError(ScenarioError):
    """The scenario file is not valid TOML."""


class ScenarioFieldError(ScenarioError):
    """A field is unknown, of the wrong type, out of range, in the wrong unit, or unsourced."""


class ScenarioExtendsError(ScenarioError):
    """`extends` names a scenario that does not exist, or the chain loops."""


class TheatreError(ReassureError):
    """The theatre is unknown or its shipped data is broken."""


class ModelError(ReassureError):
    """A model was given inputs it cannot work with."""


class InfeasibleError(ModelError):
    """An optimisation has no solution; the message names what makes it so."""


class EvidenceError(ReassureError):
    """One report cannot be ingested; the message names the file."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``"; did you mean 'x'?"`` for the closest choice, or ``""`` if none is close.

    Close: alike by `difflib` (ratio at least 0.6) and a slip away, a few letters
    (``max(2, len(word) // 3)`` edits) or one inside the other (``horizon_years``, ``horizon``).
    The ratio alone offered 'inc-osce-2020' for 'nope-2025', which share only a year's digits
    (review s15b 4). A choice that differs only in case is offered first ('MCM' -> 'mcm',
    which difflib, comparing case, finds nothing alike)."""
    word, choices = str(word), list(choices)
    same = next((c for c in choices if c != word and c.casefold() == word.casefold()), None)
    if same is not None:
        return f"; did you mean '{same}'?"
    for close in difflib.get_close_matches(word, choices, n=3, cutoff=0.6):
        if close in word or word in close or _edits(word, close) <= max(2, len(word) // 3):
            return f"; did you mean '{close}'?"
    return ""


#: The longest list of choices `choice_list` names whole (about half a message's room).
CHOICE_LIST_CHARS = 110


def choice_list(word: str, choices: Iterable[str], *, see: str, label: str = "known",
                room: int = CHOICE_LIST_CHARS, short_see: str | None = None) -> str:
    """`` (known: a, b, c)`` when the whole list fits in ``room`` characters; else the few
    choices closest to ``word`` and where all are listed, `` (closest: a, b, c; all 17 in
    SEE)``. Review s33: a long list was cut by the message limit to a bare "...", naming none.

    >>> choice_list("zz", ["a", "b"], see="docs/x.md")
    ' (known: a, b)'
    >>> choice_list("sped", [f"field_{i}" for i in range(30)] + ["speed"], see="docs/x.md")
    ' (closest: speed; all 31 in docs/x.md)'

    ``short_see``: a shorter pointer, used when the list with ``see`` does not fit either.
    """
    items = sorted(dict.fromkeys(str(c) for c in choices))
    close = difflib.get_close_matches(str(word), items, n=3, cutoff=0.5)
    places = list(dict.fromkeys((see, short_see or see)))
    tries = [f" ({label}: {', '.join(items)})"]
    tries += [f" (closest: {', '.join(c)}; all {len(items)} in {where})"
              for c in (close, close[:1]) if c for where in places]
    tries += [f" (all {len(items)} are listed in {where})" for where in places]
    return next((t for t in tries if len(t) <= room), tries[-1])


def _edits(a: str, b: str) -> int:
    """Edits from ``a`` to ``b``: insertions, deletions, substitutions, swaps of two neighbours."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        prev, row = row, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
        before = prev
    return row[-1]


#: The most problems of one file printed; beyond them, one line says how many are left.
MAX_PROBLEMS_SHOWN = 10


def problem_lines(err: BaseException) -> list[str]:
    """What to print for ``err``: each problem a file has (up to `MAX_PROBLEMS_SHOWN`, then how
    many more), one a line, rather than the first with "[and 4 more problems]" hiding the rest."""
    problems = tuple(getattr(err, "problems", ()) or ())
    if len(problems) <= 1:
        return [str(err)]
    lines = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        left = len(problems) - MAX_PROBLEMS_SHOWN
        lines.append(f"{getattr(err, 'file', 'the file')}: {left} more problem{'s' if left > 1 else ''} "
                     f"(the first {MAX_PROBLEMS_SHOWN} of {len(problems)} are shown; fix them and run again)")
    return lines


#: The longest message a scenario error prints (the CLI adds "error: "): one readable line.
MAX_MESSAGE_CHARS = 290
#: What a message's FILE:LINE counts as against MAX_MESSAGE_CHARS, whatever its length.
PATH_ALLOWANCE = 60


def counted_length(line: str) -> int:
    """The length of an error line as MAX_MESSAGE_CHARS counts it: its ``FILE:LINE`` counts as
    PATH_ALLOWANCE characters (where the file lives is the reader's own)."""
    import re

    where = re.match(r"^(.*?:\d+): ", line)
    return len(line) - (len(where.group(1)) - PATH_ALLOWANCE if where else 0)


def _short(value: object, limit: int = 60) -> str:
    """A short excerpt of a bad value: a huge string or a deeply nested table is cut, never
    echoed whole (and never walked whole: a reprlib-style cut on the container)."""
    import reprlib

    cutter = reprlib.Repr()
    cutter.maxstring = limit
    cutter.maxother = limit
    cutter.maxlevel = 2
    cutter.maxdict = cutter.maxlist = cutter.maxtuple = 4
    text = repr(value) if isinstance(value, str) and len(value) <= limit else cutter.repr(value)
    if not isinstance(value, str | dict | list | tuple):
        text = str(value) if len(str(value)) <= limit else text
    text = " ".join(text.split())  # one line, whatever the value held
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _short_field(field: str | None, limit: int = 80) -> str | None:
    """A dotted path is cut in the middle when very long (a 1,000-level path stays readable)."""
    if field is None or len(field) <= limit:
        return field
    half = (limit - 3) // 2
    return f"{field[:half]}...{field[-half:]}"


def _one_line(where: str, field: str | None, message: str, got: str) -> str:
    """``FILE:LINE: field message (got ...)`` on one line of at most MAX_MESSAGE_CHARS."""
    message = " ".join(message.split())
    # review s33: the bad value a message states itself ("... (got 200 EUR/troop-year)") is kept
    # whole like ``got``: the explanation before it is cut, never the value
    said, value = _split_got(message)
    if value:
        message, got = said, f"{value}{got}"
    head = f"{where}: {field} " if field else f"{where}: "
    # the file's path is the reader's own (a deep temporary folder is as valid as scenarios/):
    # it counts as PATH_ALLOWANCE characters whatever its length, so where a file lives never
    # changes the explanation of what is wrong in it
    room = MAX_MESSAGE_CHARS - PATH_ALLOWANCE - (len(head) - len(where)) - len(got)
    if len(message) > room:
        before, mid, after = _find_got(message)
        # review s33: a value followed by a long clause ("(got 17); use lhs because ...") is
        # kept too: the text on each side of it is cut, never the value
        message = _cut_around(before, mid, after, room) if mid else _cut_at_clause(message, room)
    return f"{head}{message}{got}"


def _find_got(message: str) -> tuple[str, str, str]:
    """``message`` as (text before, `` (got ...)`` with its leading space, text after) for its
    last ``(got ...)`` (parentheses inside it balanced), or ``(message, "", "")`` without one.

    >>> _find_got("must be x (got f(1)); use lhs")
    ('must be x', ' (got f(1))', '; use lhs')
    """
    start = message.rfind(" (got ")
    if start < 0:
        return message, "", ""
    depth = 0
    for i in range(start + 1, len(message)):
        depth += {"(": 1, ")": -1}.get(message[i], 0)
        if depth == 0:
            return message[:start], message[start:i + 1], message[i + 1:]
    return message, "", ""


def _split_got(message: str) -> tuple[str, str]:
    """``message`` without its closing ``(got ...)`` and that part with its leading space (and
    any short clause after it: "; did you mean ..."), or ``(message, "")`` when it states no value.

    >>> _split_got("must be >= 10: a reason (see x) (got 2 troops); did you mean 20?")
    ('must be >= 10: a reason (see x)', ' (got 2 troops); did you mean 20?')
    """
    before, value, after = _find_got(message)
    # the value closes the message, or only a short clause follows it
    if value and (not after or (after.startswith(";") and len(after) <= 80)):
        return before, value + after
    return message, ""


def _cut_around(before: str, value: str, after: str, room: int) -> str:
    """``before + value + after`` in ``room`` characters, ``value`` (a "(got ...)") whole: the
    longer side is cut first, each side at the end of a clause (review s33)."""
    budget = max(room - len(value), 48)
    if len(before) + len(after) <= budget:
        return before + value + after
    half = budget // 2
    if len(before) <= half:
        return before + value + _cut_at_clause(after, budget - len(before))
    if len(after) <= half:
        return _cut_at_clause(before, budget - len(after)) + value + after
    return _cut_at_clause(before, half) + value + _cut_at_clause(after, budget - half)


def _cut_at_clause(message: str, room: int) -> str:
    """``message`` shortened to ``room`` characters at the end of a clause (before "; " or a
    parenthesis opened at the top level), never in the middle of a sentence or a list; "..."
    marks what was left out. A message with no such place is cut at a word."""
    ends = []
    depth = 0
    for i, ch in enumerate(message):
        if ch == "(":
            if depth == 0 and i > 0 and message[i - 1] == " ":
                ends.append(i - 1)
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == ";" and depth == 0:
            ends.append(i)
    fitting = [e for e in ends if 20 <= e <= room - 4]
    if fitting:
        return message[: fitting[-1]] + " ..."
    cut = message[: max(room - 4, 20)]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + " ..."


def interrupted_query(err: BaseException) -> bool:
    """DuckDB answers an interrupt that lands inside a query with an error of its own
    ("Query interrupted", an InterruptException or a RuntimeError by version), not with
    KeyboardInterrupt; it is the user's Ctrl-C all the same (kill test, explore, s12)."""
    return type(err).__name__ == "InterruptException" or (
        isinstance(err, RuntimeError) and str(err).strip() == "Query interrupted")


def raised_by_interrupt(err: BaseException) -> bool:
    """A Ctrl-C that lands inside a lazy import can come back wrapped: Python 3.11 turns an
    exception in a class body's `__set_name__` (pydantic builds its models while importing) into
    "RuntimeError: Error calling __set_name__ ..." with the KeyboardInterrupt as its cause (CI,
    session 28). It is the user's Ctrl-C all the same: follow the cause and context chain."""
    seen: set[int] = set()
    link: BaseException | None = err
    while link is not None and id(link) not in seen:
        if isinstance(link, KeyboardInterrupt) or interrupted_query(link):
            return True
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return False
