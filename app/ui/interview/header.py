"""The interview's header: cluster, status, clock and progress, whether ESCA received the
bundle, its buttons and banners (paused, over the time budget, returned, finalised)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.scoring.taxonomy import INTERVIEW_STATUSES
from app.services.outbox import receipt_status
from app.services.session import InterviewSession
from app.ui import palette
from app.ui.outbox_model import receipt_text
from app.ui.vocabulary import technology_area_name
from app.ui.widgets import (
    ERROR_COLOUR,
    ElidedLabel,
    banner,
    bold_font,
    local_time,
    plain_label,
    set_colour,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewWindow", text)


def duration_text(seconds: float) -> str:
    """``1:02:03`` or ``2:03``."""
    seconds = int(max(0.0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _button(text: str, accessible_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    return button


class InterviewHeader(QWidget):
    """Above the question: who and what, the clock, progress, and the state banners."""

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # One line whatever the language: the area ends in "…", a name too long for the line
        # is shortened in its middle, keeping its "(fictional)" mark (all in the tooltip).
        self.title_label = ElidedLabel()
        self.title_label.setFont(bold_font(self.title_label, 1.15))
        self.title_label.setAccessibleName(_tr("Cluster and technology area"))
        self.status_label = plain_label(wrap=False)
        self.status_label.setAccessibleName(_tr("Interview status"))
        # Wrapping labels, so the compact layout stays narrow.
        self.progress_label = plain_label(wrap=True)
        self.progress_label.setAccessibleName(_tr("Overall progress"))
        self.clock_label = plain_label(wrap=True)
        self.clock_label.setAccessibleName(_tr("Interview clock"))
        self.clock_label.setToolTip(
            _tr("Interview time, and time in this section against its budget")
        )
        self.receipt_label = plain_label(wrap=True, selectable=True)
        self.receipt_label.setAccessibleName(_tr("Submission to ESCA"))
        self.pause_button = _button(_tr("Pause"), _tr("Pause or resume the interview clock"))
        self.share_button = _button(_tr("Share view"), _tr("Open the share view"))
        self.sections_button = _button(_tr("Sections"), _tr("Show or hide the navigator"))
        self.scores_button = _button(_tr("Scores"), _tr("Show or hide the scores"))
        self.finalise_button = _button(
            _tr("Finalise\u2026"), _tr("Review and finalise the interview")
        )

        bar = QWidget()
        bar.setObjectName("InterviewHeader")
        grid = QVBoxLayout(bar)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.status_label)
        bottom = QHBoxLayout()
        info = QVBoxLayout()
        info.setSpacing(0)
        info.addWidget(self.clock_label)
        info.addWidget(self.progress_label)
        info.addWidget(self.receipt_label)
        bottom.addLayout(info, 1)
        for button in (
            self.sections_button,
            self.scores_button,
            self.pause_button,
            self.share_button,
            self.finalise_button,
        ):
            bottom.addWidget(button)
        grid.addLayout(top)
        grid.addLayout(bottom)

        self.practice_banner, _label = banner(
            palette.INFO_BACKGROUND,
            _tr("Practice interview with a fictional cluster: it never leads to a label."),
        )
        self.resume_button = QPushButton(_tr("&Resume"))
        self.resume_button.setAccessibleName(_tr("Resume the interview clock"))
        self.paused_banner, _label = banner(
            palette.ATTENTION_BACKGROUND,
            _tr("Paused: the interview clock is stopped."),
            self.resume_button,
        )
        self.budget_banner, self.budget_label = banner(palette.ATTENTION_BACKGROUND)
        self.budget_banner.setAccessibleName(_tr("Time budget warning"))
        self.returned_banner, self.returned_label = banner(palette.COMMENT_BACKGROUND)
        self.returned_banner.setAccessibleName(_tr("Supervisor's comments on the interview"))
        self.reopen_button = _button(_tr("Reopen\u2026"), _tr("Reopen the interview"))
        self.locked_banner, self.locked_label = banner(
            palette.LOCKED_BACKGROUND, "", self.reopen_button
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for part in (
            bar,
            self.practice_banner,
            self.returned_banner,
            self.paused_banner,
            self.budget_banner,
            self.locked_banner,
        ):
            layout.addWidget(part)
        self.show_status()
        self.show_general_comments()

    def set_compact(self, compact: bool) -> None:
        """Fewer buttons beside a video call: the panels open from here instead."""
        self.share_button.setVisible(not compact)
        self.finalise_button.setVisible(not compact)
        self.sections_button.setVisible(compact)
        self.scores_button.setVisible(compact)

    def show_status(self) -> None:
        """Title, status, the practice and finalised banners, and what a lock disables."""
        detail = self.session.detail
        area = technology_area_name(detail.technology_area)
        self.title_label.set_full_text(
            f"{detail.cluster_name} \u00b7 {area}", essential=detail.cluster_name
        )
        status_text = _tr(INTERVIEW_STATUSES.get(detail.status, detail.status))
        mode_text = _tr("Practice") if self.session.practice else ""
        self.status_label.setText(" \u00b7 ".join(t for t in (mode_text, status_text) if t))
        self.practice_banner.setVisible(self.session.practice)
        locked = self.session.locked
        self.locked_banner.setVisible(locked)
        if locked:
            when = local_time(detail.finalised_at) if detail.finalised_at else ""
            self.locked_label.setText(
                _tr("Finalised {when}: read-only. Reopening needs a reason.").format(when=when)
            )
        self.finalise_button.setEnabled(not locked)
        self.pause_button.setEnabled(not locked)
        self.show_clock()
        self.show_receipt()

    def show_receipt(self) -> None:
        """ "Received by ESCA on ..." (or waiting, or refused) for the newest bundle sent."""
        status = receipt_status(self.session.store, self.session.detail.uuid)
        self.receipt_label.setText(receipt_text(status) if status is not None else "")
        self.receipt_label.setVisible(status is not None)
        refused = status is not None and status.state == "refused"
        set_colour(self.receipt_label, ERROR_COLOUR if refused else None)

    def show_clock(self) -> None:
        """Interview time, time in the section against its budget, and the paused banner."""
        session = self.session
        total, in_section = session.clock_seconds()
        text = _tr("Time {total}").format(total=duration_text(total))
        over = False
        item = session.current_item()
        if item is not None:
            budget = session.pack.section(item.section_id).budget_minutes * 60
            over = in_section > budget
            text += _tr("  \u00b7  section {spent} / {budget}").format(
                spent=duration_text(in_section), budget=duration_text(budget)
            )
            if over:
                text += _tr(" (over budget)")
        clock = session.clock
        if not clock.running:
            text += _tr("  \u00b7  paused") if clock.started else ""
        self.clock_label.setText(text)
        set_colour(self.clock_label, ERROR_COLOUR if over else None)
        self.pause_button.setText(
            _tr("Pause") if clock.running or not clock.started else _tr("Resume")
        )
        self.paused_banner.setVisible(clock.started and not clock.running and not session.locked)
        status = session.budget()
        over_budget = status.over and not session.locked
        if over_budget and self.budget_label.text() != status.message:
            self.budget_label.setText(status.message)
        self.budget_banner.setVisible(over_budget)

    def show_progress(self) -> None:
        """Answered of asked questions, required ones, and open flags."""
        progress = self.session.progress()
        text = _tr("{a} of {n} answered \u00b7 required {r}/{rn}").format(
            a=progress.answered,
            n=progress.total,
            r=progress.required_answered,
            rn=progress.required_total,
        )
        if progress.flagged:
            text += _tr(" \u00b7 {f} flagged").format(f=progress.flagged)
        self.progress_label.setText(text)

    def show_general_comments(self) -> None:
        """The supervisor's comments on the interview as a whole, above the question."""
        comments = self.session.comments_on("")
        self.returned_banner.setVisible(bool(comments))
        self.returned_label.setText(
            "\n".join(
                _tr("Supervisor {author} ({when}): {text}").format(
                    author=c.author, when=local_time(c.at), text=c.text
                )
                for c in comments
            )
        )

    def general_comments_text(self) -> str:
        """The supervisor's comments on the interview as a whole, as shown ("" when none)."""
        if self.returned_banner.isHidden():
            return ""
        return self.returned_label.text()
