"""The radar chart's geometry and looks, without Qt: where each axis points, the outline
of a series of section scores, how each series is drawn, and axis titles wrapped.

A section without a score breaks its series' outline (it is never drawn as 0), exactly as
the report's chart does (``app.export.charts``)."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.ui import palette


@dataclass(frozen=True)
class SeriesStyle:
    """How one polygon is drawn."""

    key: str
    colour: str
    fill_alpha: int
    width: float
    z: int
    dashed: bool = False


SERIES_STYLES: dict[str, SeriesStyle] = {
    "previous": SeriesStyle("previous", palette.PREVIOUS_SERIES, 25, 1.8, 0, dashed=True),
    "excellence": SeriesStyle("excellence", palette.EXCELLENCE_SERIES, 45, 1.6, 1),
    "technology_area": SeriesStyle("technology_area", palette.AREA_SERIES, 45, 1.6, 2),
    "cluster": SeriesStyle("cluster", palette.CLUSTER_SERIES, 95, 2.6, 3),
}


@dataclass(frozen=True)
class Outline:
    """A series' outline: a closed polygon (every axis scored) or separate segments."""

    xs: list[float]
    ys: list[float]
    closed: bool


def axis_angle(index: int, count: int) -> float:
    """Angle of spoke ``index`` of ``count``: the first points up, the rest run clockwise."""
    return math.pi / 2 - 2 * math.pi * index / max(count, 1)


def vertex(index: int, count: int, value: float) -> tuple[float, float]:
    """Where ``value`` (0..100, clamped) lies on spoke ``index`` of ``count``."""
    radius = max(0.0, min(100.0, float(value))) / 100.0
    angle = axis_angle(index, count)
    return radius * math.cos(angle), radius * math.sin(angle)


def polygon_points(values: Sequence[float]) -> tuple[list[float], list[float]]:
    """Closed polygon coordinates for ``values`` (0..100), one vertex per axis."""
    points = [vertex(k, len(values), v) for k, v in enumerate(values)]
    if points:
        points.append(points[0])
    return [x for x, _ in points], [y for _, y in points]


def outline(values: Sequence[float | None]) -> Outline:
    """The outline of a series: closed when every axis has a value; otherwise a segment
    between each two neighbouring axes that both have one (pairs of points)."""
    count = len(values)
    if all(v is not None for v in values):
        xs, ys = polygon_points([float(v or 0.0) for v in values])
        return Outline(xs, ys, closed=bool(xs))
    xs, ys = [], []
    for k in range(count if count > 2 else count - 1):
        a, b = values[k], values[(k + 1) % count]
        if a is None or b is None:
            continue
        for index, value in ((k, a), ((k + 1) % count, b)):
            x, y = vertex(index, count, value)
            xs.append(x)
            ys.append(y)
    return Outline(xs, ys, closed=False)


@lru_cache(maxsize=256)
def wrap_title(text: str, width: int) -> str:
    """Break a long axis title onto lines of about ``width`` characters (words stay whole;
    remembered, as the chart asks again on every answer)."""
    words = " ".join(text.split())
    return textwrap.fill(words, width, break_long_words=False, break_on_hyphens=False)


@dataclass(frozen=True)
class LabelBox:
    """An axis label: where it is anchored (chart units), its size and anchor (pixels)."""

    x: float
    y: float
    width: float
    height: float
    anchor_x: float
    anchor_y: float


@dataclass(frozen=True)
class ChartView:
    """The pixels per chart unit and the chart point at the middle of the plot."""

    scale: float
    centre_x: float
    centre_y: float


def _extent(boxes: Sequence[LabelBox], scale: float) -> tuple[float, float, float, float]:
    """Left, top, right, bottom in pixels (y down, chart centre at 0) of the chart's rim and
    every label at ``scale`` pixels per chart unit."""
    lefts, tops, rights, bottoms = [-scale], [-scale], [scale], [scale]
    for box in boxes:
        left = box.x * scale - box.anchor_x * box.width
        top = -box.y * scale - box.anchor_y * box.height
        lefts.append(left)
        tops.append(top)
        rights.append(left + box.width)
        bottoms.append(top + box.height)
    return min(lefts), min(tops), max(rights), max(bottoms)


def fit_view(boxes: Sequence[LabelBox], width: float, height: float, margin: float) -> ChartView:
    """The largest chart whose rim and axis labels all lie inside a ``width`` x ``height``
    plot with ``margin`` pixels free on every side (labels keep their size in pixels)."""
    room_w, room_h = max(width - 2 * margin, 1.0), max(height - 2 * margin, 1.0)

    def fits(scale: float) -> bool:
        left, top, right, bottom = _extent(boxes, scale)
        return right - left <= room_w and bottom - top <= room_h

    low, high = 1.0, max(room_w, room_h)
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    left, top, right, bottom = _extent(boxes, low)
    return ChartView(low, (left + right) / 2 / low, -(top + bottom) / 2 / low)
