"""Importing a supervisor's decision in the expert's windows: choosing the file, and saying
what importing it did (the import itself is ``app.services.decisions.import_decision``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import AppError
from app.export.decision import AppliedDecision, DecisionError, ReceivedDecision


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def choose_decision_file(parent: QWidget) -> Path | None:
    """Ask for a decision file to import."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a supervisor's decision"),
        str(Path.home()),
        _tr("Decision files (*.json);;All files (*)"),
    )
    return Path(path) if path else None


def decision_summary(received: ReceivedDecision, applied: AppliedDecision) -> str:
    """What importing the decision did, for a message box."""
    decision = received.decision
    who = f"{decision.supervisor} ({received.fingerprint})"
    if applied.outcome == "returned" and applied.comments == 1:
        return _tr(
            "Returned by {who} with 1 comment. The interview is open again; the comment "
            "appears beside its question."
        ).format(who=who)
    if applied.outcome == "returned":
        return _tr(
            "Returned by {who} with {n} comments. The interview is open again; the comments "
            "appear beside their questions."
        ).format(who=who, n=applied.comments)
    return _tr("Approved by {who}.").format(who=who)


def refusal_text(error: AppError) -> str:
    """Why a decision was not imported, in the interface language where it is known."""
    if isinstance(error, DecisionError) and error.code == "other_interview":
        return _tr(
            "This decision is about another interview. Import it from the home window "
            "(File \u203a Import supervisor decision)."
        )
    return error.user_message
