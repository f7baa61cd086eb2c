"""Fixed vocabularies: ESCA's technology areas, interview modes and countries."""

from __future__ import annotations

#: ESCA's comparative portfolio used to choose peers (plus two database-only areas).
TECHNOLOGY_AREAS: tuple[str, ...] = (
    "Aviation & space",
    "Biotechnology",
    "Construction",
    "Energy & environment",
    "Food (non-biotech)",
    "Health & medical science",
    "Humanities/media/design/service innovation",
    "ICT",
    "Micro-, nano- & optical technologies",
    "New materials & chemistry",
    "Production & engineering",
    "Transportation & mobility",
    "Sports, leisure & tourism",
    "Creative industries",
)

#: How an interview is held; practice interviews never lead to a label.
INTERVIEW_MODES: dict[str, str] = {
    "on_site": "On site",
    "video_call": "Video call",
    "practice": "Practice",
}

#: Interview life cycle.
INTERVIEW_STATUSES: dict[str, str] = {
    "in_progress": "In progress",
    "paused": "Paused",
    "finalised": "Finalised",
    "returned": "Returned by supervisor",
    "approved": "Approved",
}
#: Statuses in which an interview is read-only until it is reopened with a reason.
LOCKED_STATUSES: frozenset[str] = frozenset({"finalised", "approved"})

#: The labels of the ECEI label path, lowest first (their rules: ``app.scoring.labels``).
LABEL_LEVELS: tuple[str, str, str] = ("bronze", "silver", "gold")

#: Countries where ESCA experts work (ISO 3166-1 alpha-2 code, English name).
COUNTRIES: dict[str, str] = {
    "AT": "Austria",
    "BE": "Belgium",
    "BG": "Bulgaria",
    "CH": "Switzerland",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DE": "Germany",
    "DK": "Denmark",
    "EE": "Estonia",
    "ES": "Spain",
    "FI": "Finland",
    "FR": "France",
    "GR": "Greece",
    "HR": "Croatia",
    "HU": "Hungary",
    "IE": "Ireland",
    "IS": "Iceland",
    "IT": "Italy",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "LV": "Latvia",
    "MT": "Malta",
    "NL": "Netherlands",
    "NO": "Norway",
    "PL": "Poland",
    "PT": "Portugal",
    "RO": "Romania",
    "RS": "Serbia",
    "SE": "Sweden",
    "SI": "Slovenia",
    "SK": "Slovakia",
    "TR": "Türkiye",
    "UA": "Ukraine",
    "GB": "United Kingdom",
    "IL": "Israel",
    "KR": "South Korea",
    "XX": "Other / fictional",
}


def unmarked_fiction(name: str, fictional: bool) -> bool:
    """Whether a fictional cluster's name does not say so yet: then it is shown with
    "(fictional)" after it (once, never twice)."""
    return fictional and "fictional" not in name.casefold()
