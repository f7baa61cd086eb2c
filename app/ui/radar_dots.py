"""The radar chart's dots: one per scored section of the cluster, filled when the section's
score is complete and open when it covers only the answered part."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPen

from app.scoring.engine import SectionScore
from app.ui.radar_geometry import SERIES_STYLES, vertex


class RadarDots:
    """The scatter item of the dots, set again only when a dot or the background changed."""

    def __init__(self, plot: pg.ViewBox) -> None:
        self.item = pg.ScatterPlotItem(size=8, pxMode=True)
        self.item.setZValue(SERIES_STYLES["cluster"].z + 1)
        plot.addItem(self.item)
        self._colour = QColor(SERIES_STYLES["cluster"].colour)
        self._shown: tuple[object, ...] = ()
        self._looks: dict[tuple[int, int], tuple[QBrush, QPen]] = {}

    def show(self, axes: list[SectionScore], base: QColor) -> None:
        """Dots for the scored ``axes``; open ones are filled with ``base`` (the background)."""
        shown = (base.rgba(), len(axes), *((s.id, s.score, s.coverage.partial) for s in axes))
        if shown == self._shown:
            return
        self._shown = shown
        colour = self._colour
        xs: list[float] = []
        ys: list[float] = []
        ids: list[str] = []
        looks: list[tuple[QBrush, QPen]] = []
        for index, section in enumerate(axes):
            if section.score is None:
                continue
            x, y = vertex(index, len(axes), section.score)
            xs.append(x)
            ys.append(y)
            ids.append(section.id)
            partial = section.coverage.partial
            looks.append(self._look(base if partial else colour, colour if partial else base))
        # Arrays with shared brushes and pens: a list of spot dicts, each with new ones,
        # costs the scatter item four times as long (the chart is redrawn on every answer).
        self.item.setData(
            x=xs, y=ys, data=ids, brush=[b for b, _ in looks], pen=[p for _, p in looks],
            symbol="o",
        )  # fmt: skip

    def dots(self) -> list[tuple[str, bool]]:
        """(axis id, filled) for each dot drawn."""
        return [(str(p.data()), p.brush().color() == self._colour) for p in self.item.points()]

    def _look(self, fill: QColor, line: QColor) -> tuple[QBrush, QPen]:
        """A dot's brush and pen (made once per pair of colours)."""
        key = (fill.rgba(), line.rgba())
        look = self._looks.get(key)
        if look is None:
            look = self._looks[key] = (pg.mkBrush(fill), pg.mkPen(line, width=1.6))
        return look
