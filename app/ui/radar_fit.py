"""The radar chart's zoom: its axis labels keep their size in pixels, so the chart shrinks
until every label lies inside the plot (never over the key below it, never cut off)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRect

from app.ui.radar_geometry import LabelBox, fit_view

#: Pixels kept free around the chart and its axis labels.
LABEL_MARGIN = 6.0


def fit_labels(
    box: pg.ViewBox, labels: Sequence[pg.TextItem], margin: float = LABEL_MARGIN
) -> None:
    """Set ``box``'s range so that the chart's rim and ``labels`` fit, ``margin`` pixels
    from its edges."""
    width, height = box.width(), box.height()
    if width <= 1 or height <= 1:
        return
    boxes = []
    for label in labels:
        size = label.textItem.boundingRect()  # pixels: the label ignores the zoom
        position, anchor = label.pos(), label.anchor
        boxes.append(
            LabelBox(
                position.x(), position.y(), size.width(), size.height(), anchor.x(), anchor.y()
            )
        )
    view = fit_view(boxes, width, height, margin)
    half_w, half_h = width / 2 / view.scale, height / 2 / view.scale
    box.setRange(
        xRange=(view.centre_x - half_w, view.centre_x + half_w),
        yRange=(view.centre_y - half_h, view.centre_y + half_h),
        padding=0,
    )


def label_rects(plot: pg.GraphicsView, labels: Sequence[pg.TextItem]) -> list[QRect]:
    """Where each of ``labels`` is drawn, in the coordinates of ``plot``'s parent."""
    rects = []
    for label in labels:
        label.updateTransform()  # pyqtgraph otherwise catches up only when it paints
        scene = label.textItem.mapRectToScene(label.textItem.boundingRect())
        rects.append(plot.mapFromScene(scene).boundingRect().translated(plot.pos()))
    return rects
