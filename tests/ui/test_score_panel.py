"""The score panel: eligibility, Gold gaps and peer percentiles from a score result."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.ui.score_panel import ScorePanel, hidden_group_tooltip
from tests.ui.shell_fixtures import sample_scores, with_changes


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    widget = ScorePanel()
    qtbot.addWidget(widget)
    widget.resize(640, 600)
    widget.show()
    return widget


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_empty_panel_says_there_are_no_scores(panel: ScorePanel) -> None:
    assert panel.eligibility_verdict.text() == "No scores yet"
    assert panel.criteria_model.rowCount() == 0


def test_shows_eligibility_criteria_with_status_and_reason(panel: ScorePanel) -> None:
    panel.set_scores(sample_scores(0))
    assert panel.eligibility_verdict.text().startswith("Incomplete")
    labels = [text.split("\n")[0] for text in _column(panel.criteria_model, 1)]
    assert "Listed on the ECCP" in labels
    assert "English-language website" in labels
    statuses = _column(panel.criteria_model, 0)
    # No programme recognition is an alternative path not taken, not a failure.
    assert "\u2013 No" in statuses
    assert "\u2717 Not met" not in statuses
    assert "? Unknown" in statuses
    reasons = [text.split("\n")[1] for text in _column(panel.criteria_model, 1)]
    assert "42 members (needs 15)." in reasons


def test_updates_when_new_scores_arrive(panel: ScorePanel) -> None:
    panel.set_scores(sample_scores(0))
    scores = sample_scores(1)
    eligibility = replace(
        scores.eligibility,
        status="eligible",
        criteria=tuple(replace(c, status="met") for c in scores.eligibility.criteria),
    )
    panel.set_scores(with_changes(scores, eligibility=eligibility))
    assert panel.eligibility_verdict.text() == "Eligible for a label"
    assert set(_column(panel.criteria_model, 0)) == {"\u2713 Met"}
    assert panel.silver_verdict.text() == "Silver pre-check: not passed."


def test_an_answer_that_leaves_the_criteria_as_they_were_leaves_their_table(
    panel: ScorePanel,
) -> None:
    panel.set_scores(sample_scores(0))
    resets: list[bool] = []
    panel.criteria_model.modelReset.connect(lambda: resets.append(True))
    panel.set_scores(sample_scores(1))  # other scores, the same eligibility criteria
    assert resets == []  # nothing repainted for an unchanged table
    scores = sample_scores(1)
    met = tuple(replace(c, status="met") for c in scores.eligibility.criteria)
    panel.set_scores(with_changes(scores, eligibility=replace(scores.eligibility, criteria=met)))
    assert resets == [True]
    assert set(_column(panel.criteria_model, 0)) == {"\u2713 Met"}


def test_gold_readiness_lists_the_next_indicators_first_with_their_gap(panel: ScorePanel) -> None:
    scores = sample_scores(0)
    panel.set_scores(scores)
    assert panel.gold_verdict.text() == "Not ready for Gold"
    assert panel.gold_page.share_bar.text().startswith("61.5 % at Gold")
    assert "indicators are answered" in panel.gold_share.text()
    first = panel.gap_model.record(0)
    assert first.id in scores.gold.next_indicators
    assert panel.gap_model.index(0, 0).data().startswith("\u25b6 ")
    assert panel.gap_model.index(0, 3).data() not in ("", "\u2014")  # the gap
    assert panel.gap_model.index(0, 4).data() == "\u2717 below"
    assert panel.gold_changes.text() == (
        "Meeting Gold on the 2 indicators marked \u25b6 would lift the share to 81.3 %."
    )


def test_the_gold_page_says_each_fact_once_and_splices_no_question(panel: ScorePanel) -> None:
    scores = sample_scores(0)
    panel.set_scores(scores)
    page = panel.gold_page
    texts = [
        page.verdict.text(),
        page.share.text(),
        page.minimums.text(),
        page.silver.text(),
        page.next_step.text(),
    ]
    # The share appears once, in one form (61.5), never also rounded to 62.
    joined = "\n".join([*texts, page.share_bar.text()])
    assert joined.count("61.5 %") == 1
    assert "62 %" not in joined
    assert page.share_bar.text().startswith("61.5 %")
    assert page.silver.text() == "Silver pre-check: passed."
    # No question text in any sentence: they are rows of the table only.
    labels = [i.label for i in scores.indicators]
    assert not any(label in text for label in labels for text in texts)
    # The table is never squeezed to a clipped row: the page scrolls instead.
    assert page.table.minimumHeight() >= 6 * page.table.fontMetrics().height()


def test_assumed_thresholds_are_marked(panel: ScorePanel) -> None:
    scores = sample_scores(0)
    first = scores.indicators[0]
    assumed = replace(
        first, threshold_source="assumption", gold_threshold=first.gold_threshold or 5
    )
    gold = replace(scores.gold, assumed_thresholds=(first.id,))
    panel.set_scores(with_changes(scores, indicators=(assumed, *scores.indicators[1:]), gold=gold))
    rows = {panel.gap_model.record(r).id: r for r in range(panel.gap_model.rowCount())}
    assert panel.gap_model.index(rows[first.id], 2).data().endswith(" *")
    assert panel.gold_page.assumptions.text().startswith("* 1 of the ")


def test_percentiles_per_group_and_dash_for_a_hidden_group(panel: ScorePanel) -> None:
    panel.set_scores(sample_scores(0, excellence_shown=False))
    model = panel.percentile_model
    assert model.rowCount() == len(sample_scores(0).peers.indicators)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Excellence\ngroup"
    assert set(_column(model, 3)) == {"\u2014"}
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == hidden_group_tooltip()
    assert "fewer than 5" in hidden_group_tooltip().lower()
    assert _column(model, 2)[0] == "30"  # technology-area percentile shown
    assert "SYNTHETIC" in panel.peer_summary.text()
    assert "SHA-256 " + "0" * 64 in panel.peer_summary.text()


def test_text_from_the_scores_is_plain(panel: ScorePanel) -> None:
    scores = sample_scores(0)
    eligibility = replace(scores.eligibility, explanation="<b>not bold</b>")
    panel.set_scores(with_changes(scores, eligibility=eligibility))
    assert panel.eligibility_explanation.textFormat() == Qt.TextFormat.PlainText
    assert panel.eligibility_explanation.text() == "<b>not bold</b>"


def test_models_pass_the_model_tester(panel: ScorePanel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    panel.set_scores(sample_scores(0))
    qtmodeltester.check(panel.criteria_model)
    qtmodeltester.check(panel.gap_model)
    qtmodeltester.check(panel.percentile_model)
    qtmodeltester.check(panel.sections_page.model)


def test_sections_say_what_their_scores_cover(panel: ScorePanel) -> None:
    scores = sample_scores(0)
    panel.set_scores(scores)
    model = panel.sections_page.model
    rows = {model.record(r).section.id: r for r in range(model.rowCount())}
    charted = [s for s in scores.sections if s.chart_axis]
    partial, unscored = charted[1], charted[-1]
    row = rows[partial.id]
    assert model.index(row, 1).data() == f"{partial.score:.0f} (partial)"
    assert model.index(row, 2).data() == (
        f"{partial.coverage.answered} of {partial.coverage.indicators} indicators"
    )
    assert "1 more are not answered" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows[unscored.id], 1).data() == "not scored"
    assert model.index(rows[charted[0].id], 1).data() == f"{charted[0].score:.0f}"
    # No previous benchmarking: no "Previous" and "Change" columns.
    assert panel.sections_page.table.isColumnHidden(3)


@pytest.mark.parametrize("width", [480, 620])
def test_the_indicator_column_keeps_its_room_in_a_narrow_dock(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    panel = ScorePanel()
    qtbot.addWidget(panel)
    panel.set_scores(sample_scores(0))
    panel.resize(width, 400)  # the scores dock on a 1366 x 768 screen
    panel.show()
    panel.tabs.setCurrentWidget(panel.gold_page)
    qtbot.waitExposed(panel)
    table = panel.gold_page.table
    qtbot.waitUntil(lambda: table.viewport().width() < width)
    qtbot.wait(50)
    header = table.horizontalHeader()
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert widths[0] >= table.viewport().width() // 4, widths
    assert sum(widths) <= table.viewport().width() + 1, widths  # no sideways scrolling
    for column, shown in enumerate(widths[1:], start=1):
        assert shown >= header.sectionSizeHint(column)  # every header readable


def test_figures_take_the_interface_languages_decimal_mark(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from app.ui.score_gold import format_number, share_text

    saved = QLocale()
    try:
        QLocale.setDefault(QLocale("de"))
        assert share_text(55.9) == "55,9"
        assert format_number(3.5) == "3,5"
        assert format_number(12500.5) == "12.500,5"
        assert format_number(2011) == "2011"  # years read as years
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert share_text(55.9) == "55.9"
        assert format_number(12500.5) == "12,500.5"
    finally:
        QLocale.setDefault(saved)
