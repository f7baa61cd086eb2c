"""The command line and the windows share one core.

The same action through a verb and through a window leaves the same store (rows and
events, with the same actor); ``score``, ``report``, ``export`` and the interview window
compare with the same reference set; an answer reads the same everywhere; the supervisor
window shows only the bytes it verified. Everything here is fictional.
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import shutil
import sqlite3
import struct
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import run
from app.export.export_interview import export_interview
from app.export.keys import TrustedKey, TrustedKeys, default_trusted_keys_path, save_trusted_keys
from app.export.prefill import QUESTIONNAIRE_SHEET
from app.models import Store, open_store
from app.models import repository as repo
from app.paths import CONFIG_DIR_ENV, DATA_DIR_ENV, default_reference_path
from app.scoring.calibration import compare_item
from app.scoring.engine import answer_text
from app.scoring.pack import Pack
from app.services.interviews import finalise_readiness
from app.services.review import open_for_review, sign_decision
from app.settings import settings
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow
from app.ui.new_interview_dialog import NewInterviewDialog
from app.ui.prefill_dialog import PrefillImportDialog
from app.ui.reference_menu import import_reference_file
from app.ui.report_dialog import ReportDialog
from app.ui.supervisor.window import SupervisorWindow
from tests.export.bundle_fixtures import (
    ANSWERS,
    PASSPHRASE,
    SUPERVISOR_PASSPHRASE,
    expert_material,
    install_key,
    stranger_material,
    supervisor_material,
)

EXPERT = "Erika Example (fictional)"
CLUSTER = "Fjordline Robotics Cluster (fictional)"
#: Columns that differ between two stores even when the same things were done.
VOLATILE = {
    "uuid",
    "interview_uuid",
    "created_at",
    "updated_at",
    "saved_at",
    "at",
    "added_at",
    "imported_at",
    "started_at",
    "finalised_at",
    "detail",
    "current_item_id",
    "recorded_at",
}
STORIES = "achievements.success_stories"
SINCE = "2020-01-01"
SHOWN_ANSWERS: dict[str, Any] = {
    "eligibility.member_types": [],
    "management.staff_fte": 3.5,
    "financing.total_budget": 640000.0,
    STORIES: [{"title": "Shared clean room (fictional)", "partners": "Two fictional SMEs"}],
}


# --- helpers -----------------------------------------------------------------------------


def use_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Make ``folder`` the data (and config) folder from now on."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv(DATA_DIR_ENV, str(folder / "data"))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(folder / "config"))
    settings().expert_name = EXPERT
    return folder / "data"


def snapshot(store_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows without the columns that name a moment or a random id."""
    with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            keep = [n for n, name in enumerate(names) if name not in VOLATILE]
            result[table] = sorted(
                (tuple(row[n] for n in keep) for row in cursor.fetchall()), key=repr
            )
        return result


def events(store_path: Path) -> list[tuple[str, str, str]]:
    """(kind, item, actor) of every event, in order."""
    with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True) as connection:
        return list(connection.execute("SELECT kind, item_id, actor FROM events ORDER BY id"))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def fictional_reference_file(folder: Path) -> Path:
    """The shipped synthetic set under another id: an 'imported' set for the tests."""
    document = json.loads(default_reference_path().read_text(encoding="utf-8"))
    document.update(id="fictional-esca-set", version="2026.1", title="Fictional test set")
    document["synthetic"] = False
    path = folder / "fictional-esca-set.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def new_interview(store: Store, pack: Pack, answers: dict[str, Any]) -> int:
    cluster = repo.create_cluster(store, name=CLUSTER, country="NO", technology_area="ICT")
    interview_id = repo.create_interview(
        store, cluster_id=cluster, pack=pack, mode="on_site", expert=EXPERT, actor=EXPERT
    )
    for item_id, value in answers.items():
        repo.save_answer(store, pack, interview_id, item_id, value, actor=EXPERT)
    return interview_id


def open_interview(qtbot: Any, store: Store, interview_id: int) -> InterviewWindow:
    window = InterviewWindow(store, interview_id, None)
    qtbot.addWidget(window)
    window.show()
    return window


# --- one reference set everywhere --------------------------------------------------------------


def test_score_report_export_and_the_window_compare_with_the_set_in_use(
    qtbot: Any,
    data_dir: Path,
    tmp_path: Path,
    default_pack: Pack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["reference", "import", str(fictional_reference_file(tmp_path))]) == 0
    capsys.readouterr()
    assert run(["reference", "show", "--json"]) == 0
    sha = json.loads(capsys.readouterr().out)["sha256"]
    assert sha != ""
    with open_store() as store:
        interview_id = new_interview(store, default_pack, dict(ANSWERS))

    # 1. score
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(
        json.dumps({"pack": default_pack.ref, "answers": dict(ANSWERS)}), encoding="utf-8"
    )
    assert run(["score", str(answers_file)]) == 0
    assert json.loads(capsys.readouterr().out)["reference"]["sha256"] == sha
    # 2. report
    pdf = tmp_path / "report.pdf"
    assert run(["report", str(interview_id), "--out", str(pdf)]) == 0
    capsys.readouterr()
    text = pdf_text(pdf).replace("\n", "")
    assert sha in text
    assert "synthetic reference set" not in text
    # 3. export
    install_key(expert_material(), data_dir)
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "out"
    code = run(
        [
            "export",
            str(interview_id),
            "--out",
            str(out),
            "--passphrase-file",
            str(passphrase),
            "--draft",
        ]
    )
    assert code == 0
    bundle = Path(capsys.readouterr().out.strip())
    with zipfile.ZipFile(bundle) as archive:
        bundled = json.loads(archive.read("data/scores.json"))
        assert bundled["reference"]["sha256"] == sha
    # 4. the interview window, and its report
    with open_store() as store:
        home = MainWindow(store)  # opens interviews with the reference set in use
        qtbot.addWidget(home)
        window = home.open_interview(interview_id)  # the home window owns it
        assert window is not None
        in_use = window.scores().reference
        assert in_use is not None
        assert in_use["sha256"] == sha
        assert sha in window.scores_dock.score_panel.peer_summary.text()
        dialog = ReportDialog(store, interview_id, window)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.report_ready, timeout=60000) as ready:
            dialog.start()
        assert sha in pdf_text(ready.args[0]).replace("\n", "")
        window.close()


def test_the_windows_import_and_choose_the_set_as_the_verbs_do(
    qtbot: Any,
    store: Store,
    interview_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = MainWindow(store)
    qtbot.addWidget(home)
    window = home.open_interview(interview_id)  # the home window owns it
    assert window is not None
    synthetic = window.scores().reference
    assert synthetic is not None
    assert synthetic["synthetic"] is True

    imported = import_reference_file(window, fictional_reference_file(tmp_path))
    assert imported is not None
    window.reference_changed.emit()  # what the interview window's menu action does next
    reference = window.scores().reference
    assert reference is not None
    assert (reference["id"], reference["synthetic"]) == ("fictional-esca-set", False)
    assert run(["reference", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sha256"] == reference["sha256"]

    # Choosing the shipped set in the home window's menu: every window follows, and so
    # does the command line.
    home.reference_menu.rebuild()
    shipped = next(a for a in home.reference_menu.actions() if a.text().startswith("Synthetic"))
    shipped.trigger()
    assert window.scores().reference == synthetic
    assert run(["reference", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sha256"] == synthetic["sha256"]
    window.close()


# --- the same action, the same store ------------------------------------------------------


def _workbook(store: Store, interview_id: int, folder: Path) -> Path:
    from app.export.prefill import export_interview_workbook

    path = export_interview_workbook(store, interview_id, folder / "filled.xlsx")
    workbook = load_workbook(path)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    rows = {str(sheet[f"A{r}"].value): r for r in range(2, sheet.max_row + 1)}
    for item_id, value in {"eligibility.eccp_listed": "yes", "structure.sme_share": 61}.items():
        sheet[f"E{rows[item_id]}"] = value
    workbook.save(path)
    return path


def test_interview_prefill_finalise_and_reopen_leave_the_same_store_either_way(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Through the command line.
    cli = use_folder(monkeypatch, tmp_path / "cli")
    new = ["interviews", "new", "--cluster", CLUSTER, "--country", "NO", "--area", "ICT"]
    assert run([*new, "--expert", "   "]) == 2
    refused_by_verb = capsys.readouterr().err
    assert run([*new, "--expert", EXPERT]) == 0
    interview_id = int(capsys.readouterr().out)
    with open_store() as store:
        workbook = _workbook(store, interview_id, tmp_path / "cli")
    assert run(["prefill", "import", str(interview_id), str(workbook)]) == 0
    assert run(["interviews", "finalise", str(interview_id)]) == 2
    assert run(["interviews", "finalise", str(interview_id), "--anyway"]) == 0
    assert run(["interviews", "reopen", str(interview_id), "--reason", "A typo (fictional)"]) == 0
    capsys.readouterr()

    # Through the windows.
    gui = use_folder(monkeypatch, tmp_path / "gui")
    with open_store() as store:
        dialog = NewInterviewDialog(store)
        qtbot.addWidget(dialog)
        dialog.new_radio.setChecked(True)
        dialog.name_edit.setText(CLUSTER)
        dialog.country_choice.setCurrentIndex(dialog.country_choice.findData("NO"))
        dialog.area_choice.setCurrentIndex(dialog.area_choice.findData("ICT"))
        dialog.mode_choice.setCurrentIndex(dialog.mode_choice.findData("on_site"))
        dialog.expert_edit.setText("   ")
        dialog.accept()
        assert dialog.created_interview_id is None
        assert "Enter the expert's name." in refused_by_verb
        assert dialog.error_label.text() == "Enter the expert's name."
        dialog.expert_edit.setText(EXPERT)
        dialog.accept()
        assert dialog.created_interview_id == interview_id
        workbook = _workbook(store, interview_id, tmp_path / "gui")
        prefill = PrefillImportDialog(store, interview_id)
        qtbot.addWidget(prefill)
        with qtbot.waitSignal(prefill.validated, timeout=20_000):
            prefill.load_workbook(workbook)
        with qtbot.waitSignal(prefill.imported, timeout=20_000):
            prefill.import_all()
        window = open_interview(qtbot, store, interview_id)
        window.close()  # opening and closing an interview logs its own events: not compared
        window.session.finalise()
        window.session.reopen("A typo (fictional)")

    cli_store, gui_store = cli / "clusterbench.sqlite3", gui / "clusterbench.sqlite3"
    cli_rows, gui_rows = snapshot(cli_store), snapshot(gui_store)
    for table in ("clusters", "interviews", "answers", "packs", "notes", "flags"):
        assert cli_rows[table] == gui_rows[table], table
    compared = ("created", "answer", "finalised", "reopened")
    cli_events = [e for e in events(cli_store) if e[0] in compared]
    gui_events = [e for e in events(gui_store) if e[0] in compared]
    assert cli_events == gui_events
    assert {actor for _kind, _item, actor in cli_events} == {EXPERT}


def test_improvement_areas_and_labels_leave_the_same_store_from_the_verbs_and_the_windows(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    default_pack: Pack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import date

    from app.scoring.labels import add_months
    from app.services.session import InterviewSession
    from app.ui.interview.improvements import ImprovementAreasDialog
    from app.ui.label_dialogs import RecordLabelDialog
    from tests.models.label_path_fixtures import IMPROVEMENTS, benchmarked_twice

    today = date.today()

    def second_benchmarking() -> int:
        with open_store() as store:
            return benchmarked_twice(
                store, default_pack, first=add_months(today, -20), second=today,
                improvements=False,
            )[1]  # fmt: skip

    # Through the command line (the second benchmarking reopened to add its areas).
    cli = use_folder(monkeypatch, tmp_path / "cli")
    second = second_benchmarking()
    assert run(["interviews", "reopen", str(second), "--reason", "Areas (fictional)"]) == 0
    assert run(["interviews", "improve", str(second), "--title", "x", "--evidence", "y",
                "--indicator", "management.legal_form"]) == 2  # fmt: skip
    refused_by_verb = capsys.readouterr().err
    for title, evidence, indicators in IMPROVEMENTS:
        flags = [arg for indicator in indicators for arg in ("--indicator", indicator)]
        improve = ["interviews", "improve", str(second), "--title", title, "--evidence", evidence]
        assert run([*improve, *flags]) == 0
    assert run(["interviews", "label", str(second), "--level", "silver"]) == 0
    capsys.readouterr()

    # Through the windows.
    gui = use_folder(monkeypatch, tmp_path / "gui")
    second = second_benchmarking()
    with open_store() as store:
        InterviewSession(store, second).reopen("Areas (fictional)")
        session = InterviewSession(store, second)
        dialog = ImprovementAreasDialog(session)
        qtbot.addWidget(dialog)
        dialog.title_edit.setText(" ")
        dialog.evidence_edit.setPlainText("y")
        assert not dialog.save()  # refused, nothing kept (as the verb refuses its bad one)
        for title, evidence, indicators in IMPROVEMENTS:
            dialog.start_new()
            dialog.title_edit.setText(title)
            dialog.evidence_edit.setPlainText(evidence)
            dialog.set_checked_indicators(indicators)
            assert dialog.save(), dialog.message.text()
        assert "not an indicator with a Gold threshold" in refused_by_verb
        labels = RecordLabelDialog(store, second)
        qtbot.addWidget(labels)
        labels.level_choice.setCurrentIndex(labels.level_choice.findData("silver"))
        labels.accept()
        assert labels.recorded is not None

    cli_store, gui_store = cli / "clusterbench.sqlite3", gui / "clusterbench.sqlite3"
    cli_rows, gui_rows = snapshot(cli_store), snapshot(gui_store)
    for table in ("clusters", "interviews", "improvement_areas", "label_results"):
        assert cli_rows[table] == gui_rows[table], table
    assert len(gui_rows["label_results"]) == 1
    compared = ("improvement_added", "label_recorded", "reopened")
    cli_events = [e for e in events(cli_store) if e[0] in compared]
    gui_events = [e for e in events(gui_store) if e[0] in compared]
    assert cli_events == gui_events
    assert [e[0] for e in cli_events] == ["reopened", *["improvement_added"] * 3, "label_recorded"]
    assert {actor for _kind, _item, actor in cli_events} == {EXPERT}
    assert {actor for _kind, _item, actor in gui_events} == {EXPERT}


def test_two_records_of_one_cluster_merge_alike_from_the_verb_and_the_window(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    default_pack: Pack,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.ui.label_dialogs import MergeClustersDialog

    def recorded_twice() -> tuple[int, int]:
        with open_store() as store:
            ids = []
            for name in (CLUSTER, "Fjordline Robotics e.V. (fictional)"):
                cluster = repo.create_cluster(
                    store, name=name, country="NO", technology_area="ICT", fictional=True
                )
                repo.create_interview(
                    store, cluster_id=cluster, pack=default_pack, mode="on_site",
                    expert=EXPERT, actor=EXPERT,
                )  # fmt: skip
                ids.append(cluster)
            return ids[0], ids[1]

    cli = use_folder(monkeypatch, tmp_path / "cli")
    keep, merged = recorded_twice()
    assert run(["clusters", "merge", str(keep), str(keep)]) == 2  # refused, nothing changed
    assert run(["clusters", "merge", str(keep), str(merged)]) == 0
    assert run(["clusters", "--json"]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("[") :])
    assert [c["name"] for c in listed] == [CLUSTER]

    gui = use_folder(monkeypatch, tmp_path / "gui")
    keep, merged = recorded_twice()
    with open_store() as store:
        dialog = MergeClustersDialog(store)
        qtbot.addWidget(dialog)
        dialog.keep_choice.setCurrentIndex(dialog.keep_choice.findData(keep))
        dialog.merge_choice.setCurrentIndex(dialog.merge_choice.findData(keep))
        dialog.accept()  # the same record twice: refused, as by the verb
        assert "cannot be merged with itself" in dialog.error_label.text()
        dialog.merge_choice.setCurrentIndex(dialog.merge_choice.findData(merged))
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted

    cli_store, gui_store = cli / "clusterbench.sqlite3", gui / "clusterbench.sqlite3"
    cli_rows, gui_rows = snapshot(cli_store), snapshot(gui_store)
    for table in ("clusters", "interviews"):
        assert cli_rows[table] == gui_rows[table], table
    assert len(cli_rows["clusters"]) == 1
    merges = [e for e in events(cli_store) if e[0] == "cluster_merged"]
    assert merges == [e for e in events(gui_store) if e[0] == "cluster_merged"]
    assert merges == [("cluster_merged", "", EXPERT)]


def test_a_decision_imported_by_the_verb_or_the_window_changes_the_store_alike(
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    default_pack: Pack,
) -> None:
    first = use_folder(monkeypatch, tmp_path / "first")
    install_key(expert_material(), first)
    with open_store() as store:
        interview_id = new_interview(store, default_pack, dict(ANSWERS))
        other_id = new_interview(store, default_pack, {})
        bundle = export_interview(
            store, interview_id, tmp_path / "out", passphrase=PASSPHRASE, allow_draft=True
        )
        trusted = save_trusted_keys(
            TrustedKeys(
                keys=(
                    TrustedKey("EXP-1 (fictional)", expert_material().info.public_key, SINCE),
                    TrustedKey("SUP-1 (fictional)", supervisor_material().info.public_key, SINCE),
                )
            ),
            default_trusted_keys_path(),
        )  # fmt: skip
        install_key(supervisor_material(), first)
        review = open_for_review(store, bundle, trusted_keys_path=trusted)
        decision = sign_decision(
            store,
            review,
            approve=False,
            supervisor="Sam Supervisor (fictional)",
            passphrase=SUPERVISOR_PASSPHRASE,
            out=tmp_path / "decision.json",
            comments={"structure.sme_share": "Please show the member list (fictional)."},
        )
    # The expert's store twice: one imports with the verb, one in the interview window.
    second = tmp_path / "second"
    shutil.copytree(tmp_path / "first", second)
    use_folder(monkeypatch, tmp_path / "first")
    assert run(["import-decision", str(decision)]) == 0
    use_folder(monkeypatch, second)
    with open_store() as store:
        other = open_interview(qtbot, store, other_id)
        assert not other.import_decision(decision)  # about another interview: refused
        assert other.message_box is not None
        assert "another interview" in other.message_box.text()
        other.close()
        window = open_interview(qtbot, store, interview_id)
        assert window.import_decision(decision)
        window.close()
    comparable = ("supervisor_comment", "reopened", "status")
    cli_events = [e for e in events(first / "clusterbench.sqlite3") if e[0] in comparable]
    gui_events = [e for e in events(second / "data" / "clusterbench.sqlite3") if e[0] in comparable]
    assert cli_events == gui_events
    assert {e[2] for e in cli_events if e[0] != "supervisor_comment"} == {EXPERT}
    cli_rows = snapshot(first / "clusterbench.sqlite3")
    gui_rows = snapshot(second / "data" / "clusterbench.sqlite3")
    for table in ("supervisor_comments", "answers"):
        assert cli_rows[table] == gui_rows[table], table
    # The interview itself (the other one was opened in a window, its clock ran).
    assert [r for r in cli_rows["interviews"] if r[0] == interview_id] == [
        r for r in gui_rows["interviews"] if r[0] == interview_id
    ]


# --- finalising: one rule ------------------------------------------------------------------


def test_the_review_lists_what_the_service_and_the_verb_find_open(
    qtbot: Any, store: Store, interview_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.set_flag(store, interview_id, "structure.sme_share", "follow_up", True, actor=EXPERT)
    window = open_interview(qtbot, store, interview_id)
    review = window.open_finalise_review()
    assert review is not None
    readiness = finalise_readiness(store, interview_id)
    assert [p.item_id for p in review.model.points] == [p.item_id for p in readiness.points]
    review.reject()
    window.close()
    store.close()
    assert run(["interviews", "finalise", str(interview_id)]) == 2
    listed = [line.split()[2] for line in capsys.readouterr().err.splitlines() if "open:" in line]
    assert listed == [p.item_id for p in readiness.points]


# --- an answer reads the same everywhere ----------------------------------------------------


def test_an_answer_reads_the_same_in_every_window_and_file(
    qtbot: Any, data_dir: Path, default_pack: Pack, tmp_path: Path
) -> None:
    install_key(expert_material(), data_dir)
    expected = {
        item_id: answer_text(default_pack.item(item_id), value)
        for item_id, value in SHOWN_ANSWERS.items()
    }
    assert expected[STORIES] == (
        "1. Title: Shared clean room (fictional) \u00b7 Partners involved: Two fictional SMEs"
    )
    with open_store() as store:
        interview_id = new_interview(store, default_pack, SHOWN_ANSWERS)
        window = open_interview(qtbot, store, interview_id)
        share = window.toggle_share_view()
        for item_id, text in expected.items():
            assert window.go_to_item(item_id)
            assert share.answer.text() == text, item_id
        share.close()
        window.close()
        bundle = export_interview(
            store, interview_id, tmp_path / "out", passphrase=PASSPHRASE, allow_draft=True
        )
        with zipfile.ZipFile(bundle) as archive:
            report = tmp_path / "report.pdf"
            report.write_bytes(archive.read("data/report.pdf"))
        appendix = " ".join(pdf_text(report).split())
        trusted = save_trusted_keys(
            TrustedKeys(
                keys=(
                    TrustedKey(
                        "EXP-1 (fictional)", expert_material().info.public_key, "2020-01-01"
                    ),
                )
            ),  # noqa: E501
            tmp_path / "trusted.json",
        )
        supervisor = SupervisorWindow(store, trusted)
        qtbot.addWidget(supervisor)
        with qtbot.waitSignal(supervisor.verification_finished, timeout=30000):
            supervisor.open_bundle(bundle)
        assert supervisor.is_verified()
        for item_id, text in expected.items():
            assert supervisor.select_item(item_id)
            assert supervisor.answers_tab.answer_label.text() == text, item_id
            for line in text.splitlines():
                assert " ".join(line.split()) in appendix, item_id
            if SHOWN_ANSWERS[item_id]:  # the calibration counts an empty list as unanswered
                compared = compare_item(default_pack.item(item_id), SHOWN_ANSWERS[item_id], None)
                assert compared.trainee_text == text, item_id
        supervisor.close()


# --- the supervisor shows what it verified, and nothing else --------------------------------


IN_OPEN = 0x20  # inotify: a file in the watched folder was opened
IN_CLOSE_NOWRITE = 0x10  # ... and closed again without writing


class _ChangingFile:
    """A bundle file that is swapped for ``then`` once it has been read ``reads`` times, as an
    attacker could do between the verifier's reads and a later one. Reads are counted with
    inotify on the folder; the swap replaces the file (a new inode) under the same name."""

    def __init__(self, path: Path, first: bytes, then: bytes, reads: int) -> None:
        self.path = path
        self.then = then
        self.reads = reads
        self.openings = 0
        self.closings = 0
        self.swapped = threading.Event()
        path.write_bytes(first)
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._inotify = self._libc.inotify_init()
        assert self._inotify >= 0
        folder = bytes(path.parent)
        assert self._libc.inotify_add_watch(self._inotify, folder, IN_OPEN | IN_CLOSE_NOWRITE) >= 0
        self._stop = False
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop:
            ready, _, _ = select.select([self._inotify], [], [], 0.2)
            if not ready:
                continue
            data = os.read(self._inotify, 4096)
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + length].rstrip(b"\0").decode()
                offset += 16 + length
                if name != self.path.name:
                    continue
                if mask & IN_OPEN:
                    self.openings += 1
                if mask & IN_CLOSE_NOWRITE:
                    self.closings += 1
                    if self.closings == self.reads and not self.swapped.is_set():
                        swap = self.path.with_name("swap.tmp")
                        swap.write_bytes(self.then)
                        os.replace(swap, self.path)
                        self.swapped.set()

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=10)
        os.close(self._inotify)


@pytest.fixture
def changing_bundle(
    store: Store, data_dir: Path, default_pack: Pack, tmp_path: Path
) -> Iterator[tuple[_ChangingFile, bytes, Path]]:
    """Bundle A (the enrolled expert's) for the verifier's reads, then bundle B (a stranger's,
    another cluster) for any later read."""
    install_key(expert_material(), data_dir)
    first = export_interview(
        store, new_interview(store, default_pack, dict(ANSWERS)), tmp_path / "a",
        passphrase=PASSPHRASE, allow_draft=True,
    )  # fmt: skip
    install_key(stranger_material(), data_dir)
    cluster = repo.create_cluster(
        store, name="Swapped-In Cluster (fictional)", country="AT", technology_area="ICT"
    )
    other = repo.create_interview(
        store, cluster_id=cluster, pack=default_pack, mode="on_site", expert="Mallory",
        actor="Mallory",
    )  # fmt: skip
    second = export_interview(
        store,
        other,
        tmp_path / "b",
        passphrase="a stranger's fictional passphrase",
        allow_draft=True,
    )
    trusted = save_trusted_keys(
        TrustedKeys(
            keys=(TrustedKey("EXP-1 (fictional)", expert_material().info.public_key, "2020-01-01"),)
        ),  # noqa: E501
        tmp_path / "trusted.json",
    )
    # The verifier opens the file twice: for its first bytes (is it encrypted?), then to read
    # all of it. Right after that the file becomes bundle B: any later read would get it.
    folder = tmp_path / "incoming"
    folder.mkdir()
    changing = _ChangingFile(folder / "bundle.zip", first.read_bytes(), second.read_bytes(), 2)
    try:
        yield changing, first.read_bytes(), trusted
    finally:
        changing.close()


def test_the_supervisor_window_shows_only_the_bytes_it_verified(
    qtbot: Any, store: Store, changing_bundle: tuple[_ChangingFile, bytes, Path], tmp_path: Path
) -> None:
    changing, verified_bytes, trusted = changing_bundle
    window = SupervisorWindow(store, trusted)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.verification_finished, timeout=30000):
        window.open_bundle(changing.path)
    assert changing.swapped.wait(10)  # the file on disk is now the stranger's bundle
    assert window.is_verified(), window.verdict.verdict_detail.text()
    assert window.verdict.verdict_label.text().startswith("\u2713 Verified")
    assert CLUSTER in window.verdict.title_label.text()
    assert "Swapped-In" not in window.verdict.title_label.text()
    assert window.select_item("structure.participants_total")
    assert window.answers_tab.answer_label.text() == "112 participants"
    saved = window.save_report_pdf(tmp_path / "saved.pdf")
    assert saved is not None
    (tmp_path / "verified.zip").write_bytes(verified_bytes)
    with zipfile.ZipFile(tmp_path / "verified.zip") as archive:
        assert saved.read_bytes() == archive.read("data/report.pdf")
    # The file was read once for its first bytes and once whole; the swap came too late.
    assert changing.openings == 2
    window.close()
