"""The live radar chart: the cluster's section scores against its peer groups and its
previous benchmarking, drawn with pyqtgraph in one ``ViewBox``: no axes and no menus (a
``PlotWidget`` would build both, hidden, each time an interview window opens).

Rings, spokes and labels are built once per set of axes; a new score result only moves the
outlines (``setData``), so the chart keeps up with every saved answer. Peer groups with
fewer than five members never appear. A section without a score breaks the cluster's
outline and says "not scored"; a partly answered one gets an open dot and says how much
its score covers, as the report does.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QToolTip, QVBoxLayout, QWidget

from app.scoring.engine import ScoreResult, SectionScore
from app.scoring.peers import PeerGroup
from app.ui.chart_export import ask_and_save, export_png, export_svg
from app.ui.radar_dots import RadarDots
from app.ui.radar_fit import fit_labels, label_rects
from app.ui.radar_geometry import SERIES_STYLES, axis_angle, outline, vertex, wrap_title
from app.ui.radar_legend import RadarKey, coverage_note
from app.ui.vocabulary import peer_group_name

RING_LEVELS = (25, 50, 75, 100)
LABEL_RADIUS = 1.12
#: Hover this close (in chart units, 1 = 100) to a spoke to get its tooltip.
HOVER_RADIUS = (0.12, 1.25)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RadarChart", text)


class RadarChart(QWidget):
    """Section scores of the cluster, its previous benchmarking and its two peer groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Radar chart of section scores"))
        self._scores: ScoreResult | None = None
        self._axis_ids: tuple[str, ...] = ()
        self._axis_titles: tuple[str, ...] = ()
        self._label_items: list[pg.TextItem] = []
        self._ring_items: list[pg.PlotCurveItem] = []

        self._plot_widget = pg.GraphicsView(parent=self)
        self._plot_widget.setAccessibleName(self.tr("Radar chart"))
        self._plot_widget.setMinimumSize(320, 200)
        self._plot_widget.setToolTipDuration(8000)
        plot = pg.ViewBox(enableMouse=False, enableMenu=False, lockAspect=True)
        self._plot_widget.setCentralItem(plot)
        plot.setRange(xRange=(-2.35, 2.35), yRange=(-1.72, 1.52), padding=0)
        self._plot = plot

        self._spokes = pg.PlotCurveItem(connect="pairs")
        self._spokes.setZValue(0)
        plot.addItem(self._spokes)

        self._series: dict[str, pg.PlotCurveItem] = {}
        for style in SERIES_STYLES.values():
            item = pg.PlotCurveItem(antialias=True)
            item.setZValue(style.z)
            plot.addItem(item)
            item.hide()
            self._series[style.key] = item
        #: What each series was last drawn from: an unchanged series is not set again.
        self._drawn_values: dict[str, tuple[float | None, ...]] = {}
        # The cluster's section scores as dots: filled when complete, open when partial.
        self._dots = RadarDots(plot)

        # The key and the data notice sit under the chart, never over it.
        self.key = RadarKey(self)

        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save chart\u2026"))
        self.save_button.setAccessibleName(self.tr("Save the chart as a PNG or SVG file"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        save_menu.addAction(self.tr("As PNG picture\u2026"), self._on_save_png_triggered)
        save_menu.addAction(self.tr("As SVG drawing\u2026"), self._on_save_svg_triggered)
        self.save_button.setMenu(save_menu)
        self._plot_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._plot_widget.customContextMenuRequested.connect(
            lambda pos: save_menu.exec(self._plot_widget.mapToGlobal(pos))
        )
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 8, 4)
        footer.addWidget(self.key.caption, 1)
        footer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._plot_widget, 1)
        layout.addWidget(self.key)
        layout.addLayout(footer)

        self._plot_widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        plot.sigResized.connect(self._fit_view)
        self._apply_palette()

    # --- public API --------------------------------------------------------------------

    def set_scores(self, scores: ScoreResult | None) -> None:
        """Show a score result (None: no scores, an empty chart)."""
        self._scores = scores
        axes = self._axes()
        axis_ids = tuple(s.id for s in axes)
        titles = tuple(s.title or s.id for s in axes)
        if axis_ids != self._axis_ids or titles != self._axis_titles:
            self._axis_ids, self._axis_titles = axis_ids, titles
            self._drawn_values.clear()
            self._build_axes()
        drawn: set[str] = set()
        for key, item in self._series.items():
            values = self._values(key)
            if not values or len(values) != len(axis_ids) or all(v is None for v in values):
                values = []
            else:
                drawn.add(key)
            if self._drawn_values.get(key) == tuple(values):
                continue  # most answers change one series: the others stay as drawn
            self._drawn_values[key] = tuple(values)
            if not values:
                item.setData([], [])
                item.hide()
                continue
            shape = outline(values)
            item.setData(shape.xs, shape.ys, connect="all" if shape.closed else "pairs")
            item.setFillLevel("enclosed" if shape.closed else None)
            item.show()
        self._dots.show(axes, self.palette().color(QPalette.ColorRole.Base))
        self._show_axis_labels(axes)
        partial = any(s.coverage.partial for s in axes)
        self.key.show_series(scores, drawn, partial)
        self.key.show_caption(scores)

    def _axes(self) -> list[SectionScore]:
        scores = self._scores
        return [s for s in scores.sections if s.chart_axis] if scores is not None else []

    def _values(self, key: str) -> list[float | None] | None:
        """Series ``key``: the cluster's scores, the previous ones, or a shown group's means."""
        scores = self._scores
        if scores is None:
            return None
        axes = self._axes()
        if key == "cluster":
            return [s.score for s in axes]
        if key == "previous":
            if scores.progress is None:
                return None
            previous = {s["id"]: s["previous"] for s in scores.progress.sections}
            return [previous.get(s.id) for s in axes]
        group = self._group(key)
        if group is None or not group.shown or group.section_means is None:
            return None
        return [group.section_means.get(s.id) for s in axes]

    def _group(self, key: str) -> PeerGroup | None:
        return self._scores.peers.groups.get(key) if self._scores is not None else None

    def series_points(self, key: str) -> list[tuple[float, float]]:
        """The drawn points of series ``key`` (empty when it is not shown)."""
        item = self._series[key]
        if not item.isVisible():
            return []
        xs, ys = item.getData()
        if xs is None or ys is None:
            return []
        return [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]

    def series_closed(self, key: str) -> bool:
        """Whether series ``key`` is drawn as one closed, filled outline."""
        return self._series[key].isVisible() and self._series[key].opts["fillLevel"] is not None

    def dots(self) -> list[tuple[str, bool]]:
        """The cluster's dots: (axis id, filled), one per scored section."""
        return self._dots.dots()

    def axis_labels(self) -> list[str]:
        """The axis labels as drawn (title and, when not complete, what the score covers)."""
        return [item.textItem.toPlainText() for item in self._label_items]

    def legend_labels(self) -> list[str]:
        """The legend's entries, as plain text."""
        return self.key.labels()

    def caption_text(self) -> str:
        """The caption under the chart (the synthetic-data notice)."""
        return self.key.caption.text()

    def axis_tooltip(self, index: int) -> str:
        """What hovering axis ``index`` tells: the cluster's value, its coverage, the previous
        benchmarking's value and the percentiles."""
        axis_id = self._axis_ids[index]
        section = self._axes()[index]
        lines = [self._axis_titles[index]]
        coverage = section.coverage
        if section.score is None:
            lines.append(self.tr("Cluster: not scored (no indicator answered yet)"))
        elif coverage.partial:
            lines.append(
                self.tr("Cluster: {value:.0f} / 100, over {answered} of {total} indicators").format(
                    value=section.score, answered=coverage.answered, total=coverage.indicators
                )
            )
        else:
            lines.append(self.tr("Cluster: {value:.0f} / 100").format(value=section.score))
        previous = self._values("previous")
        if previous is not None:
            value = previous[index]
            lines.append(
                self.tr("Previous benchmarking: not scored")
                if value is None
                else self.tr("Previous benchmarking: {value:.0f} / 100").format(value=value)
            )
        sections = self._scores.peers.sections if self._scores is not None else {}
        percentiles = sections.get(axis_id) or {}
        for key in ("technology_area", "excellence", "all"):
            group = self._group(key)
            if group is None:
                continue
            label = peer_group_name(group.label)
            if not group.shown:
                lines.append(self.tr("{group}: group too small to show").format(group=label))
                continue
            percentile = percentiles.get(key)
            if percentile is None:
                lines.append(self.tr("{group}: no percentile yet").format(group=label))
            else:
                lines.append(
                    self.tr("{group}: percentile {p:.0f}").format(group=label, p=percentile)
                )
        return "\n".join(lines)

    def axis_at(self, x: float, y: float) -> int | None:
        """The axis whose spoke is nearest the chart point (x, y), if close enough."""
        count = len(self._axis_ids)
        if count == 0:
            return None
        radius = math.hypot(x, y)
        if not HOVER_RADIUS[0] <= radius <= HOVER_RADIUS[1]:
            return None
        angle = math.atan2(y, x)
        best, best_gap = None, math.pi / count
        for index in range(count):
            gap = abs((angle - axis_angle(index, count) + math.pi) % (2 * math.pi) - math.pi)
            if gap <= best_gap:
                best, best_gap = index, gap
        return best

    def export_png(self, path: Path | str) -> Path:
        """Write the chart, its key and its notice as a PNG picture (1200 pixels wide)."""
        return export_png(self, Path(path))

    def export_svg(self, path: Path | str) -> Path:
        """Write the chart, its key and its notice as an SVG drawing."""
        return export_svg(
            self, Path(path), self.tr("Radar chart of section scores"), self.caption_text()
        )

    def save_chart(self, path: Path | str) -> Path:
        """Write the chart to ``path``: SVG when it ends in .svg, PNG otherwise."""
        target = Path(path)
        if target.suffix.lower() == ".svg":
            return self.export_svg(target)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        return self.export_png(target)

    def _on_save_png_triggered(self) -> None:
        ask_and_save(self, self.save_chart, ".png", self.tr("PNG pictures (*.png)"))

    def _on_save_svg_triggered(self) -> None:
        ask_and_save(self, self.save_chart, ".svg", self.tr("SVG drawings (*.svg)"))

    # --- drawing -----------------------------------------------------------------------

    def _build_axes(self) -> None:
        """Rings, spokes and labels for the current axes (only when the axes change)."""
        for item in (*self._ring_items, *self._label_items):
            self._plot.removeItem(item)
        self._ring_items.clear()
        self._label_items.clear()
        count = len(self._axis_ids)
        if count == 0:
            self._spokes.setData([], [])
            return
        for level in RING_LEVELS:
            shape = outline([float(level)] * count)
            ring = pg.PlotCurveItem(shape.xs, shape.ys)
            ring.setZValue(0)
            ring.setToolTip(str(level))
            self._plot.addItem(ring)
            self._ring_items.append(ring)
        spoke_x: list[float] = []
        spoke_y: list[float] = []
        for index in range(count):
            x, y = vertex(index, count, 100.0)
            spoke_x += [0.0, x]
            spoke_y += [0.0, y]
        self._spokes.setData(spoke_x, spoke_y)
        for index in range(count):
            angle = axis_angle(index, count)
            cos, sin = math.cos(angle), math.sin(angle)
            # Anchor each label on the side facing the centre so it never covers the chart.
            anchor_x = 0.5 - 0.5 * (1 if cos > 0.2 else -1 if cos < -0.2 else 0)
            anchor_y = 0.5 + 0.5 * (1 if sin > 0.2 else -1 if sin < -0.2 else 0)
            label = pg.TextItem(anchor=(anchor_x, anchor_y))
            label.setPos(LABEL_RADIUS * cos, LABEL_RADIUS * sin)
            label.setZValue(5)
            self._plot.addItem(label)
            self._label_items.append(label)
        self._apply_palette()

    def _show_axis_labels(self, axes: list[SectionScore]) -> None:
        changed = False
        for label, title, section in zip(self._label_items, self._axis_titles, axes, strict=True):
            note = coverage_note(section)
            text = wrap_title(title, 16) + (f"\n({note})" if note else "")
            if label.textItem.toPlainText() != text:
                label.setText(text)
                changed = True
        if changed:  # the zoom follows the labels' sizes (and, on resize, the plot's)
            self._fit_view()

    def _fit_view(self) -> None:
        """Zoom so that the chart and all its axis labels lie inside the plot."""
        fit_labels(self._plot, self._label_items)

    def label_rects(self) -> list[QRect]:
        """Where each axis label is drawn, in this widget's coordinates."""
        return label_rects(self._plot_widget, self._label_items)

    def _apply_palette(self) -> None:
        """Colours that follow the system's light or dark palette."""
        palette = self.palette()
        # The active colours even while the chart sits in a disabled tab (the review window
        # before a bundle verified): its labels must be readable once it is shown.
        base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(70)
        self._plot_widget.setBackground(base)
        self._spokes.setPen(pg.mkPen(grid, width=1))
        for ring in self._ring_items:
            ring.setPen(pg.mkPen(grid, width=1))
        for label in self._label_items:
            label.setColor(text)
        self.key.apply_palette()
        for key, item in self._series.items():
            style = SERIES_STYLES[key]
            fill = QColor(style.colour)
            fill.setAlpha(style.fill_alpha)
            line = Qt.PenStyle.DashLine if style.dashed else Qt.PenStyle.SolidLine
            item.setPen(pg.mkPen(style.colour, width=style.width, style=line))
            item.setBrush(pg.mkBrush(fill))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Redraw in the new colours when the system switches light/dark."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
            if self._scores is not None:
                self.set_scores(self._scores)
        super().changeEvent(event)

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self._plot.mapSceneToView(scene_pos)
        index = self.axis_at(point.x(), point.y())
        if index is None:
            QToolTip.hideText()
            return
        # Section titles may come from a received bundle: escaped, so never read as HTML.
        text = html.escape(self.axis_tooltip(index)).replace("\n", "<br>")
        QToolTip.showText(QCursor.pos(), f"<qt>{text}</qt>", self._plot_widget)
