"""The interface in German and back in English, with the shipped translation files."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.models import Store, open_store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import Pack, parse_pack
from app.scoring.peers import GROUP_LABELS
from app.scoring.reference import default_reference
from app.scoring.taxonomy import COUNTRIES, TECHNOLOGY_AREAS
from app.settings import settings
from app.ui.editors import LineAnswerEditor
from app.ui.home_model import COLUMNS
from app.ui.i18n import TRANSLATIONS_DIR, install_translator, translation_file
from app.ui.interview.window import InterviewWindow
from app.ui.main_window import MainWindow
from app.ui.new_interview_dialog import NewInterviewDialog
from app.ui.settings import SettingsDialog
from app.ui.vocabulary import country_name, peer_group_name, technology_area_name

TS_FILE = TRANSLATIONS_DIR / "clusterbench_de.ts"
#: An item whose label the shipped pack gives in German, and one a test pack leaves English.
GERMAN_ITEM = "eligibility.eccp_listed"
ENGLISH_ONLY_ITEM = "structure.participants_total"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
UPDATE_HINT = (
    "English text in the German interface: run scripts/update_translations.sh and translate "
    "what it lists as unfinished in resources/translations/clusterbench_de.ts"
)


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translated_sources() -> set[str]:
    """English texts whose German translation differs (so they must never show in German)."""
    found = set()
    for _context, message in _messages():
        source = message.findtext("source", "")
        translation = message.findtext("translation", "")
        if translation and translation != source:
            found.add(source)
    return found


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir / "clusterbench.sqlite3", backup=False)
    yield opened
    opened.close()


@pytest.fixture
def interview_id(store: Store, default_pack: Pack) -> int:
    cluster_id = repo.create_cluster(
        store,
        name="Rheinau Photonics Cluster (fictional)",
        country="DE",
        technology_area="ICT",
        fictional=True,
    )
    return repo.create_interview(
        store,
        cluster_id=cluster_id,
        pack=default_pack,
        mode="on_site",
        expert="Erika Example",
        actor="Erika Example",
    )


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Choose a language as the settings dialog does, then start as the application does."""
    saved_locale = QLocale()

    def choose(code: str) -> None:
        settings().language = code
        settings().sync()
        install_translator(settings().language)

    yield choose
    install_translator("en")
    QLocale.setDefault(saved_locale)


def _main_window(qtbot: Any, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _interview_window(qtbot: Any, store: Store, interview_id: int) -> InterviewWindow:
    window = InterviewWindow(store, interview_id, default_reference())
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_titles(window: QMainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def _model_texts(model: QAbstractItemModel) -> set[str]:
    """Headers and the first rows of a list, table or tree (top level)."""
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a QAbstractListModel hides columnCount
        columns = 1
    texts = {str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)}
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            index = model.index(row, column, root)
            texts.update(
                (str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            )
    return texts


def _visible_texts(window: QWidget) -> set[str]:
    """Every text a person sees or hears (screen reader) in ``window``."""
    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        texts.update((widget.accessibleName(), widget.toolTip(), widget.windowTitle()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.add(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.update(_model_texts(widget.model()))
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    texts.discard("")
    return texts


def test_every_message_is_translated_with_its_placeholders_and_one_accelerator() -> None:
    messages = _messages()
    assert len(messages) > 300
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages
        if message.find("translation[@type='unfinished']") is not None
    ]
    assert unfinished == []
    for context, message in messages:
        source = message.findtext("source", "")
        translation = message.findtext("translation", "")
        where = f"{context}: {source!r}"
        assert translation.strip(), where
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            where
        )
        assert (_mnemonic(source) is None) == (_mnemonic(translation) is None), where


def test_compiled_file_matches_the_translation_source(tmp_path: Path) -> None:
    package = Path(PySide6.__file__).parent
    lrelease = next(
        path
        for path in (package / "lrelease", package / "Qt" / "libexec" / "lrelease")
        if path.exists()
    )
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TS_FILE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == translation_file("de").read_bytes(), (
        "clusterbench_de.qm is out of date: run scripts/update_translations.sh"
    )


def test_home_window_is_german_then_english_again(
    qtbot: Any, store: Store, interview_id: int, language: Any
) -> None:
    language("de")
    german = _main_window(qtbot, store)
    assert _menu_titles(german)[0] == "Datei"
    assert _menu_titles(german)[-1] == "Hilfe"
    assert german.new_button.text() == "Neues Interview"
    assert german.search_edit.placeholderText() == "Cluster, Expert:in oder Land suchen"
    assert german.new_action.text() == "&Neues Interview\u2026"
    modes = [german.mode_filter.itemText(i) for i in range(german.mode_filter.count())]
    assert modes == ["Alle Interviewarten", "Vor Ort", "Videokonferenz", "Übung"]
    row = german.proxy.index(0, 0).row()
    cells = [german.proxy.index(row, c).data() for c in range(german.proxy.columnCount())]
    assert "Vor Ort" in cells
    assert "In Bearbeitung" in cells
    sources = _translated_sources()
    assert _visible_texts(german) & sources == set(), UPDATE_HINT
    german.close()

    language("en")
    english = _main_window(qtbot, store)
    assert _menu_titles(english)[0] == "File"
    assert _menu_titles(english)[-1] == "Help"
    assert english.new_button.text() == "New interview"
    assert english.new_action.text() == "&New interview\u2026"
    # The same check that found no English above finds it here.
    assert {"New interview", "&File", "All modes"} <= _visible_texts(english) & sources


def test_menu_accelerators_are_unique_in_german(
    qtbot: Any, store: Store, interview_id: int, language: Any
) -> None:
    language("de")
    windows: list[QMainWindow] = [
        _main_window(qtbot, store),
        _interview_window(qtbot, store, interview_id),
    ]
    for window in windows:
        menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
        bar = [m for m in bar if m]
        assert len(bar) == len(set(bar)), _menu_titles(window)
        for menu in menus:
            keys = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
            keys = [k for k in keys if k]
            assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]


def test_interview_shows_german_pack_texts_with_english_fallback(
    qtbot: Any, store: Store, default_pack: Pack, language: Any
) -> None:
    # A pack like the shipped one, but with one label left in English only.
    text = default_pack_path().read_text(encoding="utf-8")
    bilingual = (
        "label: {en: Total number of cluster participants, de: Gesamtzahl der Clusterteilnehmer}"
    )
    assert bilingual in text
    pack = parse_pack(text.replace(bilingual, "label: Total number of cluster participants"))
    assert "de" not in pack.item(ENGLISH_ONLY_ITEM).label.translations
    cluster_id = repo.create_cluster(
        store,
        name="Moseltal Wine Cluster (fictional)",
        country="DE",
        technology_area="Food (non-biotech)",
        fictional=True,
    )
    interview = repo.create_interview(
        store,
        cluster_id=cluster_id,
        pack=pack,
        mode="video_call",
        expert="Erika Example",
        actor="Erika Example",
    )

    language("de")
    window = _interview_window(qtbot, store, interview)
    assert window.language == "de"
    assert window.go_to_item(GERMAN_ITEM)
    german_item = pack.item(GERMAN_ITEM)
    assert window.item_pane.question_label.text() == german_item.label.get("de")
    assert window.item_pane.question_label.text() != german_item.label.get("en")
    assert window.item_pane.help_label.text().startswith(german_item.help.get("de")[:20])
    assert window.header.pause_button.text() == "Pause"
    assert window.header.share_button.text() == "Freigabeansicht"
    assert "Frage" in _menu_titles(window)
    first_section = window.navigator_dock.model.index(0, 0).data()
    assert first_section.startswith("Teilnahmevoraussetzungen")

    assert window.go_to_item(ENGLISH_ONLY_ITEM)
    assert window.item_pane.question_label.text() == "Total number of cluster participants"
    assert "Einheit: Teilnehmer" in window.item_pane.meta_label.text()  # the unit in German
    assert isinstance(window.item_pane.editor, LineAnswerEditor)
    assert window.item_pane.editor.unit_label.text() == "Teilnehmer"
    assert window.item_pane.help_label.text().startswith(
        pack.item(ENGLISH_ONLY_ITEM).help.get("de")[:20]
    )
    assert _visible_texts(window) & _translated_sources() == set(), UPDATE_HINT
    window.close()

    language("en")
    english = _interview_window(qtbot, store, interview)
    assert english.go_to_item(GERMAN_ITEM)
    assert english.item_pane.question_label.text() == german_item.label.get("en")
    assert english.header.share_button.text() == "Share view"
    assert {"Share view", "Next question"} <= _visible_texts(english) & _translated_sources()
    english.close()


def test_settings_dialog_says_when_the_language_changes(qtbot: Any, language: Any) -> None:
    language("de")
    dialog = SettingsDialog(settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.language_note.text() == (
        "Die neue Sprache gilt ab dem nächsten Start von ClusterBench; beim Speichern können "
        "Sie sofort neu starten."
    )
    modes = [dialog.default_mode.itemText(i) for i in range(dialog.default_mode.count())]
    assert modes == ["Vor Ort", "Videokonferenz", "Übung"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert settings().language == "en"


def test_german_interview_header_and_sources_fit_a_laptop_screen(
    qtbot: Any, store: Store, interview_id: int, default_pack: Pack, language: Any
) -> None:
    language("de")
    window = _interview_window(qtbot, store, interview_id)
    window.resize(1366, 740)
    assert window.go_to_item("eligibility.member_types")
    qtbot.wait(50)
    header = window.header
    title = header.title_label
    # One line whatever the name and area; the whole title stays readable in the tooltip.
    assert title.height() < 2 * title.fontMetrics().lineSpacing()
    assert title.toolTip() == title.full_text()
    assert "Rheinau Photonics Cluster (fictional)" in title.toolTip()
    assert "(fictional)" in title.text()  # a name cut short keeps its mark
    lines = header.progress_label.height() // header.progress_label.fontMetrics().lineSpacing()
    assert lines <= 2
    # The eligibility criteria's status words (a table of texts and colours) are German.
    shown = _visible_texts(window)
    assert "? Unbekannt" in shown
    assert not {"\u2713 Met", "? Unknown", "\u2013 No"} & shown
    # Source notes are shown in the interview's language.
    note = default_pack.item("eligibility.member_types").source_note
    assert note.get("de") != note.get("en")
    assert window.item_pane.source_label.text().endswith(note.get("de"))
    assert window.item_pane.source_label.text().startswith("Quelle: ")
    window.close()


def test_the_method_vocabularies_are_translated_once_and_read_alike_everywhere(
    qtbot: Any, store: Store, interview_id: int, default_pack: Pack, language: Any
) -> None:
    names = [*TECHNOLOGY_AREAS, *GROUP_LABELS, *COUNTRIES.values()]
    contexts: dict[str, list[str]] = {}
    for context, message in _messages():
        contexts.setdefault(message.findtext("source", ""), []).append(context)
    assert {name: contexts.get(name) for name in names} == {name: ["Vocabulary"] for name in names}

    language("de")
    assert (country_name("DE"), technology_area_name("ICT")) == ("Deutschland", "IKT")
    assert peer_group_name("All clusters") == "Alle Cluster"
    home = _main_window(qtbot, store)
    row = [home.proxy.index(0, column).data() for column in range(home.proxy.columnCount())]
    assert {"Deutschland", "IKT"} <= set(row)
    dialog = NewInterviewDialog(store)
    qtbot.addWidget(dialog)
    # Choices in German alphabetical order, "Österreich" among the O's (not after "Zypern").
    areas = [dialog.area_choice.itemText(i) for i in range(1, dialog.area_choice.count())]
    assert areas[:3] == ["Bauwesen", "Biotechnologie", "Energie und Umwelt"]
    assert areas.index("Lebensmittel (ohne Biotechnologie)") < areas.index("Luft- und Raumfahrt")
    countries = [dialog.country_choice.itemText(i) for i in range(dialog.country_choice.count())]
    assert countries.index("Norwegen") + 1 == countries.index("Österreich")
    assert countries.index("Österreich") + 1 == countries.index("Polen")
    window = _interview_window(qtbot, store, interview_id)
    assert window.header.title_label.full_text().endswith("\u00b7 IKT")
    window.close()
    home.close()
    # The home list sorts countries and areas as shown, in the language's order.
    for name, country, area in (
        ("Zeta (fictional)", "CY", "Aviation & space"),
        ("Alpha", "AT", "ICT"),
    ):
        cluster_id = repo.create_cluster(
            store, name=name, country=country, technology_area=area, fictional=True
        )
        repo.create_interview(
            store, cluster_id=cluster_id, pack=default_pack, mode="on_site", expert="E", actor="E"
        )
    home = _main_window(qtbot, store)

    def column_sorted(name: str) -> list[str]:
        column = COLUMNS.index(name)
        home.proxy.sort(column, Qt.SortOrder.AscendingOrder)
        return [home.proxy.index(row, column).data() for row in range(home.proxy.rowCount())]

    assert column_sorted("country") == ["Deutschland", "Österreich", "Zypern"]
    # By the German names ("Aviation & space" would come first in English).
    assert column_sorted("technology_area") == ["IKT", "IKT", "Luft- und Raumfahrt"]


def test_german_peer_table_leaves_the_indicators_their_room(
    qtbot: Any, store: Store, interview_id: int, language: Any
) -> None:
    """The peer groups' headers take two lines, so that in a laptop's score panel the
    indicators' names, not the three numbers, get the width."""
    language("de")
    window = _interview_window(qtbot, store, interview_id)
    window.resize(1366, 740)
    panel = window.scores_dock.score_panel
    panel.tabs.setCurrentIndex(panel.tabs.count() - 1)
    qtbot.wait(50)
    view, model = panel.percentile_view, panel.percentile_model
    header = view.horizontalHeader()
    titles = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(5)]
    assert titles[2:] == ["Technologie-\nfeld", "Exzellenz-\ngruppe", "Alle\nCluster"]
    metrics = header.fontMetrics()
    for column in (2, 3, 4):
        assert header.sectionSize(column) < metrics.horizontalAdvance(
            titles[column].replace("\n", "")
        )
    numbers = sum(header.sectionSize(column) for column in range(1, 5))
    assert header.sectionSize(0) > numbers / 2
    window.close()


def as_copied(text: str) -> str:
    """``text`` as a text box gives it back as plain text: no-break spaces become spaces."""
    return text.replace("\u00a0", " ")


def test_practice_cases_are_read_in_the_interface_language(
    qtbot: Any, store: Store, tmp_path: Path, language: Any
) -> None:
    from app.scoring.practice import load_practice_case, practice_case_by_id
    from app.ui.case_narrative import NarrativeView, NarrativeWindow, dock_narrative
    from app.ui.practice_window import PracticeWindow

    case = practice_case_by_id("valmora-food-valley")
    assert case.source is not None
    english_only = tmp_path / "english-only.yaml"
    text = case.source.read_text(encoding="utf-8")
    english_only.write_text(text.replace("  de: |", "  xx: |"), encoding="utf-8")
    untranslated = load_practice_case(english_only)
    assert "de" not in untranslated.narrative.translations

    def practice_window(*cases: Any) -> PracticeWindow:
        window = PracticeWindow(store, cases=list(cases))
        qtbot.addWidget(window)
        assert window.select_case(case.id)
        return window

    language("de")
    german = practice_window(case)
    shown = german.narrative.text.document().toRawText()  # as laid out: no-break spaces kept
    assert shown == case.narrative.get("de").replace("\n", "\u2029")
    assert "EUR\u00a095.000" in shown
    assert shown.startswith("FIKTIVER ÜBUNGSFALL. Valmora, das Netzwerk")
    assert f"Worauf zu achten ist: {case.level.get('de')}" in german.description_label.text()
    assert "Technologiefeld: Lebensmittel (ohne Biotechnologie)" in german.description_label.text()
    assert "Land: Sonstiges / fiktiv" in german.description_label.text()
    assert f"Referenz: {case.reference_expert.get('de')}" in german.description_label.text()
    tip = german.case_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(case.level.get("de"))
    assert "Lebensmittel (ohne Biotechnologie)" in tip
    alone = NarrativeWindow(case)
    qtbot.addWidget(alone)
    assert alone.view.text.toPlainText() == as_copied(case.narrative.get("de"))
    host = QMainWindow()
    qtbot.addWidget(host)
    docked = dock_narrative(host, case).widget()
    assert isinstance(docked, NarrativeView)
    assert docked.text.toPlainText() == as_copied(case.narrative.get("de"))
    # A case without German text is shown in English.
    fallback = practice_window(untranslated)
    assert fallback.narrative.text.toPlainText() == as_copied(case.narrative.get("en"))

    language("en")
    english = practice_window(case)
    assert english.narrative.text.toPlainText() == as_copied(case.narrative.get("en"))
    assert f"What to watch for: {case.level.get('en')}" in english.description_label.text()
    assert f"Reference: {case.reference_expert.get('en')}" in english.description_label.text()
    assert NarrativeView(case).text.toPlainText().startswith("FICTIONAL PRACTICE CASE.")


def test_every_source_note_of_the_public_pack_has_a_german_text(default_pack: Pack) -> None:
    notes = [
        (item.id, text)
        for item in default_pack.items
        for text in (item.source_note, item.scoring.source_note)
        if text.translations
    ]
    assert len(notes) >= 20
    assert [item_id for item_id, text in notes if "de" not in text.translations] == []


def test_store_error_details_are_shown_in_german(
    qtbot: Any, store: Store, data_dir: Path, language: Any
) -> None:
    import errno

    from app.fileio import describe_os_error
    from app.models.errors import StoreLockedError
    from app.services.store_problems import assess_store_error
    from app.ui.i18n import translated
    from app.ui.store_dialogs import StoreProblemDialog

    with pytest.raises(StoreLockedError) as locked:
        open_store(data_dir / "clusterbench.sqlite3", backup=False)  # the fixture holds it
    language("de")
    german = translated(locked.value.user_message)
    assert german.startswith("Die Interview-Datenbank ")
    assert "in einem anderen ClusterBench-Fenster geöffnet" in german
    assert str(data_dir / "clusterbench") in german  # the values are filled in as they are
    problem = assess_store_error(locked.value, data_dir / "clusterbench.sqlite3")
    dialog = StoreProblemDialog(problem)
    qtbot.addWidget(dialog)
    assert dialog.details.text() == f"Details: {german}"
    # A subject inside a sentence is translated too, in the case the sentence needs.
    denied = describe_os_error(PermissionError(errno.EACCES, "denied"), "/x", "The data folder")
    assert translated(denied).startswith("Der Datenordner /x kann nicht verwendet werden")
    full = describe_os_error(OSError(errno.ENOSPC, "full"), "/x", "The store")
    assert translated(full).startswith("Der Datenträger mit dem Datenspeicher /x ist voll.")
    assert str(full).startswith("The disk holding the store /x is full.")  # English as before
    language("en")
    assert translated(locked.value.user_message) == locked.value.user_message
