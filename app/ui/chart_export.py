"""Saving a chart widget as a picture: PNG (1200 pixels wide) or SVG, asking where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.widgets import show_message

EXPORT_WIDTH = 1200


def _tr(text: str) -> str:
    return QCoreApplication.translate("RadarChart", text)


def export_png(widget: QWidget, target: Path) -> Path:
    """Render ``widget`` into a PNG picture ``EXPORT_WIDTH`` pixels wide."""
    scale = EXPORT_WIDTH / max(1, widget.width())
    image = QImage(QSize(EXPORT_WIDTH, round(widget.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(widget.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    if not image.save(str(target)):
        raise OSError(f"Could not write {target.name}.")
    return target


def export_svg(widget: QWidget, target: Path, title: str, description: str) -> Path:
    """Render ``widget`` into an SVG drawing."""
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return target


def ask_and_save(
    widget: QWidget, save: Callable[[Path], Path], suffix: str, file_filter: str
) -> None:
    """Ask for a file name and save there; say so when it cannot be written."""
    name, _chosen = QFileDialog.getSaveFileName(
        widget, _tr("Save chart"), f"radar-chart{suffix}", file_filter
    )
    if not name:
        return
    try:
        save(Path(name if name.lower().endswith(suffix) else name + suffix))
    except OSError as error:
        show_message(
            widget,
            _tr("Save chart"),
            _tr("The chart could not be saved: {error}").format(error=error.strerror or error),
            error=True,
        )
