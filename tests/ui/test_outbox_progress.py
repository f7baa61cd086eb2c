"""The outbox list follows a send as it goes: the state cell shows each step's progress and
the final state, in its colour, without the list being filled again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.models import Store
from app.models import outbox as box
from app.scoring.pack import Pack
from app.services.outbox import SendProgress, enqueue_bundle
from app.ui import palette
from app.ui.outbox_model import OutboxTableModel
from app.ui.widgets import OK_COLOUR
from tests.export.bundle_fixtures import expert_material, make_bundle

STATE = 2


def test_the_state_cell_follows_each_step_of_a_send(
    qtbot: Any, store: Store, default_pack: Pack, tmp_path: Path
) -> None:
    record = enqueue_bundle(store, make_bundle(tmp_path, expert_material().signing, default_pack))
    model = OutboxTableModel()
    model.set_entries(box.list_entries(store), {record.interview_uuid: "Alpine (fictional)"})
    assert model.index(0, 0).data() == "Alpine (fictional)"
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append(first.row()))

    def step(state: str, sent: int) -> None:
        model.show_progress(SendProgress(record.sha256, record.file_name, state, sent, 200))

    step("sending", 50)
    assert model.index(0, STATE).data() == "Sending\u2026 25 %"
    step("sending", 150)
    assert model.index(0, STATE).data() == "Sending\u2026 75 %"
    assert model.record(0).state == "sending"
    step("received", 200)
    assert model.record(0).state == "received"
    assert model.index(0, STATE).data() != "Sending\u2026 75 %"
    colour = model.index(0, STATE).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(colour) == palette.text_on_base(OK_COLOUR)
    assert changed == [0, 0, 0]  # one signal per step, no refill of the list
