"""Above the supervisor's tabs: the practice and draft banners, the verdict, and which
interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.export.verify import BundleContents, VerificationResult
from app.ui import palette
from app.ui.vocabulary import country_name, technology_area_name
from app.ui.widgets import banner, banner_style, bold_font, plain_label

PRACTICE_BANNER = "PRACTICE \u2013 NOT FOR LABELLING"
DASH = "\u2014"
NEUTRAL, PASSED, FAILED = (
    palette.NEUTRAL_BACKGROUND,
    palette.PASSED_BACKGROUND,
    palette.LOCKED_BACKGROUND,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorWindow", text)


class VerdictPanel(QWidget):
    """Whether the bundle verified (and why not), whether it is practice, and its interview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice_banner, self.practice_label = banner(
            palette.PRACTICE_BACKGROUND, selectable=True
        )
        self.practice_label.setText(
            _tr("{banner}: a trainee's practice bundle with a fictional cluster.").format(
                banner=PRACTICE_BANNER
            )
        )
        self.practice_label.setFont(bold_font(self.practice_label, 1.25))
        self.practice_banner.setAccessibleName(_tr("Practice bundle"))
        self.draft_banner, self.draft_label = banner(palette.ATTENTION_BACKGROUND, selectable=True)
        self.draft_label.setText(
            _tr(
                "DRAFT: the expert exported this interview before finalising it. Answers and "
                "scores may still change; a final revision will follow."
            )
        )
        self.draft_label.setFont(bold_font(self.draft_label, 1.1))
        self.draft_banner.setAccessibleName(_tr("Draft bundle"))
        self.verdict_banner, self.verdict_label = banner(NEUTRAL, selectable=True)
        self.verdict_label.setAccessibleName(_tr("Verification verdict"))
        self.verdict_label.setFont(bold_font(self.verdict_label, 1.2))
        self.verdict_detail = plain_label(selectable=True)
        self.verdict_detail.setAccessibleName(_tr("Verification message"))
        banner_layout = self.verdict_banner.layout()
        assert isinstance(banner_layout, QHBoxLayout)
        banner_layout.removeWidget(self.verdict_label)
        texts = QVBoxLayout()
        texts.addWidget(self.verdict_label)
        texts.addWidget(self.verdict_detail)
        banner_layout.addLayout(texts, 1)
        self.title_label = plain_label(selectable=True)
        self.title_label.setAccessibleName(_tr("Interview"))
        self.title_label.setFont(bold_font(self.title_label, 1.15))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.practice_banner)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.verdict_banner)
        layout.addWidget(self.title_label)

    def _set(self, title: str, detail: str, colour: str) -> None:
        self.verdict_label.setText(title)
        self.verdict_detail.setText(detail)
        self.verdict_banner.setStyleSheet(banner_style(colour))

    def clear(self) -> None:
        """No interview shown."""
        self.practice_banner.hide()
        self.draft_banner.hide()
        self.title_label.clear()
        self.title_label.hide()

    def show_nothing(self) -> None:
        """No bundle open yet: say what to do."""
        self._set(
            _tr("No bundle open"),
            _tr(
                "Open a bundle (Ctrl+O) to check that it is complete, unchanged and signed by "
                "an enrolled expert. Add experts' keys in Keys and trust first."
            ),
            NEUTRAL,
        )

    def show_verifying(self) -> None:
        """Verification is under way."""
        self._set(
            _tr("Verifying\u2026"),
            _tr("Checking the archive, the manifests, the signature and the signer."),
            NEUTRAL,
        )

    def show_result(self, result: VerificationResult) -> None:
        """Verified, or which check failed and why."""
        if result.ok:
            self._set(
                _tr("\u2713 Verified draft: intact and signed by a trusted key")
                if result.draft
                else _tr("\u2713 Verified: intact and signed by a trusted key"),
                _tr(
                    "Signed by {signer} ({fingerprint}), revision {revision}; every file "
                    "matches the signed manifest and the scores recompute."
                ).format(
                    signer=result.signer or DASH,
                    fingerprint=result.fingerprint or DASH,
                    revision=result.revision,
                ),
                PASSED,
            )
            return
        failure = result.first_failure
        title = _tr(failure.title) if failure else _tr("Not checked")
        message = failure.message if failure else ""
        self._set(
            _tr("\u2717 Not verified \u2014 {check} failed").format(check=title),
            message + "\n" + _tr("Nothing in this bundle is shown or trusted."),
            FAILED,
        )

    def show_contents(self, contents: BundleContents) -> None:
        """The interview of a verified bundle, and the practice banner when it is one."""
        interview = contents.interview
        self.practice_banner.setVisible(contents.practice)
        self.draft_banner.setVisible(contents.draft)
        title = " \u00b7 ".join(
            str(part)
            for part in (
                interview.get("cluster_name", ""),
                country_name(str(interview.get("country", ""))),
                technology_area_name(str(interview.get("technology_area", ""))),
                _tr("expert {name}").format(name=interview.get("expert", "")),
                _tr("revision {n}").format(n=contents.revision),
                _tr("draft") if contents.draft else "",
            )
            if str(part).strip()
        )
        self.title_label.setText(title)
        self.title_label.show()
