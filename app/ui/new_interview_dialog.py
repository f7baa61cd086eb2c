"""Start a new interview: choose or describe the cluster, the mode and the pack. A new
cluster that is already recorded is said to be so before anything is created: the
interview becomes that organisation's next benchmarking."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AppError
from app.models import Store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import load_pack
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES, TECHNOLOGY_AREAS
from app.services.interviews import (
    InterviewInputError,
    NewInterview,
    create_interview,
    recorded_cluster,
)
from app.settings import settings
from app.ui.home_model import fictional_name
from app.ui.vocabulary import alphabetical_order, country_name, technology_area_name
from app.ui.widgets import ERROR_COLOUR, WARN_COLOUR, plain_label, set_colour
from app.ui.window_fit import fit_to_screen


class NewInterviewDialog(QDialog):
    """Asks for the cluster, mode, pack and expert; creates the interview on OK."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_to_screen(self, state="new_interview/geometry")
        self.setWindowTitle(self.tr("New interview"))
        self.setMinimumWidth(520)
        self._store = store
        self.created_interview_id: int | None = None
        # One pack ships; it is still shown, so the expert sees which pack and version it is.
        self._packs = [load_pack(default_pack_path())]

        self.existing_radio = QRadioButton(self.tr("Existing cluster"))
        self.new_radio = QRadioButton(self.tr("New cluster"))
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.cluster_choice = QComboBox()
        self.cluster_choice.setAccessibleName(self.tr("Existing cluster"))
        # Nothing is chosen for the expert: real clusters first, fictional ones after.
        self.cluster_choice.addItem(self.tr("Choose a recorded cluster\u2026"), None)
        alphabetical = alphabetical_order()
        clusters = sorted(
            repo.list_clusters(store), key=lambda c: (c.fictional, alphabetical(c.name))
        )
        for cluster in clusters:
            name = fictional_name(cluster.name, cluster.fictional)
            country = country_name(cluster.country)
            self.cluster_choice.addItem(f"{name} \u2014 {country}", cluster.id)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Cluster name"))
        self.country_choice = QComboBox()
        self.country_choice.setAccessibleName(self.tr("Country"))
        self.country_choice.addItem(self.tr("Choose the country\u2026"), "")
        countries = {code: country_name(code) for code in COUNTRIES}
        for code, name in sorted(countries.items(), key=lambda kv: alphabetical(kv[1])):
            self.country_choice.addItem(name, code)
        self.area_choice = QComboBox()
        self.area_choice.setAccessibleName(self.tr("Technology area"))
        self.area_choice.addItem(self.tr("Choose the technology area\u2026"), "")
        areas = {area: technology_area_name(area) for area in TECHNOLOGY_AREAS}
        for area, name in sorted(areas.items(), key=lambda kv: alphabetical(kv[1])):
            self.area_choice.addItem(name, area)
        self.eccp_edit = QLineEdit()
        self.eccp_edit.setAccessibleName(self.tr("ECCP profile address"))
        self.eccp_edit.setPlaceholderText("https://reporting.clustercollaboration.eu/...")
        self.contact_edit = QLineEdit()
        self.contact_edit.setAccessibleName(self.tr("Contact"))
        self.contact_edit.setPlaceholderText(self.tr("Cluster manager's name and e-mail"))

        self.mode_choice = QComboBox()
        self.mode_choice.setAccessibleName(self.tr("Interview mode"))
        for code, label in INTERVIEW_MODES.items():
            self.mode_choice.addItem(self.tr(label), code)
        default_mode = settings().default_mode
        self.mode_choice.setCurrentIndex(max(0, self.mode_choice.findData(default_mode)))
        self.pack_choice = QComboBox()
        self.pack_choice.setAccessibleName(self.tr("Questionnaire pack"))
        for pack in self._packs:
            self.pack_choice.addItem(f"{pack.title.get(settings().language)} {pack.version}")
        self.expert_edit = QLineEdit(settings().expert_name)
        self.expert_edit.setAccessibleName(self.tr("Expert name"))

        self.error_label = plain_label()
        set_colour(self.error_label, ERROR_COLOUR)
        self.error_label.hide()
        self.match_label = plain_label(selectable=True)
        self.match_label.setAccessibleName(self.tr("Recorded cluster organisation"))
        self.match_label.hide()

        new_box = QGroupBox()
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("Name:"), self.name_edit)
        new_form.addRow(self.tr("Country:"), self.country_choice)
        new_form.addRow(self.tr("Technology area:"), self.area_choice)
        new_form.addRow(self.tr("ECCP profile:"), self.eccp_edit)
        new_form.addRow(self.tr("Contact:"), self.contact_edit)
        self._new_box = new_box

        interview_form = QFormLayout()
        interview_form.addRow(self.tr("Mode:"), self.mode_choice)
        interview_form.addRow(self.tr("Questionnaire:"), self.pack_choice)
        interview_form.addRow(self.tr("Expert:"), self.expert_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Create and open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.existing_radio)
        layout.addWidget(self.cluster_choice)
        layout.addWidget(self.new_radio)
        layout.addWidget(new_box)
        layout.addWidget(self.match_label)
        layout.addLayout(interview_form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.existing_radio.setEnabled(self.cluster_choice.count() > 1)
        self.new_radio.setChecked(True)
        self.existing_radio.toggled.connect(self._on_existing_radio_toggled)
        self._on_existing_radio_toggled(False)
        self.name_edit.textChanged.connect(self.show_match)
        self.eccp_edit.textChanged.connect(self.show_match)
        self.country_choice.currentIndexChanged.connect(self.show_match)
        self.area_choice.currentIndexChanged.connect(self.show_match)
        self.name_edit.setFocus()

    def _on_existing_radio_toggled(self, checked: bool) -> None:
        self.cluster_choice.setEnabled(checked)
        self._new_box.setEnabled(not checked)
        self.show_match()

    def show_match(self) -> int | None:
        """Say, before creating, when the new cluster described is a recorded organisation
        (the interview then becomes its next benchmarking); its id."""
        request = self.request()
        found: int | None = None
        text = ""
        colour: str | None = None
        if request.new_cluster is not None and request.new_cluster.name.strip():
            try:
                found = recorded_cluster(self._store, request.new_cluster)
            except AppError as error:
                text, colour = error.user_message, ERROR_COLOUR
        if found is not None:
            text = self.tr(
                "This cluster organisation is already recorded: the interview becomes its next "
                "benchmarking, compared with the earlier ones on its label path."
            )
            colour = WARN_COLOUR
        self.match_label.setText(text)
        set_colour(self.match_label, colour)
        if self.match_label.isHidden() == bool(text):
            self.match_label.setVisible(bool(text))
            self.adjustSize()
        self.ok_button.setText(
            self.tr("Create as its next benchmarking")
            if found is not None
            else self.tr("Create and open")
        )
        return found

    def request(self) -> NewInterview:
        """The interview as described in the dialog."""
        cluster = None
        cluster_id = None
        if self.existing_radio.isChecked():
            chosen = self.cluster_choice.currentData()
            cluster_id = int(chosen) if chosen is not None else None
        else:
            cluster = repo.NewCluster(
                name=self.name_edit.text(),
                country=str(self.country_choice.currentData()),
                technology_area=str(self.area_choice.currentData()),
                eccp_url=self.eccp_edit.text(),
                contact=self.contact_edit.text(),
            )
        return NewInterview(
            expert=self.expert_edit.text(),
            mode=str(self.mode_choice.currentData()),
            cluster_id=cluster_id,
            new_cluster=cluster,
            pack=self._packs[self.pack_choice.currentIndex()],
        )

    def accept(self) -> None:
        """Create the cluster (if new) and the interview, or say what is missing.

        The rules are those of ``clusterbench interviews new`` (``app.services.interviews``).
        """
        request = self.request()
        try:
            self.created_interview_id = create_interview(self._store, request)
        except InterviewInputError as error:
            self._show_problems([self.tr(problem) for problem in error.problems])
            return
        except AppError as error:
            self._show_problems([error.user_message])
            return
        if not settings().expert_name:
            settings().expert_name = request.expert.strip()
        super().accept()

    def _show_problems(self, problems: list[str]) -> None:
        self.error_label.setText("\n".join(problems))
        self.error_label.show()
