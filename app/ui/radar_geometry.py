"""The radar chart's geometry and looks, without Qt: where each axis points, the polygon
of a series of section scores, how each series is drawn, and axis titles wrapped."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from app.ui import palette


@dataclass(frozen=True)
class SeriesStyle:
    """How one polygon is drawn."""

    key: str
    colour: str
    fill_alpha: int
    width: float
    z: int


SERIES_STYLES: dict[str, SeriesStyle] = {
    "excellence": SeriesStyle("excellence", palette.EXCELLENCE_SERIES, 45, 1.6, 1),
    "technology_area": SeriesStyle("technology_area", palette.AREA_SERIES, 45, 1.6, 2),
    "cluster": SeriesStyle("cluster", palette.CLUSTER_SERIES, 95, 2.6, 3),
}


def axis_angle(index: int, count: int) -> float:
    """Angle of spoke ``index`` of ``count``: the first points up, the rest run clockwise."""
    return math.pi / 2 - 2 * math.pi * index / max(count, 1)


def polygon_points(values: Sequence[float | None]) -> tuple[list[float], list[float]]:
    """Closed polygon coordinates for ``values`` (0..100; an unscored axis sits at 0)."""
    count = len(values)
    xs: list[float] = []
    ys: list[float] = []
    for index, value in enumerate(values):
        radius = max(0.0, min(100.0, float(value or 0.0))) / 100.0
        angle = axis_angle(index, count)
        xs.append(radius * math.cos(angle))
        ys.append(radius * math.sin(angle))
    if xs:
        xs.append(xs[0])
        ys.append(ys[0])
    return xs, ys


def wrap_title(text: str, width: int) -> str:
    """Break a long axis title onto lines of about ``width`` characters (words stay whole)."""
    words = " ".join(text.split())
    return textwrap.fill(words, width, break_long_words=False, break_on_hyphens=False)
