"""The supervisor's first tab: who signed the bundle, every check's verdict, and its files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.export.verify import FileEntry, VerificationResult
from app.ui.key_widgets import fingerprint_label
from app.ui.supervisor.models import MUTED_COLOUR, ChecksModel
from app.ui.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    Column,
    RecordTableModel,
    plain_label,
    read_only_table,
    set_colour,
    size_text,
)

DASH = "\u2014"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


def short_member_name(name: str) -> str:
    """A bundle member's name, evidence hashes shortened (the hash column has them whole)."""
    prefix = "data/evidence/"
    if name.startswith(prefix) and len(name) > len(prefix) + 20:
        stem, _dot, suffix = name[len(prefix) :].partition(".")
        return f"{prefix}{stem[:12]}\u2026.{suffix}"
    return name


class VerificationTab(QWidget):
    """Signer, fingerprint, trust, signing time, bundle facts, the checks and the files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signer_label = self._label(_tr("Signer"))
        self.fingerprint = fingerprint_label(scale=1.5)
        self.fingerprint.setAccessibleName(_tr("Signer fingerprint"))
        self.trust_label = self._label(_tr("Trust verdict"))
        self.signed_at_label = self._label(_tr("Signed at"))
        self.bundle_label = self._label(_tr("Bundle"))
        self.rescore_label = self._label(_tr("Scores recompute"))
        form = QFormLayout()
        form.addRow(_tr("Signed by:"), self.signer_label)
        form.addRow(_tr("Fingerprint:"), self.fingerprint)
        form.addRow(_tr("Trust:"), self.trust_label)
        form.addRow(_tr("Signed at:"), self.signed_at_label)
        form.addRow(_tr("Bundle:"), self.bundle_label)
        form.addRow(_tr("Scores:"), self.rescore_label)

        self.checks_model = ChecksModel(self)
        self.checks_view = read_only_table(
            self.checks_model, _tr("Verification checks"), 2, wrap=True
        )
        self.files_model: RecordTableModel[FileEntry] = RecordTableModel(
            [
                Column(_tr("File"), lambda f: short_member_name(f.name)),
                Column(_tr("Size"), lambda f: size_text(f.size)),
                Column(_tr("SHA-256"), lambda f: f.sha256, monospace=True),
            ],
            self,
        )
        self.files_view = read_only_table(self.files_model, _tr("Files in the bundle"), 2)
        self.files_box = QGroupBox(_tr("Files (each hash checked against the signed manifest)"))
        QVBoxLayout(self.files_box).addWidget(self.files_view)

        top_widget = QWidget()
        top = QHBoxLayout(top_widget)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(form, 2)
        top.addWidget(self.checks_view, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top_widget)
        splitter.addWidget(self.files_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    @staticmethod
    def _label(accessible_name: str) -> QLabel:
        label = plain_label(selectable=True)
        label.setAccessibleName(accessible_name)
        return label

    def clear(self) -> None:
        """Nothing verified: every field a dash."""
        self.checks_model.set_checks([])
        self.files_model.set_rows([])
        for label in (
            self.signer_label,
            self.trust_label,
            self.signed_at_label,
            self.bundle_label,
            self.rescore_label,
        ):
            label.setText(DASH)
            set_colour(label, None)
        self.fingerprint.clear()
        self.fingerprint.hide()

    def show_result(self, result: VerificationResult) -> None:
        """Every check's verdict; the signer and files only when everything passed."""
        ok = result.ok
        self.checks_model.set_checks(result.checks, practice=bool(ok and result.practice))
        signature_ok = bool(result.check("signature").passed)
        self.signer_label.setText(result.signer if ok and result.signer else DASH)
        shown = bool(signature_ok and result.fingerprint)
        self.fingerprint.setText((result.fingerprint or "") if shown else "")
        self.fingerprint.setVisible(shown)
        trust = result.check("trust")
        if trust.passed is None:
            self._verdict(self.trust_label, _tr("not checked"), MUTED_COLOUR)
        elif trust.passed:
            self._verdict(
                self.trust_label,
                _tr("trusted: the key is enrolled, valid and not revoked"),
                OK_COLOUR,
            )
        else:
            self._verdict(self.trust_label, trust.message, ERROR_COLOUR)
        self.signed_at_label.setText(
            result.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if ok and result.signed_at
            else DASH
        )
        if ok:
            parts = [
                _tr("revision {n}").format(n=result.revision),
                _tr("pack {id} {version}").format(id=result.pack_id, version=result.pack_version),
                _tr("ClusterBench {v}").format(v=result.app_version),
            ]
            if result.encrypted:
                parts.append(_tr("was encrypted (age)"))
            self.bundle_label.setText(" \u00b7 ".join(parts))
        else:
            self.bundle_label.setText(DASH)
        rescore = result.check("rescore")
        if rescore.passed is None:
            self._verdict(self.rescore_label, _tr("not checked"), MUTED_COLOUR)
        elif rescore.passed:
            self._verdict(
                self.rescore_label,
                _tr("match: recomputed from the answers, they equal the bundle's scores"),
                OK_COLOUR,
            )
        else:
            self._verdict(
                self.rescore_label,
                _tr("do not match: {m}").format(m=rescore.message),
                ERROR_COLOUR,
            )
        self.files_model.set_rows(result.files if ok else [])
        self.files_box.setEnabled(ok)

    @staticmethod
    def _verdict(label: QLabel, text: str, colour: str) -> None:
        label.setText(text)
        set_colour(label, colour)
