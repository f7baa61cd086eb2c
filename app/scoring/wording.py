"""The scoring engine's sentences in the interface language (English, German).

The engine has no Qt, so it keeps its own small catalogue: each English template maps to
its German form, with the same ``{placeholders}``. A template without a translation, or a
language without a catalogue, gives the English text.
"""

from __future__ import annotations

GERMAN: dict[str, str] = {
    # criteria
    "Listed on the ECCP": "Auf der ECCP gelistet",
    "Recognised by a cluster programme": "Von einem Clusterprogramm anerkannt",
    "Cluster management team of at least {minimum} FTE": (
        "Clustermanagement mit mindestens {minimum} VZÄ"
    ),
    "At least {minimum} committed members": "Mindestens {minimum} verbindliche Mitglieder",
    "At least {minimum} types of members": "Mindestens {minimum} Arten von Mitgliedern",
    "Public bodies among members or cooperation with them": (
        "Öffentliche Stellen unter den Mitgliedern oder Zusammenarbeit mit ihnen"
    ),
    "English-language website": "Englischsprachige Website",
    # units
    "FTE": "VZÄ",
    "members": "Mitglieder",
    "types of members": "Arten von Mitgliedern",
    # reasons and fixes
    "Not answered yet.": "Noch nicht beantwortet.",
    "Not answered yet (needs {minimum}).": "Noch nicht beantwortet (nötig: {minimum}).",
    "Answer: {label}.": "Beantworten: {label}.",
    "{value} {unit} (needs {minimum}).": "{value} {unit} (nötig: {minimum}).",
    "{value} {unit}; at least {minimum} needed ({short} short).": (
        "{value} {unit}; mindestens {minimum} nötig ({short} fehlen)."
    ),
    "Reach at least {minimum} {unit} (now {value}).": (
        "Mindestens {minimum} {unit} erreichen (jetzt {value})."
    ),
    "Answer whether the cluster is listed on the ECCP.": (
        "Beantworten, ob der Cluster auf der ECCP gelistet ist."
    ),
    "The cluster is listed on the ECCP.": "Der Cluster ist auf der ECCP gelistet.",
    "The cluster is not listed on the European Cluster Collaboration Platform; every label "
    "requires a validated ECCP profile.": (
        "Der Cluster ist nicht auf der European Cluster Collaboration Platform gelistet; jedes "
        "Gütesiegel setzt ein validiertes ECCP-Profil voraus."
    ),
    "Register and validate a profile on the ECCP.": (
        "Ein Profil auf der ECCP anlegen und validieren lassen."
    ),
    "Not answered yet; recognition by a cluster programme would waive the criteria below.": (
        "Noch nicht beantwortet; die Anerkennung durch ein Clusterprogramm würde die "
        "folgenden Kriterien ersetzen."
    ),
    "Officially recognised by a national or regional cluster programme; the ECCP validation "
    "criteria below are waived.": (
        "Offiziell von einem nationalen oder regionalen Clusterprogramm anerkannt; die "
        "folgenden ECCP-Validierungskriterien entfallen."
    ),
    "Not recognised by a national or regional cluster programme; the criteria below apply.": (
        "Nicht von einem nationalen oder regionalen Clusterprogramm anerkannt; es gelten die "
        "folgenden Kriterien."
    ),
    "{bodies} are members.": "{bodies} sind Mitglieder.",
    "No public bodies among the members, but visible cooperation with public bodies.": (
        "Keine öffentlichen Stellen unter den Mitgliedern, aber sichtbare Zusammenarbeit mit "
        "öffentlichen Stellen."
    ),
    "No public bodies among the members and no visible cooperation with them.": (
        "Keine öffentlichen Stellen unter den Mitgliedern und keine sichtbare Zusammenarbeit "
        "mit ihnen."
    ),
    "Take public bodies on as members or show cooperation with public bodies.": (
        "Öffentliche Stellen als Mitglieder aufnehmen oder die Zusammenarbeit mit ihnen zeigen."
    ),
    "Not answered yet: no public bodies among the members, so visible cooperation with public "
    "bodies is needed.": (
        "Noch nicht beantwortet: Ohne öffentliche Stellen unter den Mitgliedern ist sichtbare "
        "Zusammenarbeit mit öffentlichen Stellen nötig."
    ),
    "Not answered yet (member types).": "Noch nicht beantwortet (Arten von Mitgliedern).",
    "Answer the member types and, without public bodies, the cooperation question.": (
        "Die Arten von Mitgliedern beantworten und, ohne öffentliche Stellen, die Frage nach "
        "der Zusammenarbeit."
    ),
    "Answer whether there is an English-language website.": (
        "Beantworten, ob es eine englischsprachige Website gibt."
    ),
    "An English-language website shows real activity.": (
        "Eine englischsprachige Website zeigt echte Aktivität."
    ),
    "No English-language website showing real activity (machine translation is accepted).": (
        "Keine englischsprachige Website mit echter Aktivität (maschinelle Übersetzung wird "
        "akzeptiert)."
    ),
    "Publish an English-language website (machine translation is accepted).": (
        "Eine englischsprachige Website veröffentlichen (maschinelle Übersetzung wird akzeptiert)."
    ),
    "Waived: the cluster is recognised by a cluster programme.": (
        "Entfällt: Der Cluster ist von einem Clusterprogramm anerkannt."
    ),
    # verdicts
    "Not eligible: {blockers} not met. To become eligible: {fixes}": (
        "Nicht teilnahmeberechtigt: {blockers} nicht erfüllt. Um teilnahmeberechtigt zu "
        "werden: {fixes}"
    ),
    " Alternatively, recognition by a national or regional cluster programme waives the ECCP "
    "validation criteria.": (
        " Alternativ ersetzt die Anerkennung durch ein nationales oder regionales "
        "Clusterprogramm die ECCP-Validierungskriterien."
    ),
    "Eligible: listed on the ECCP and recognised by a cluster programme, which waives the ECCP "
    "validation criteria.": (
        "Teilnahmeberechtigt: auf der ECCP gelistet und von einem Clusterprogramm anerkannt, "
        "was die ECCP-Validierungskriterien ersetzt."
    ),
    "Eligible: listed on the ECCP and all ECCP validation criteria are met.": (
        "Teilnahmeberechtigt: auf der ECCP gelistet, und alle ECCP-Validierungskriterien sind "
        "erfüllt."
    ),
    "Incomplete: {failed} not met, which only matters if the cluster is not recognised by a "
    "cluster programme; answer that question to decide.": (
        "Unvollständig: {failed} nicht erfüllt; das zählt nur, wenn der Cluster nicht von einem "
        "Clusterprogramm anerkannt ist. Beantworten Sie diese Frage, um es zu entscheiden."
    ),
    "Incomplete: no criterion has failed, but {count} is not answered yet: {open}.": (
        "Unvollständig: Kein Kriterium ist verfehlt, aber {count} ist noch nicht beantwortet: "
        "{open}."
    ),
    "Incomplete: no criterion has failed, but {count} are not answered yet: {open}.": (
        "Unvollständig: Kein Kriterium ist verfehlt, aber {count} sind noch nicht beantwortet: "
        "{open}."
    ),
}

CATALOGUES: dict[str, dict[str, str]] = {"de": GERMAN}


def say(language: str, template: str, **values: object) -> str:
    """``template`` in ``language`` (English when there is no translation), filled in."""
    chosen = CATALOGUES.get(language, {}).get(template, template)
    return chosen.format(**values) if values else chosen
