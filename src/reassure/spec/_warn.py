"""Python warnings for a likely slip in a scenario, said at the Python user's own call.

A value outside its usual span (``incidents.response_threshold = 45`` in hours, meant as
minutes) is recorded in ``Scenario.load_warnings``, which the CLI, the report and the web editor
show. A Python user who sets it with `Scenario.with_overrides` (or loads such a file with
`load_scenario`) reads none of those at the call, so it is also warned there as a
`ScenarioWarning` (review s51 11), pointing at the user's line. A call from inside the tool
itself (the CLI's commands, explore's design points, the web editor) is not warned: each says
the load warnings its own way.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable
from types import FrameType

__all__ = ["ScenarioWarning", "warn_caller"]


class ScenarioWarning(UserWarning):
    """A value of a scenario that is probably a slip (a unit, a digit): it is used as given.

    Raised by `Scenario.with_overrides` (and `load_scenario`) for each value outside its usual
    span that the call brings in, e.g. ``incidents.response_threshold is 45 h, more than a day
    ...; did you mean 45 min?``. Silence it as any warning::

        warnings.filterwarnings("ignore", category=reassure.spec.ScenarioWarning)

    or turn it into an error (``"error"``) to refuse such values.
    """


#: The Python API's own module (``reassure.assess`` loads a scenario named by a string): its
#: frames are passed over, so the warning points at the line that called it.
_FACADE = "reassure"


def warn_caller(messages: Iterable[str], *, depth: int) -> None:
    """Warn each of ``messages`` (once each, in order) as a `ScenarioWarning` at the caller of
    the public function ``depth`` frames up from the caller of this one (1: that caller is the
    public function itself), passing over the `reassure` facade; nothing when that caller is the
    tool's own code (a module ``reassure.*``)."""
    level = depth + 1  # frames from this function to the public function's caller
    frame: FrameType | None
    try:
        frame = sys._getframe(level)
    except ValueError:  # no such frame: called from the top of a thread
        return
    while frame is not None and frame.f_globals.get("__name__") == _FACADE:
        frame = frame.f_back
        level += 1
    if frame is None or str(frame.f_globals.get("__name__", "")).startswith(_FACADE + "."):
        return
    for message in dict.fromkeys(messages):  # read only now: nothing is worked out for the tool's own calls
        warnings.warn(message, ScenarioWarning, stacklevel=level + 1)
