"""The guided interview: one question at a time, every answer kept the moment it is given.

The window composes thin views over one ``InterviewSession``: the header, the navigator
dock, the current question (``ItemPane``) and the scores dock. The session holds the state
and the rules and announces changes; the window routes them to the views. Every action
has a key (F1 lists them, Ctrl+K finds any question, section or command). A compact
layout fits beside a video-call window; the share view shows the current question alone.
The report, bundle, decision, pre-fill and practice tools live in ``tools``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from app.models import Store
from app.scoring.engine import ScoreResult
from app.scoring.pack import AnswerValue
from app.scoring.reference import ReferenceSet
from app.services.session import InterviewSession
from app.settings import settings
from app.ui.command_palette import Command, CommandPalette, ShortcutSheet
from app.ui.editor_base import AnswerEditor
from app.ui.interview.actions import build_actions, palette_commands
from app.ui.interview.header import InterviewHeader
from app.ui.interview.item_pane import ItemPane
from app.ui.interview.layout import resize_for, size_docks, switch_layout, toggle_dock
from app.ui.interview.navigator import NavigatorDock
from app.ui.interview.score_dock import ScoreDock, score_summary_text
from app.ui.interview.tools import InterviewTools
from app.ui.share_view import ShareView
from app.ui.widgets import plain_label
from app.ui.window_fit import restore_geometry, save_geometry

log = logging.getLogger(__name__)

GEOMETRY_STATE = "interview_window/geometry"
COMPACT_GEOMETRY_STATE = "interview_window/compact_geometry"


class InterviewWindow(InterviewTools, QMainWindow):
    """One interview: navigator, current question, notes, flags, evidence, live scores."""

    closed = Signal()
    answer_saved = Signal(str)

    def __init__(
        self,
        store: Store,
        interview_id: int,
        reference: ReferenceSet | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session = InterviewSession(
            store, interview_id, reference=reference, language=settings().language
        )
        self.store = session.store
        self.interview_id = interview_id
        self.language = session.language
        self._compact = False
        self.dock_widths: list[int] = []  # the panels' widths before the compact layout
        self._closing = False
        self._shown_once = False
        self.share_view: ShareView | None = None
        self.command_palette: CommandPalette | None = None
        self.shortcut_sheet: ShortcutSheet | None = None
        self.setObjectName("InterviewWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.header = InterviewHeader(session)
        self.item_pane = ItemPane(session)
        self.navigator_dock = NavigatorDock(session, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        self.scores_dock = ScoreDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scores_dock)
        self.actions_by_name = build_actions(self)
        for name in ("narrative", "calibration"):
            self.actions_by_name[name].setEnabled(session.practice)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.item_pane, 1)
        layout.addWidget(self.item_pane.navigation)
        self.setCentralWidget(central)
        self.score_summary = plain_label(wrap=False)
        self.score_summary.setAccessibleName(self.tr("Score summary"))
        self.statusBar().addPermanentWidget(self.score_summary)
        prefix = self.tr("[Practice] ") if session.practice else ""
        self.setWindowTitle(
            self.tr("{prefix}{cluster} \u2014 interview").format(
                prefix=prefix, cluster=session.detail.cluster_name
            )
        )
        self._connect()
        self._on_session_status_changed()
        self.header.show_progress()
        self._on_session_scores_changed(session.scores)
        if not session.locked:
            session.start_clock()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.header.show_clock)
        self._clock_timer.start()
        self.set_compact(settings().compact_layout, resize=False)
        if not restore_geometry(self, self._geometry_state()):
            resize_for(self, self._compact)
        self.go_to_item(session.resume_item_id())

    def _connect(self) -> None:
        s, h, pane = self.session, self.header, self.item_pane
        s.answer_changed.connect(self._on_session_answer_changed)
        s.scores_changed.connect(self._on_session_scores_changed)
        s.status_changed.connect(self._on_session_status_changed)
        s.clock_changed.connect(h.show_clock)
        s.clock_changed.connect(self.navigator_dock.show_section_times)
        s.flags_changed.connect(self._on_session_flags_changed)
        s.evidence_changed.connect(lambda _item_id: pane.evidence.refresh())
        s.comments_changed.connect(self._on_session_comments_changed)
        self.scores_dock.score_panel.improvements_requested.connect(self.open_improvements)
        h.pause_button.clicked.connect(self.toggle_pause)
        h.resume_button.clicked.connect(self.toggle_pause)
        h.share_button.clicked.connect(self.toggle_share_view)
        h.sections_button.clicked.connect(self.toggle_navigator_dock)
        h.scores_button.clicked.connect(self.toggle_scores_dock)
        h.finalise_button.clicked.connect(self.open_finalise_review)
        h.reopen_button.clicked.connect(self.open_reopen_dialog)
        pane.confirm_button.clicked.connect(self.confirm_prefill)
        pane.previous_button.clicked.connect(self.previous_item)
        pane.next_button.clicked.connect(self.next_item)
        pane.notes.failed.connect(self.show_error)
        pane.evidence.failed.connect(lambda title, text: self.show_error(text, title=title))
        pane.evidence.attached.connect(
            lambda name: self.statusBar().showMessage(
                self.tr("Attached {name}.").format(name=name), 4000
            )
        )
        self.navigator_dock.item_chosen.connect(self._on_navigator_item_chosen)
        self.navigator_dock.section_chosen.connect(self.go_to_section)

    # --- state and navigation ------------------------------------------------------------

    @property
    def editor(self) -> AnswerEditor | None:
        """The current question's answer editor (``None`` before any)."""
        return self.item_pane.editor

    def is_locked(self) -> bool:
        """Whether the interview is finalised (or approved) and so read-only."""
        return self.session.locked

    def is_compact(self) -> bool:
        """Whether the compact layout is on."""
        return self._compact

    def current_item_id(self) -> str:
        """The id of the question on screen ("" before any)."""
        return self.session.current_item_id

    def answers(self) -> dict[str, AnswerValue]:
        """The answers as saved (a copy)."""
        return self.session.answers()

    def scores(self) -> ScoreResult:
        """The latest score result shown."""
        return self.session.scores

    def go_to_item(self, item_id: str, *, focus_editor: bool = True) -> bool:
        """Show question ``item_id`` (when it is asked); return whether it is shown."""
        session = self.session
        if not item_id or not session.is_asked(item_id):
            return False
        if item_id != session.current_item_id:
            if not self.item_pane.leave():
                self.statusBar().showMessage(
                    self.tr("Correct the answer, or restore the saved one, before moving on."),
                    6000,
                )
                return False
            session.open_item(item_id)
            self.item_pane.show_item(session.pack.item(item_id))
            if self.item_pane.editor is not None:
                self.setTabOrder(self.navigator_dock.tree, self.item_pane.editor)
            self._update_share_view()
        self.navigator_dock.select(item_id)
        if focus_editor:
            self.focus_editor()
        return True

    def go_to_section(self, section_id: str) -> bool:
        """Show the first asked question of section ``section_id``."""
        items = self.session.asked_items(section_id)
        return bool(items) and self.go_to_item(items[0].id)

    def next_item(self) -> bool:
        """Move to the next asked question (across sections)."""
        return self._step(1)

    def previous_item(self) -> bool:
        """Move to the previous asked question."""
        return self._step(-1)

    def next_section(self) -> bool:
        """Move to the first question of the next section that has any."""
        target = self.session.neighbour_section(1)
        return target is not None and self.go_to_item(target)

    def previous_section(self) -> bool:
        """Move to the first question of the previous section that has any."""
        target = self.session.neighbour_section(-1)
        return target is not None and self.go_to_item(target)

    def _step(self, step: int) -> bool:
        target = self.session.neighbour(step)
        if target is None:
            self.statusBar().showMessage(
                self.tr("This is the last question.")
                if step > 0
                else self.tr("This is the first question."),
                3000,
            )
            return False
        return self.go_to_item(target)

    def focus_editor(self) -> None:
        """Put the keyboard focus into the answer."""
        self.item_pane.focus_editor()

    def focus_note(self) -> None:
        """Put the keyboard focus into the note."""
        self.item_pane.notes.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_navigator(self) -> None:
        """Put the keyboard focus into the navigator (showing it when hidden)."""
        self.navigator_dock.show()
        self.navigator_dock.raise_()
        self.navigator_dock.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def confirm_prefill(self) -> None:
        """Confirm the pre-filled answer of the current question."""
        if self.item_pane.confirm_prefill():
            self.statusBar().showMessage(self.tr("Pre-filled answer confirmed."), 4000)

    def toggle_pause(self) -> None:
        """Pause a running clock, resume a paused one."""
        self.session.toggle_pause()

    # --- palette, share view, layout -------------------------------------------------------

    def commands(self) -> list[Command]:
        """Every action, section and question, for the command palette."""
        return palette_commands(self)

    def open_command_palette(
        self, *, placeholder: str = "", categories: tuple[str, ...] = ()
    ) -> CommandPalette:
        """Show the command palette (optionally only some categories)."""
        commands = self.commands()
        if categories:
            commands = [c for c in commands if c.category in categories]
        self.item_pane.notes.commit()
        self.command_palette = CommandPalette(commands, self, placeholder=placeholder)
        self.command_palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.command_palette.open()
        self.command_palette.search.setFocus()
        return self.command_palette

    def open_find(self) -> CommandPalette:
        """The palette, for questions only."""
        return self.open_command_palette(
            placeholder=self.tr("Find a question by its text\u2026"),
            categories=(self.tr("Question"),),
        )

    def open_shortcut_sheet(self) -> ShortcutSheet:
        """Show every keyboard shortcut."""
        self.shortcut_sheet = ShortcutSheet(self.commands(), self)
        self.shortcut_sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcut_sheet.open()
        return self.shortcut_sheet

    def toggle_share_view(self) -> ShareView:
        """Open (or bring back) the share view that follows the current question."""
        if self.share_view is None:
            self.share_view = ShareView()
            self.share_view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # The expert keeps typing here while the call partner reads the shared window.
            self.share_view.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            self.share_view.destroyed.connect(self._on_share_view_destroyed)
        self._update_share_view()
        self.share_view.show()
        self.share_view.raise_()
        return self.share_view

    def toggle_compact(self) -> None:
        """Switch between the full and the compact layout."""
        self.set_compact(not self._compact)

    def toggle_navigator_dock(self) -> None:
        """Show or hide the navigator."""
        toggle_dock(self.navigator_dock)

    def toggle_scores_dock(self) -> None:
        """Show or hide the scores."""
        toggle_dock(self.scores_dock)

    def set_compact(self, compact: bool, *, resize: bool = True) -> None:
        """The compact layout (beside a video call) or the full one; remembered."""
        changed = compact != self._compact
        self._compact = compact
        self.actions_by_name["compact"].setChecked(compact)
        switch_layout(self, compact, changed=changed, resize=resize)
        if settings().compact_layout != compact:
            settings().compact_layout = compact

    def _geometry_state(self) -> str:
        return COMPACT_GEOMETRY_STATE if self._compact else GEOMETRY_STATE

    def _update_share_view(self) -> None:
        if self.share_view is None:
            return
        item = self.session.current_item()
        if item is None:
            self.share_view.show_nothing()
        else:
            self.share_view.show_item(item, self.session.answer(item.id), self.language)

    # --- session announcements ------------------------------------------------------------

    def _on_session_answer_changed(self, item_id: str) -> None:
        self.navigator_dock.refresh()
        self.header.show_progress()
        self.item_pane.show_neighbours()
        if item_id == self.session.current_item_id:
            self.item_pane.show_state()
        self._update_share_view()
        self.answer_saved.emit(item_id)

    def _on_session_scores_changed(self, scores: ScoreResult) -> None:
        self.scores_dock.show_scores(scores)
        self.score_summary.setText(score_summary_text(scores))

    def _on_session_flags_changed(self, _item_id: str) -> None:
        self.navigator_dock.refresh()
        self.header.show_progress()

    def _on_session_status_changed(self) -> None:
        locked = self.session.locked
        self.header.show_status()
        self.item_pane.set_locked(locked)
        for name in ("confirm", "clear_answer", "attach", "pause", "finalise", "prefill"):
            self.actions_by_name[name].setEnabled(not locked)
        self.actions_by_name["reopen"].setEnabled(locked)

    def _on_session_comments_changed(self) -> None:
        self.header.show_general_comments()
        self.item_pane.show_comments()

    def _on_navigator_item_chosen(self, item_id: str, focus: bool) -> None:
        if not self.go_to_item(item_id, focus_editor=focus) and self.session.current_item_id:
            self.navigator_dock.select(self.session.current_item_id)

    def _on_share_view_destroyed(self) -> None:
        self.share_view = None

    # --- Qt events -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Give the panels their room once the window has its size."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            size_docks(self, self._compact)
            self.item_pane.pane_layout.activate()
            self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Keep what was typed, stop the clock, remember the window's place."""
        if not self._closing:
            self._closing = True
            self.item_pane.leave(allow_invalid=True)
            self.session.close()
            self._clock_timer.stop()
            save_geometry(self, self._geometry_state())
            if self.share_view is not None:
                self.share_view.close()
            self.closed.emit()
        super().closeEvent(event)
