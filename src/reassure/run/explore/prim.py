"""PRIM, the Patient Rule Induction Method (Friedman and Fisher, "Bump hunting in
high-dimensional data", Statistics and Computing 9 (1999) 123-143), for scenario discovery.

Given inputs ``X`` and a 0/1 outcome ``y`` (1 = the case of interest, e.g. "the plan fails"),
PRIM finds boxes (a range per numeric input, a set of values per discrete one) where ``y`` is
mostly 1:

- *peeling*: repeatedly cut off a slice of ``alpha`` of the points in the box (the bottom or top
  of one numeric input, or one value of a discrete input), choosing the cut that raises the
  mean of ``y`` in the box most, until the box holds fewer than ``min_mass`` of the points;
  each step is a point of the *peeling trajectory* (coverage against density);
- *pasting*: from the chosen box, widen any bound by a slice while that raises the mean;
- *covering*: remove the points of the box and look for the next one.

coverage = cases of interest inside the box / all cases of interest; density = cases of
interest inside the box / points inside the box; mass = points inside / all points.
This is a small implementation written for reassure; the tests check it finds a planted box
and agrees with EMA Workbench's `prim` where that package is installed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

__all__ = ["Box", "PrimResult", "prim", "target_density"]


@dataclass
class Box:
    """A box: numeric limits ``{name: (low, high)}`` and discrete choices ``{name: {values}}``."""

    limits: dict[str, tuple[float, float]]
    choices: dict[str, set[Any]]
    coverage: float = 0.0
    density: float = 0.0
    mass: float = 0.0
    restricted: list[str] = field(default_factory=list)
    full: dict[str, tuple[float, float]] = field(default_factory=dict)  # limits of the whole sample
    trajectory: list[dict[str, float]] = field(default_factory=list)
    integer: set[str] = field(default_factory=set)  # inputs that take whole numbers only
    #: what the design cannot tell about the box (an input it bounds that the plans holding
    #: outside it share with another input): shown beside the box (review r8, item 7)
    caveat: str = ""
    #: bounded inputs whose own feature score is not above the dummy's (review s34 #2): their
    #: bound may be chance, and the words say so beside it
    chance: set[str] = field(default_factory=set)

    def contains(self, data: dict[str, np.ndarray]) -> np.ndarray:
        n = len(next(iter(data.values())))
        inside = np.ones(n, dtype=bool)
        for name, (lo, hi) in self.limits.items():
            inside &= (data[name] >= lo) & (data[name] <= hi)
        for name, allowed in self.choices.items():
            inside &= np.isin(data[name], list(allowed))
        return inside

    def words(self, labels: dict[str, str] | None = None) -> str:
        """The box as a sentence: "contributors_ITA_p_join below 0.22 and us_backstop_isr is false"."""
        labels = labels or {}
        parts: list[str] = []
        for name in self.restricted:
            label = labels.get(name, name)
            parts_before = len(parts)
            self._bound_words(name, label, parts)
            if name in self.chance and len(parts) > parts_before:
                parts[-1] += CHANCE_WORDS
        return " and ".join(parts) if parts else "anywhere (no input restricts it)"

    def _bound_words(self, name: str, label: str, parts: list[str]) -> None:
        """One bound of the box in words, appended to ``parts``."""
        if name in self.limits:
            lo, hi = self.limits[name]
            flo, fhi = self.full.get(name, (-np.inf, np.inf))
            if name in self.integer:  # a split between 10 and 11 orbits reads "at most 10"
                lo, hi = float(np.ceil(lo)), float(np.floor(hi))
                if lo == hi:
                    parts.append(f"{label} = {_g(int(lo))}")
                    return
            if lo > flo and hi < fhi:
                parts.append(f"{label} between {_g(lo)} and {_g(hi)}")
            elif lo > flo:
                parts.append(f"{label} at least {_g(lo)}")
            else:
                parts.append(f"{label} at most {_g(hi)}")
        else:
            allowed = sorted(self.choices[name], key=str)
            text = " or ".join(_g(v) for v in allowed)
            parts.append(f"{label} is {text}")


#: Said beside a box's bound on an input whose own feature score is not above the dummy's.
CHANCE_WORDS = " (its own effect cannot be told from the dummy's: the bound may be chance)"


def _g(value: Any) -> str:
    """A bound as people write it: three significant digits, never in scientific notation
    (review s34 #2: "at most 9.3e+03" reads 9,300), whole numbers of 1,000 and more in full.

    >>> _g(9312.4), _g(6110.0), _g(0.40912), _g(23.2), _g(20000.0), _g(0.0000123)
    ('9,310', '6,110', '0.409', '23.2', '20,000', '0.0000123')
    """
    if isinstance(value, bool | np.bool_):
        return "on" if value else "off"
    if isinstance(value, float | np.floating):
        x = float(value)
        if x.is_integer() and abs(x) >= 1000:
            return f"{int(x):,}"
        if x == 0 or not np.isfinite(x):
            return f"{x:g}"
        exponent = int(np.floor(np.log10(abs(x))))
        if exponent >= 2:  # 3 significant digits of a whole number: 9,310
            return f"{round(x, 2 - exponent):,.0f}"
        text = f"{round(x, 2 - exponent):.{2 - exponent}f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, int | np.integer):
        return f"{int(value):,}"
    return str(value)


@dataclass
class PrimResult:
    boxes: list[Box]
    n: int
    n_interest: int


def _peel_candidates(data: dict[str, np.ndarray], inside: np.ndarray, numeric: set[str], alpha: float,
                     box: Box) -> list[tuple[str, str, Any, np.ndarray]]:
    out = []
    count = inside.sum()
    for name, column in data.items():
        values = column[inside]
        if name in numeric:
            lo_q = np.quantile(values, alpha, method="lower")
            hi_q = np.quantile(values, 1 - alpha, method="higher")
            # Remove at least one point: cut strictly beyond the quantile value when all equal.
            keep_low = inside & (column > lo_q) if (values <= lo_q).sum() < count else None
            keep_high = inside & (column < hi_q) if (values >= hi_q).sum() < count else None
            if keep_low is not None and keep_low.any():
                out.append((name, "low", float(column[keep_low].min()), keep_low))
            if keep_high is not None and keep_high.any():
                out.append((name, "high", float(column[keep_high].max()), keep_high))
        else:
            present = box.choices[name]
            if len(present) > 1:
                for value in sorted(present, key=str):
                    keep = inside & (column != value)
                    if keep.any():
                        out.append((name, "drop", value, keep))
    return out


def _describe(box: Box, data: dict[str, np.ndarray], y: np.ndarray, base_inside: np.ndarray,
              full_limits: dict[str, tuple[float, float]], full_choices: dict[str, set[Any]]) -> Box:
    inside = box.contains(data) & base_inside
    total = y.sum()
    box.mass = float(inside.sum() / len(y))
    box.density = float(y[inside].mean()) if inside.any() else 0.0
    box.coverage = float(y[inside].sum() / total) if total else 0.0
    box.full = dict(full_limits)
    box.restricted = [n for n in data if (n in box.limits and box.limits[n] != full_limits[n])
                      or (n in box.choices and box.choices[n] != full_choices[n])]
    return box


def target_density(base: float, threshold: float) -> float:
    """The density a box must reach, given the share ``base`` of cases of interest in the space it
    is cut from: ``threshold`` (EMA Workbench's default, 0.8), and, where the cases of interest
    are already that common, ``threshold`` of the way from ``base`` to 1 (93% failing: a box
    where at least 98.6% fail). A fixed threshold below the base share would keep the whole
    space, no denser than the base, and find no box at all.

    >>> target_density(0.3, 0.8), round(target_density(0.93, 0.8), 3), target_density(1.0, 0.8)
    (0.8, 0.986, 1.0)
    """
    if base < threshold:
        return threshold
    return base + threshold * (1.0 - base)


def _find_box(data: dict[str, np.ndarray], y: np.ndarray, active: np.ndarray, numeric: set[str],
              alpha: float, min_mass: float, threshold: float) -> Box | None:
    n_all = len(y)
    total_interest = y.sum()
    limits = {n: (float(data[n][active].min()), float(data[n][active].max())) for n in numeric}
    choices = {n: set(np.unique(data[n][active]).tolist()) for n in data if n not in numeric}
    full_limits = {n: (float(data[n].min()), float(data[n].max())) for n in numeric}
    full_choices = {n: set(np.unique(data[n]).tolist()) for n in data if n not in numeric}
    box = Box(dict(limits), {k: set(v) for k, v in choices.items()})
    inside = active.copy()
    steps: list[Box] = []
    trajectory = []

    def snapshot(b: Box, ins: np.ndarray) -> None:
        copy = Box(dict(b.limits), {k: set(v) for k, v in b.choices.items()})
        copy.mass = float(ins.sum() / n_all)
        copy.density = float(y[ins].mean()) if ins.any() else 0.0
        copy.coverage = float(y[ins].sum() / total_interest) if total_interest else 0.0
        steps.append(copy)
        trajectory.append({"coverage": copy.coverage, "density": copy.density, "mass": copy.mass,
                           "restricted": float(sum(1 for n in data if (n in copy.limits and copy.limits[n] != full_limits[n])
                                                   or (n in copy.choices and copy.choices[n] != full_choices[n])))})

    snapshot(box, inside)
    while inside.sum() / n_all > min_mass:
        best = None
        for name, side, value, keep in _peel_candidates(data, inside, numeric, alpha, box):
            if keep.sum() / n_all < min_mass:
                continue
            mean = y[keep].mean()
            key = (mean, keep.sum())  # ties: remove fewer points
            if best is None or key > best[0]:
                best = (key, name, side, value, keep)
        if best is None:
            break
        _, name, side, value, keep = best
        if side == "low":
            box.limits[name] = (value, box.limits[name][1])
        elif side == "high":
            box.limits[name] = (box.limits[name][0], value)
        else:
            box.choices[name] = box.choices[name] - {value}
        inside = keep
        snapshot(box, inside)
    # The box chosen on the trajectory: the widest (highest coverage) that reaches the target
    # density, else the densest one. The whole space is only the start: a box must be denser than
    # the cases of interest are overall, however common they are (`target_density`).
    target = target_density(float(y[active].mean()) if active.any() else 0.0, threshold)
    good = [b for b in steps if b.density >= target - 1e-12]
    chosen = max(good, key=lambda b: (b.coverage, -b.mass)) if good else max(steps, key=lambda b: (b.density, b.coverage))
    chosen = _paste(chosen, data, y, active, numeric, alpha)
    chosen = _prune(chosen, data, y, active, limits, choices)
    chosen.trajectory = trajectory
    # Restrictions are stated against the space this box was cut from (for a second box, what
    # the first left), not against the whole sample.
    return _describe(chosen, data, y, active, limits, choices)


def _paste(box: Box, data: dict[str, np.ndarray], y: np.ndarray, active: np.ndarray, numeric: set[str],
           alpha: float) -> Box:
    """Widen a bound by a slice while that raises the box's density, or keeps it (to within
    floating-point dust) and takes in more cases of interest: a box of density 1 that peeling cut
    short of failing cases is widened back to them (the widest box at its density)."""
    improved = True
    while improved:
        improved = False
        inside = box.contains(data) & active
        mean = y[inside].mean() if inside.any() else 0.0
        held = y[inside].sum()
        step = max(1, int(alpha * inside.sum()))
        best = None
        for name in numeric:
            lo, hi = box.limits[name]
            column = data[name]
            below = np.sort(column[active & (column < lo)])[::-1][:step]
            above = np.sort(column[active & (column > hi)])[:step]
            for new in ((below[-1], hi) if len(below) else None, (lo, above[-1]) if len(above) else None):
                if new is None:
                    continue
                trial = Box({**box.limits, name: (float(new[0]), float(new[1]))}, box.choices)
                ins = trial.contains(data) & active
                m, gained = y[ins].mean(), y[ins].sum() - held
                if (m > mean + 1e-12 or (m >= mean - 1e-12 and gained > 0)) and (best is None or (m, gained) > best[0]):
                    best = ((m, gained), trial)
        if best is not None:
            box = best[1]
            improved = True
    return box


def _prune(box: Box, data: dict[str, np.ndarray], y: np.ndarray, active: np.ndarray,
           limits: dict[str, tuple[float, float]], choices: dict[str, set[Any]], tolerance: float = 0.01) -> Box:
    """Lift restrictions that do not earn their place: a limit whose removal lowers the box's
    density by less than ``tolerance`` is dropped (the one that widens the box most first), so
    the box is stated with the inputs that matter. Peeling in many dimensions otherwise leaves
    slivers cut off inputs that have nothing to do with the outcome."""
    while True:
        inside = box.contains(data) & active
        density = y[inside].mean() if inside.any() else 0.0
        best = None
        for name in list(box.limits) + list(box.choices):
            if name in box.limits and box.limits[name] != limits[name]:
                trial = Box({**box.limits, name: limits[name]}, box.choices)
            elif name in box.choices and box.choices[name] != choices[name]:
                trial = Box(box.limits, {**box.choices, name: set(choices[name])})
            else:
                continue
            ins = trial.contains(data) & active
            if y[ins].mean() >= density - tolerance and (best is None or ins.sum() > best[0]):
                best = (ins.sum(), trial)
        if best is None:
            return box
        box = best[1]


def prim(data: dict[str, np.ndarray], y: np.ndarray, *, numeric: set[str] | None = None,
         alpha: float = 0.05, min_mass: float = 0.05, threshold: float = 0.8,
         max_boxes: int = 2) -> PrimResult:
    """Find up to ``max_boxes`` boxes of high ``y`` (covering: each box's points are then removed).

    ``data`` maps input names to equal-length arrays; ``numeric`` names the inputs cut by ranges
    (default: those of a numeric, non-boolean dtype); the others are cut value by value.
    """
    y = np.asarray(y, dtype=float)
    if numeric is None:
        numeric = {n for n, c in data.items() if np.issubdtype(np.asarray(c).dtype, np.number)
                   and np.asarray(c).dtype != bool}
    data = {n: np.asarray(c) for n, c in data.items()}
    active = np.ones(len(y), dtype=bool)
    boxes: list[Box] = []
    for _ in range(max_boxes):
        if y[active].sum() == 0 or active.sum() / len(y) < 2 * min_mass:
            break
        box = _find_box(data, y, active, numeric, alpha, min_mass, threshold)
        base = float(y[active].mean())
        if box is None or box.density <= base + 1e-9 or (boxes and box.density < target_density(base, threshold) - 1e-12):
            break  # no better than the points left, or a weak second box: stop covering
        inside = box.contains(data) & active
        box.coverage = float(y[inside].sum() / y.sum())
        boxes.append(box)
        active = active & ~inside
    return PrimResult(boxes, len(y), int(y.sum()))
