"""Tables of records: rows fit their wrapped text when shown, and a table on a tab behind
another is refilled without measuring its rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTabWidget

from app.ui.table_fit import FITTED_ROWS
from app.ui.widgets import AnyIndex, Column, RecordTableModel, read_only_table

LONG = " ".join(["a long reason that wraps over several lines"] * 4)


class CountingModel(RecordTableModel[str]):
    """Counts the cells the view asks for."""

    asked = 0

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        self.asked += 1
        return super().data(index, role)


def behind_a_tab(qtbot: Any, table: QTableView) -> QTabWidget:
    """``table`` on a tab behind another, shown."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("in front"), "Front")
    tabs.addTab(table, "Behind")
    tabs.resize(420, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def test_a_hidden_table_is_refilled_without_measuring_and_fits_when_shown(qtbot: Any) -> None:
    # One column, the stretched one: no column is sized to its contents, so every cell
    # asked for would be a row being measured.
    model = CountingModel([Column("Reason", lambda text: text)])
    table = read_only_table(model, "Reasons", 0, wrap=True)
    tabs = behind_a_tab(qtbot, table)
    for rows in (["short", LONG], [LONG, "short", LONG]):
        model.asked = 0
        model.set_rows(rows)
        QApplication.processEvents()
        assert model.asked == 0  # nobody sees it: nothing measured
    tabs.setCurrentIndex(1)
    one_line = table.fontMetrics().height()
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * one_line)
    assert model.asked > 0
    assert table.rowHeight(1) < 2 * one_line  # "short" keeps one line
    tabs.setCurrentIndex(0)
    model.asked = 0
    model.set_rows([LONG] * 3)
    QApplication.processEvents()
    assert model.asked == 0


class RowsAskedModel(RecordTableModel[int]):
    """Notes which rows the view asks about."""

    def __init__(self, columns: list[Column[int]]) -> None:
        super().__init__(columns)
        self.rows_asked: set[int] = set()

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        self.rows_asked.add(index.row())
        return super().data(index, role)


def test_a_long_table_measures_only_the_rows_near_the_view(qtbot: Any) -> None:
    # A review queue or outbox can grow long: fitting its columns must not make the view
    # ask about every row (Qt's default would measure 1,000 of them on every change).
    model = RowsAskedModel([Column("Bundle", str), Column("Size", lambda n: f"{n * n} bytes")])
    model.set_rows(range(5000))
    table = read_only_table(model, "Bundles", 0)
    qtbot.addWidget(table)
    table.resize(420, 300)
    table.show()
    qtbot.waitExposed(table)
    assert 0 in model.rows_asked
    assert len(model.rows_asked) <= FITTED_ROWS + 40  # and the rows in view
    widest_in_view = table.fontMetrics().horizontalAdvance(f"{FITTED_ROWS**2} bytes")
    assert table.columnWidth(1) >= widest_in_view  # fitted to the rows it measured

    model.rows_asked.clear()
    model.set_rows(range(5001))
    QApplication.processEvents()
    assert 0 < len(model.rows_asked) <= FITTED_ROWS + 40


def test_a_table_behind_another_tab_is_not_measured_until_it_is_shown(qtbot: Any) -> None:
    # The scores dock opens with four tables, three of them on tabs behind the first:
    # fitting their columns from the start had each measured over and over as the
    # interview window opened (some 5,000 questions to Python for nothing on screen).
    model = CountingModel(
        [Column("Indicator", str), Column("Value", lambda text: f"{len(text) * 1000:,}")]
    )
    model.set_rows([f"indicator {n}" for n in range(35)])
    table = read_only_table(model, "Indicators", 0)
    tabs = behind_a_tab(qtbot, table)
    QApplication.processEvents()
    assert model.asked == 0
    tabs.setCurrentIndex(1)
    widest = table.fontMetrics().horizontalAdvance("12,000")
    qtbot.waitUntil(lambda: table.columnWidth(1) >= widest)  # fitted once shown
    assert model.asked > 0
