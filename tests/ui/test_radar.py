"""The radar chart: outlines follow the scores, sections say what their score covers,
hidden groups stay hidden, the previous benchmarking is drawn over, exports work."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pyqtgraph as pg
import pytest

from app.ui.radar import RadarChart
from app.ui.radar_geometry import outline
from tests.ui.shell_fixtures import charted, sample_scores, with_changes


@pytest.fixture
def chart(qtbot):  # type: ignore[no-untyped-def]
    widget = RadarChart()
    qtbot.addWidget(widget)
    widget.resize(640, 520)
    widget.show()
    widget.set_scores(sample_scores(0))
    return widget


def test_one_axis_label_per_section_and_all_groups_drawn(chart: RadarChart) -> None:
    axes = charted(sample_scores(0))
    titles = [label.split("\n(")[0].replace("\n", " ") for label in chart.axis_labels()]
    assert titles == [a.title for a in axes]
    for key in ("technology_area", "excellence"):
        # closed polygon: one vertex per axis plus the first one again
        assert len(chart.series_points(key)) == len(axes) + 1
        assert chart.series_closed(key)


def test_a_section_without_a_score_breaks_the_outline_and_says_not_scored(
    chart: RadarChart,
) -> None:
    axes = charted(sample_scores(0))
    assert axes[-1].score is None
    assert not chart.series_closed("cluster")
    points = chart.series_points("cluster")
    # Segments between scored neighbours only: never a vertex at the centre for "none".
    assert len(points) == 2 * (len(axes) - 2)
    assert all(math.hypot(x, y) > 0.2 for x, y in points)
    assert chart.axis_labels()[-1].endswith("(not scored)")
    assert "not scored" in chart.axis_tooltip(len(axes) - 1)
    assert axes[-1].id not in [axis for axis, _filled in chart.dots()]


def test_a_partly_answered_section_gets_an_open_dot_and_its_coverage(chart: RadarChart) -> None:
    axes = charted(sample_scores(0))
    partial = axes[1]
    coverage = partial.coverage
    assert coverage.partial
    dots = dict(chart.dots())
    assert dots[partial.id] is False
    assert dots[axes[0].id] is True
    expected = f"({coverage.answered} of {coverage.indicators} answered)"
    assert chart.axis_labels()[1].endswith(expected)
    assert f"over {coverage.answered} of {coverage.indicators} indicators" in chart.axis_tooltip(1)
    assert any("Open dot" in text for text in chart.legend_labels())


def test_new_scores_move_the_cluster_polygon(chart: RadarChart) -> None:
    before = chart.series_points("cluster")
    chart.set_scores(sample_scores(2))
    after = chart.series_points("cluster")
    assert before != after
    # The first axis points straight up, so its vertex height is the score / 100.
    assert after[0][0] == pytest.approx(0.0, abs=1e-9)
    assert after[0][1] == pytest.approx((charted(sample_scores(2))[0].score or 0) / 100)


def test_group_too_small_is_omitted_and_noted_in_legend(chart: RadarChart) -> None:
    chart.set_scores(sample_scores(0, excellence_shown=False))
    assert chart.series_points("excellence") == []
    assert chart.series_points("technology_area")
    notes = [text for text in chart.legend_labels() if "too small to show" in text]
    assert len(notes) == 1
    assert "Gold-labelled clusters" in notes[0]


def test_caption_says_peer_data_is_synthetic(chart: RadarChart) -> None:
    assert "SYNTHETIC" in chart.caption_text()
    assert "0" * 64 in chart.key.caption.toolTip()  # the reference set's hash
    chart.set_scores(with_changes(sample_scores(0), reference=None))
    assert "SYNTHETIC" not in chart.caption_text()
    assert "No reference data" in chart.caption_text()


def test_hovering_near_a_spoke_tells_value_and_percentiles(chart: RadarChart) -> None:
    axes = charted(sample_scores(0))
    count = len(axes)
    angle = math.pi / 2 - 2 * math.pi * 2 / count
    index = chart.axis_at(0.6 * math.cos(angle), 0.6 * math.sin(angle))
    assert index == 2
    text = chart.axis_tooltip(index)
    assert axes[2].title in text
    assert f"{axes[2].score:.0f} / 100" in text
    assert "ICT: percentile" in text
    assert chart.axis_at(0.0, 0.0) is None  # the centre belongs to no axis


def test_hidden_group_tooltip_never_gives_a_number(chart: RadarChart) -> None:
    chart.set_scores(sample_scores(0, excellence_shown=False))
    text = chart.axis_tooltip(0)
    assert "Gold-labelled clusters: group too small to show" in text


def test_an_outline_is_closed_only_when_every_axis_has_a_value() -> None:
    closed = outline([50.0, 20.0, 100.0])
    assert closed.closed
    assert (closed.xs[0], closed.ys[0]) == (closed.xs[-1], closed.ys[-1])
    broken = outline([50.0, None, 100.0, 80.0])
    assert not broken.closed
    # 100 -> 80 and 80 -> 50: two segments, none through the unscored axis.
    assert len(broken.xs) == 4
    assert all(math.hypot(x, y) > 0.4 for x, y in zip(broken.xs, broken.ys, strict=True))


def test_export_png_writes_a_picture(chart: RadarChart, tmp_path: Path) -> None:
    target = chart.export_png(tmp_path / "radar.png")
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5_000


def test_export_svg_writes_a_drawing_with_the_labels(chart: RadarChart, tmp_path: Path) -> None:
    target = chart.export_svg(tmp_path / "radar.svg")
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg")
    text = target.read_text(encoding="utf-8")
    assert "Structure of the" in text
    assert "SYNTHETIC" in text


def test_save_chart_picks_the_format_from_the_name(chart: RadarChart, tmp_path: Path) -> None:
    assert chart.save_button.menu() is not None
    assert len(chart.save_button.menu().actions()) == 2
    svg = chart.save_chart(tmp_path / "chart.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    png = chart.save_chart(tmp_path / "chart.PNG")
    assert png.read_bytes()[:4] == b"\x89PNG"
    other = chart.save_chart(tmp_path / "chart.txt")
    assert other.suffix == ".png"
    assert other.read_bytes()[:4] == b"\x89PNG"


GERMAN_TITLES = (
    "Struktur des Clusters",
    "Clustermanagement und Governance",
    "Finanzierung des Clustermanagements",
    "Strategie und Dienstleistungen",
    "Kontakte und Interaktion im Cluster",
    "Erfolge und Anerkennung",
    "Megatrends",
)


@pytest.mark.parametrize(
    ("width", "height", "german"),
    [(460, 384, False), (500, 384, True), (520, 600, True), (600, 380, True), (900, 420, True)],
)
def test_axis_labels_stay_inside_the_plot_clear_of_the_key_and_of_each_other(
    qtbot, width: int, height: int, german: bool
) -> None:  # type: ignore[no-untyped-def]
    scores = sample_scores(0)
    if german:
        titles = iter(GERMAN_TITLES)
        sections = tuple(
            replace(s, title=next(titles, s.title)) if s.chart_axis else s for s in scores.sections
        )
        scores = with_changes(scores, sections=sections)
    widget = RadarChart()
    qtbot.addWidget(widget)
    widget.set_scores(scores)
    # As tall as the scores dock leaves it on a 1366 x 768 screen: less than its size hint.
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    plot = widget.findChild(pg.GraphicsView)
    assert plot is not None
    qtbot.waitUntil(lambda: widget.height() == height)
    qtbot.wait(100)  # the plot's scene follows its new size
    rects = widget.label_rects()
    assert len(rects) == len(charted(scores))
    assert not plot.geometry().intersects(widget.key.geometry())
    assert plot.height() >= 200
    for rect in rects:
        assert plot.geometry().contains(rect), (rect, plot.geometry())
        assert not rect.intersects(widget.key.geometry())
    for index, rect in enumerate(rects):
        for other in rects[index + 1 :]:
            assert not rect.intersects(other), (rect, other)


def test_only_the_series_that_changed_are_drawn_again(chart: RadarChart) -> None:
    """An answer changes the cluster's scores, not the peers': their outlines stay as drawn
    (the same arrays), the cluster's moves, and the open dots follow a palette change."""
    from PySide6.QtGui import QColor, QPalette

    from app.ui.radar_geometry import SERIES_STYLES

    peers_drawn = chart._series["technology_area"].getData()[0]
    cluster_drawn = chart._series["cluster"].getData()[0]
    moved = with_changes(sample_scores(0), sections=sample_scores(1).sections)
    chart.set_scores(moved)
    assert chart._series["technology_area"].getData()[0] is peers_drawn
    assert chart._series["cluster"].getData()[0] is not cluster_drawn
    expected = outline([s.score for s in charted(moved)])
    assert chart.series_points("cluster") == list(zip(expected.xs, expected.ys, strict=True))
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    chart.setPalette(dark)
    cluster_colour = QColor(SERIES_STYLES["cluster"].colour)
    open_dots = [p for p in chart._dots.item.points() if p.brush().color() != cluster_colour]
    assert open_dots
    assert {p.brush().color().name() for p in open_dots} == {"#1e1e1e"}
