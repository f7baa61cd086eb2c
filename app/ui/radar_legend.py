"""The radar chart's key and data notice, under the chart: one row per series drawn (or
noted as not shown), and which reference data the peers come from."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.scoring.engine import ScoreResult, SectionScore
from app.ui.palette import muted_text
from app.ui.radar_geometry import SERIES_STYLES
from app.ui.score_panel import reference_summary
from app.ui.vocabulary import peer_group_name
from app.ui.widgets import plain_label

#: Legend order: the cluster first, then what it is compared with.
LEGEND_KEYS = ("cluster", "previous", "technology_area", "excellence")
GROUP_KEYS = ("technology_area", "excellence")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RadarChart", text)


def series_name(scores: ScoreResult | None, key: str) -> str:
    """The legend's name of series ``key`` (peer groups with their size)."""
    names = {
        "cluster": _tr("This cluster"),
        "technology_area": _tr("Technology-area peers"),
        "excellence": _tr("Cluster excellence group"),
    }
    if key == "previous":
        progress = scores.progress if scores is not None else None
        day = progress.previous_date.isoformat() if progress is not None else "\u2014"
        return _tr("Previous benchmarking, {date}").format(date=day)
    name = names[key]
    group = scores.peers.groups.get(key) if scores is not None else None
    if key != "cluster" and group is not None:
        label_text = peer_group_name(group.label) if group.label else name
        name = f"{name}: {label_text}" if label_text != name else name
        name += f" (n={group.size})"
    return name


def coverage_note(section: SectionScore) -> str:
    """Under an axis title: "not scored", "2 of 6 answered", or nothing when complete."""
    coverage = section.coverage
    if not coverage.scored:
        return _tr("not scored")
    if coverage.partial:
        return _tr("{answered} of {total} answered").format(
            answered=coverage.answered, total=coverage.indicators
        )
    return ""


class RadarKey(QWidget):
    """Legend rows (swatch and name) and the caption saying where peer data comes from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Chart legend"))
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 2, 8, 0)
        self._layout.setHorizontalSpacing(6)
        self._layout.setVerticalSpacing(1)
        self._layout.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._shown: list[tuple[str, str]] | None = None
        self.caption = plain_label()
        self.caption.setContentsMargins(8, 0, 8, 4)
        self.caption.setAccessibleName(_tr("Peer data notice"))

    def labels(self) -> list[str]:
        """The legend's entries, as plain text."""
        return [label.text() for _swatch, label in self._rows]

    def show_series(self, scores: ScoreResult | None, drawn: Set[str], partial: bool) -> None:
        """One row per drawn series; peer groups too small to show are noted as such."""
        entries = self._entries(scores, drawn, partial)
        if entries == self._shown:
            return  # the same legend: rebuilding it would lay the chart out again
        self._shown = entries
        for swatch, label in self._rows:
            swatch.deleteLater()
            label.deleteLater()
        self._rows.clear()
        for look, name in entries:
            self._add_row(look, name)

    def _entries(
        self, scores: ScoreResult | None, drawn: Set[str], partial: bool
    ) -> list[tuple[str, str]]:
        entries = []  # (the swatch's style, the text) per row
        muted = self.muted_colour().name()
        for key in LEGEND_KEYS:
            group = scores.peers.groups.get(key) if scores is not None else None
            name = series_name(scores, key)
            if key in drawn:
                style = SERIES_STYLES[key]
                fill = QColor(style.colour)
                fill.setAlpha(max(style.fill_alpha, 90))
                line = "dashed" if style.dashed else "solid"
                look = (
                    f"background: rgba({fill.red()},{fill.green()},{fill.blue()},"
                    f"{fill.alpha()}); border: 2px {line} {style.colour};"
                )
            elif key in GROUP_KEYS and group is not None:
                name += " " + _tr("- group too small to show")
                look = f"border: 2px dotted {muted};"
            else:
                continue
            entries.append((look, name))
        if partial:
            colour = SERIES_STYLES["cluster"].colour
            entries.append(
                (
                    f"border: 2px solid {colour}; border-radius: 5px; background: transparent;",
                    _tr("Open dot: partly answered section (the score covers the answered part)"),
                )
            )
        return entries

    def _add_row(self, look: str, text: str) -> None:
        swatch = QLabel(self)
        swatch.setFixedSize(16, 11)
        swatch.setStyleSheet(look)
        label = plain_label(text)
        row = len(self._rows)
        self._layout.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(label, row, 1)
        self._rows.append((swatch, label))

    def show_caption(self, scores: ScoreResult | None) -> None:
        """Which peer data the chart compares with (SYNTHETIC said loudly)."""
        reference = scores.reference if scores is not None else None
        self.caption.setToolTip(reference_summary(reference))
        if not reference:
            text = _tr("No reference data loaded: peer groups are not shown.")
        elif reference.get("synthetic"):
            text = _tr(
                "Peer data: SYNTHETIC reference set ({size} fictional clusters), not real results."
            ).format(size=reference.get("size", "?"))
        else:
            text = _tr("Peer data: reference set {id} {version} ({size} clusters).").format(
                id=reference.get("id", ""),
                version=reference.get("version", ""),
                size=reference.get("size", "?"),
            )
        self.caption.setText(text)

    def muted_colour(self) -> QColor:
        """The palette's colour for secondary text."""
        return muted_text(self.palette())

    def apply_palette(self) -> None:
        """The caption in the palette's secondary colour."""
        palette = self.caption.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.muted_colour())
        self.caption.setPalette(palette)
