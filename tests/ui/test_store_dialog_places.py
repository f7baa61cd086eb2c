"""The store dialog explains a store in the wrong place and moves nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.models import open_store
from app.models.errors import StorePathError
from app.models.store import STORE_FILE_NAME
from app.services.store_problems import ProblemKind, assess_store_error
from app.ui.store_dialogs import StoreProblemDialog
from tests.models.test_store_paths import PLACES


@pytest.mark.parametrize(
    "place", [name for name, (_setup, _fragments, needs) in PLACES.items() if not needs]
)
def test_the_store_dialog_explains_a_wrong_place_and_moves_nothing(
    place: str,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    setup, fragments, _needs = PLACES[place]
    data = tmp_path / "place" / "data"
    data.mkdir(parents=True)
    setup(data)
    before = sorted(p.name for p in data.parent.rglob("*"))
    path = data / STORE_FILE_NAME
    with pytest.raises(StorePathError) as raised:
        open_store(path)
    problem = assess_store_error(raised.value, path)
    assert problem.kind is ProblemKind.PATH
    assert problem.set_aside_path is None
    dialog = StoreProblemDialog(problem)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "The store cannot be used where it is"
    for fragment in fragments:
        assert fragment in dialog.details.text()
    assert not dialog.retry_button.isHidden()
    assert dialog.start_empty_button.isHidden()
    assert dialog.open_backup_button.isHidden()
    assert sorted(p.name for p in data.parent.rglob("*")) == before  # nothing moved
    shutil.rmtree(tmp_path / "place", ignore_errors=True)
