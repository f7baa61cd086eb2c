"""The report's own sentences in the interview's language (English, German).

Like the scoring engine's wording (``app.scoring.wording``), the report keeps a small
catalogue: the report code names each sentence by its English template and fills in the
``{placeholders}`` itself (``say(language, "Page {page} of {total}", page=1, total=9)``).
Names, answers and the questionnaire's own texts arrive already in the language and never
pass through the catalogue. A template without a translation gives the English text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache

from app.paths import RESOURCES_DIR
from app.scoring.peers import GROUP_LABELS
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES, TECHNOLOGY_AREAS
from app.scoring.wording import fill, fill_count, number_text

#: Fixed names the interface translates too (countries, areas, modes, peer groups): the
#: report takes their translations from the interface's own (``resources/translations``).
VOCABULARY = frozenset(
    (*TECHNOLOGY_AREAS, *INTERVIEW_MODES.values(), *COUNTRIES.values(), *GROUP_LABELS)
)

GERMAN: dict[str, str] = {
    # pages, cover and headings
    "PRACTICE – NOT FOR LABELLING": "ÜBUNG – NICHT FÜR EIN LABEL",
    "Benchmarking report – {cluster}": "Benchmarking-Bericht – {cluster}",
    "Benchmarking report · {cluster}": "Benchmarking-Bericht · {cluster}",
    "Page {page} of {total}": "Seite {page} von {total}",
    "ECEI cluster management benchmarking": "ECEI-Benchmarking des Clustermanagements",
    "Benchmarking report": "Benchmarking-Bericht",
    "Cluster": "Cluster",
    "Country": "Land",
    "Technology area": "Technologiebereich",
    "Interview date": "Datum des Interviews",
    "Expert": "Experte/Expertin",
    "Mode": "Interviewform",
    "Questionnaire": "Fragebogen",
    "Peer data": "Vergleichsdaten",
    "Report generated": "Bericht erstellt",
    "none loaded": "keine geladen",
    "synthetic reference set (fictional clusters, not real results)": (
        "synthetischer Referenzdatensatz (fiktive Cluster, keine echten Ergebnisse)"
    ),
    "{cluster} (fictional)": "{cluster} (fiktiv)",
    "Practice interview: this report is for training only and can never lead to a label.": (
        "Übungsinterview: Dieser Bericht dient nur dem Training und kann nie zu einem Label führen."
    ),
    "The cluster in this report is fictional; any resemblance to a real organisation is "
    "coincidental.": (
        "Der Cluster in diesem Bericht ist fiktiv; Ähnlichkeiten mit einer echten "
        "Organisation sind zufällig."
    ),
    # the summary on the cover
    "Summary": "Zusammenfassung",
    "Eligibility": "Teilnahmeberechtigung",
    "Gold readiness": "Gold-Reife",
    "Silver pre-check": "Silber-Vorprüfung",
    "Answered": "Beantwortet",
    "Compared with": "Verglichen mit",
    "no peer group shown": "keine Vergleichsgruppe gezeigt",
    "Bronze verdict": "Ergebnis Bronze",
    "Silver verdict": "Ergebnis Silber",
    "Bronze": "Bronze",
    "Silver": "Silber",
    "{answered} of {total} indicators; {passed} meet the Gold threshold": (
        "{answered} von {total} Indikatoren; {passed} erreichen die Gold-Schwelle"
    ),
    "Strongest section: {best}. Most room to improve: {worst}.": (
        "Stärkster Abschnitt: {best}. Größter Spielraum: {worst}."
    ),
    "{share} % of the weighted indicators meet Gold ({required} % needed)": (
        "{share} % der gewichteten Indikatoren erreichen Gold ({required} % nötig)"
    ),
    "{share} % of the weighted indicators meet Gold so far ({required} % needed)": (
        "{share} % der gewichteten Indikatoren erreichen bisher Gold ({required} % nötig)"
    ),
    # the report of an interview without answers
    "No question has been answered yet.": "Noch keine Frage ist beantwortet.",
    "This report shows the interview's details and the questionnaire only. Once questions "
    "are answered, it adds the eligibility, Gold readiness, the comparison with peers, the "
    "results by section and the answers.": (
        "Dieser Bericht zeigt nur die Angaben zum Interview und den Fragebogen. Sobald Fragen "
        "beantwortet sind, kommen Teilnahmeberechtigung, Gold-Reife, der Vergleich mit anderen "
        "Clustern, die Ergebnisse je Abschnitt und die Antworten hinzu."
    ),
    "The questionnaire": "Der Fragebogen",
    "{questions} questions in {sections} sections are to be asked.": (
        "{questions} Fragen in {sections} Abschnitten sind zu stellen."
    ),
    "Questions": "Fragen",
    "Indicators": "Indikatoren",
    # statuses
    "Status: {status}.": "Status: {status}.",
    "Eligible": "Teilnahmeberechtigt",
    "Not eligible": "Nicht teilnahmeberechtigt",
    "Incomplete: some criteria are not answered yet": (
        "Unvollständig: einige Kriterien sind noch nicht beantwortet"
    ),
    "Met": "Erfüllt",
    "Not met": "Nicht erfüllt",
    "Waived": "Entfällt",
    "Not answered": "Nicht beantwortet",
    "not answered": "nicht beantwortet",
    "not asked": "nicht gefragt",
    "answered": "beantwortet",
    "Gold-ready": "Gold-reif",
    "Not yet Gold-ready": "Noch nicht Gold-reif",
    "Incomplete": "Unvollständig",
    "Passed": "Bestanden",
    "Not passed": "Nicht bestanden",
    "Improved": "Verbessert",
    "Declined": "Verschlechtert",
    "Same": "Gleich",
    "Not comparable": "Nicht vergleichbar",
    "Unknown": "Unbekannt",
    "Yes": "Ja",
    "No": "Nein",
    "Meets": "Erreicht",
    "Below": "Darunter",
    "Not asked": "Nicht gefragt",
    "Validated": "Bestätigt",
    "Not validated": "Nicht bestätigt",
    "changed": "geändert",
    "All minimum requirements met": "Alle Mindestanforderungen erfüllt",
    "Minimum requirements not met": "Mindestanforderungen nicht erfüllt",
    "Not known yet: minimum requirements not all answered": (
        "Noch offen: nicht alle Mindestanforderungen sind beantwortet"
    ),
    # values in tables
    "{count} selected": "{count} gewählt",
    "{count} given": "{count} angegeben",
    "{option} or better": "{option} oder besser",
    "needs No": "nötig: Nein",
    "needs Yes": "nötig: Ja",
    "needs {target}": "nötig: {target}",
    "earlier by {years} years": "{years} Jahre früher",
    "later by {years} years": "{years} Jahre später",
    "raise by {amount}": "um {amount} erhöhen",
    "reduce by {amount}": "um {amount} senken",
    "* The threshold is our assumption, not a figure ESCA has published.": (
        "* Die Schwelle ist unsere Annahme, kein von der ESCA veröffentlichter Wert."
    ),
    # peers
    # short names with soft hyphens, for narrow table headers
    "area peers": "Bereichs\u00adgruppe",
    "excellence group": "Exzellenz\u00adgruppe",
    "all clusters": "Gesamtgruppe",
    "Area peers: {group}.": "Bereichsgruppe: {group}.",
    "Excellence group: {group}.": "Exzellenzgruppe: {group}.",
    "No reference data was loaded: peer groups are not shown.": (
        "Es wurden keine Referenzdaten geladen: Vergleichsgruppen werden nicht gezeigt."
    ),
    "Peer data: synthetic reference set ({size}fictional clusters, {name}). These are "
    "generated numbers, not real results of real clusters.": (
        "Vergleichsdaten: synthetischer Referenzdatensatz ({size}fiktive Cluster, {name}). Das "
        "sind erzeugte Zahlen, keine echten Ergebnisse echter Cluster."
    ),
    "Peer data: reference set {name} ({size}clusters).": (
        "Vergleichsdaten: Referenzdatensatz {name} ({size}Cluster)."
    ),
    "SHA-256 of the reference data: {sha256}.": "SHA-256 der Referenzdaten: {sha256}.",
    "Groups with fewer than 5 members are never shown.": (
        "Gruppen mit weniger als 5 Mitgliedern werden nie gezeigt."
    ),
    "{area} peers": "{area}: Vergleichscluster",
    "technology area": "Technologiebereich",
    "Excellence group": "Exzellenzgruppe",
    "Previous benchmarking, {date}": "Voriges Benchmarking, {date}",
    "date unknown": "Datum unbekannt",
    "{group}: fewer than 5 peers, not shown": (
        "{group}: weniger als 5 Vergleichscluster, nicht gezeigt"
    ),
    "No sections to chart.": "Keine Abschnitte für das Diagramm.",
    "Gold needs {share} %": "Gold braucht {share} %",
    # eligibility and Gold
    "Criterion": "Kriterium",
    "Status": "Status",
    "Reason": "Begründung",
    "The Gold share counts the questionnaire's Gold indicator set: {count} indicators that "
    "apply to this cluster.": (
        "Der Gold-Anteil zählt die Gold-Indikatoren des Fragebogens: {count} Indikatoren, die "
        "für diesen Cluster gelten."
    ),
    "Sources of the rules: {sources}": "Quellen der Regeln: {sources}",
    "All minimum requirements are met.": "Alle Mindestanforderungen sind erfüllt.",
    "At least one minimum requirement is not met; this blocks Silver and Gold.": (
        "Mindestens eine Mindestanforderung ist nicht erfüllt; das verhindert Silber und Gold."
    ),
    "Minimum requirements cannot be judged yet.": (
        "Die Mindestanforderungen lassen sich noch nicht beurteilen."
    ),
    "Minimum requirements (Silver pre-check): {explanation}": (
        "Mindestanforderungen (Silber-Vorprüfung): {explanation}"
    ),
    "What would change the result": "Was das Ergebnis ändern würde",
    "Indicators below the Gold threshold or not answered": (
        "Indikatoren unter der Gold-Schwelle oder nicht beantwortet"
    ),
    "Indicator": "Indikator",
    "Gold threshold": "Gold-Schwelle",
    "Gold": "Gold",
    "Gap to Gold": "Abstand zu Gold",
    # label path and progress
    "Label verdicts": "Label-Ergebnisse",
    "Bronze needs eligibility and a complete benchmarking. Silver needs a second benchmarking "
    "1.5 to 2 years after the first, at least 3 improvement areas validated against the Gold "
    "thresholds of their indicators, and every baseline minimum met. ESCA decides every label; "
    "these verdicts prepare it.": (
        "Bronze setzt Teilnahmeberechtigung und ein vollständiges Benchmarking voraus. Silber "
        "setzt ein zweites Benchmarking 1,5 bis 2 Jahre nach dem ersten voraus, mindestens 3 "
        "Verbesserungsbereiche, die an den Gold-Schwellen ihrer Indikatoren bestätigt sind, "
        "und jedes Mindestkriterium der Basis erfüllt. Über jedes Label entscheidet die ESCA; "
        "diese Ergebnisse bereiten die Entscheidung vor."
    ),
    "{months} months after the previous benchmarking of {date}": (
        "{months} Monate nach dem vorigen Benchmarking vom {date}"
    ),
    "after the previous benchmarking of {date}": "nach dem vorigen Benchmarking vom {date}",
    "Progress since the previous benchmarking": "Fortschritt seit dem vorigen Benchmarking",
    "This benchmarking ({date}) comes {when}. Both are scored with this questionnaire; "
    "answers the earlier interview did not give are left out.": (
        "Dieses Benchmarking ({date}) kommt {when}. Beide sind mit diesem Fragebogen bewertet; "
        "Antworten, die das frühere Interview nicht gab, bleiben unberücksichtigt."
    ),
    "Section scores then and now": "Abschnittswerte damals und heute",
    "Section": "Abschnitt",
    "Previous": "Vorher",
    "Now": "Jetzt",
    "Change": "Veränderung",
    "Trend": "Entwicklung",
    "Indicators that changed": "Indikatoren, die sich verändert haben",
    "No indicator has changed since the previous benchmarking.": (
        "Kein Indikator hat sich seit dem vorigen Benchmarking verändert."
    ),
    "Improvement areas": "Verbesserungsbereiche",
    "Improvement area": "Verbesserungsbereich",
    "Evidence": "Nachweis",
    "Against Gold": "An Gold gemessen",
    "{validated} of at least {required} improvement areas are validated.": (
        "{validated} von mindestens {required} Verbesserungsbereichen sind bestätigt."
    ),
    "No improvement areas are recorded for this benchmarking.": (
        "Für dieses Benchmarking sind keine Verbesserungsbereiche erfasst."
    ),
    # comparison and sections
    "Comparison with peers": "Vergleich mit anderen Clustern",
    "Section scores from 0 to 100 over the answered indicators of each section; peer lines "
    "show the mean section score of each group. A section without an answered indicator is "
    "not scored and leaves a gap in the cluster's outline; an open dot marks a partial score, "
    "which covers only the indicators answered so far (the axis says how many).": (
        "Abschnittswerte von 0 bis 100 über die beantworteten Indikatoren jedes Abschnitts; "
        "die Linien der Vergleichsgruppen zeigen ihren mittleren Abschnittswert. Ein Abschnitt "
        "ohne beantworteten Indikator ist nicht bewertet und lässt eine Lücke im Umriss des "
        "Clusters; ein offener Punkt markiert einen Teilwert, der nur die bisher beantworteten "
        "Indikatoren umfasst (die Achse sagt, wie viele)."
    ),
    "Section scores against the peer groups": "Abschnittswerte im Vergleich der Gruppen",
    "Cluster score": "Wert des Clusters",
    "Mean: {group}": "Mittel: {group}",
    "Percentile: {group}": "Perzentil: {group}",
    "Percentile: the share of the group's clusters that this cluster matches or beats (0 to "
    "100). {dash} means not scored yet or the group is not shown. A partial score covers only "
    "the indicators answered so far.": (
        "Perzentil: der Anteil der Cluster der Gruppe, die dieser Cluster erreicht oder "
        "übertrifft (0 bis 100). {dash} heißt: noch nicht bewertet, oder die Gruppe wird nicht "
        "gezeigt. Ein Teilwert umfasst nur die bisher beantworteten Indikatoren."
    ),
    "Results by section": "Ergebnisse je Abschnitt",
    "Indicators answered": "Indikatoren beantwortet",
    "not scored": "nicht bewertet",
    "{score} (partial)": "{score} (teilweise)",
    "{answered} of {indicators}": "{answered} von {indicators}",
    "{answered} of {indicators} answered": "{answered} von {indicators} beantwortet",
    "{section}, partial: {answered} of {indicators} indicators answered": (
        "{section}, teilweise: {answered} von {indicators} Indikatoren beantwortet"
    ),
    "not scored: none of its {count} indicators is answered yet": (
        "nicht bewertet: keiner seiner {count} Indikatoren ist bisher beantwortet"
    ),
    "score {score} of 100, partial: {answered} of {indicators} indicators answered": (
        "Wert {score} von 100, teilweise: {answered} von {indicators} Indikatoren beantwortet"
    ),
    "score {score} of 100 over all {count} indicators": (
        "Wert {score} von 100 über alle {count} Indikatoren"
    ),
    "({note})": "({note})",
    "{group}: mean {mean}, percentile {percentile}": (
        "{group}: Mittel {mean}, Perzentil {percentile}"
    ),
    "Percentiles are shown for peer indicators only; {dash} means not answered, not compared "
    "with peers, or the group is not shown.": (
        "Perzentile stehen nur bei Vergleichsindikatoren; {dash} heißt: nicht beantwortet, "
        "nicht verglichen, oder die Gruppe wird nicht gezeigt."
    ),
    # strengths and improvement
    "Strengths and areas for improvement": "Stärken und Verbesserungsbereiche",
    "Derived from the scores: sections and indicators where the cluster stands out against "
    "its peers, and those furthest from Gold. Benchmarking is not a ranking; it shows where "
    "to learn from others.": (
        "Aus den Bewertungen abgeleitet: Abschnitte und Indikatoren, in denen der Cluster im "
        "Vergleich herausragt, und jene, die am weitesten von Gold entfernt sind. Benchmarking "
        "ist keine Rangliste; es zeigt, wo man von anderen lernen kann."
    ),
    "{section} (percentile {percentile} among {group})": (
        "{section} (Perzentil {percentile} in der {group})"
    ),
    " (percentile {percentile} among {group})": " (Perzentil {percentile} in der {group})",
    "{section} (score {score} of 100)": "{section} (Wert {score} von 100)",
    "{value} meets the Gold threshold{rank}.": "{value} erreicht die Gold-Schwelle{rank}.",
    "{gap} to reach Gold{rank}.": "{gap}, um Gold zu erreichen{rank}.",
    "Minimum requirement not met: {label}.": "Mindestanforderung nicht erfüllt: {label}.",
    "{count} Gold indicators are not answered yet; they count as not met until answered (see "
    "Gold readiness).": (
        "{count} Gold-Indikatoren sind noch nicht beantwortet; sie gelten bis dahin als nicht "
        "erreicht (siehe Gold-Reife)."
    ),
    "Strengths": "Stärken",
    "No strength stands out in the scores yet.": (
        "Noch ragt keine Stärke in den Bewertungen heraus."
    ),
    "Areas for improvement": "Verbesserungsbereiche",
    "No area for improvement stands out in the scores.": (
        "Kein Verbesserungsbereich ragt in den Bewertungen heraus."
    ),
    "The expert's recommendations": "Empfehlungen der Expertin oder des Experten",
    "The expert has not written recommendations.": "Es wurden keine Empfehlungen geschrieben.",
    # appendix
    "Appendix: answers": "Anhang: Antworten",
    "Every question asked in the interview with the answer recorded. Notes appear only where "
    "the expert marked them for the report.": (
        "Jede im Interview gestellte Frage mit der erfassten Antwort. Notizen erscheinen nur, "
        "wo sie für den Bericht markiert wurden."
    ),
    "Note:": "Notiz:",
}

#: German forms for a count of exactly one, where one English template serves every count.
GERMAN_ONE: dict[str, str] = {
    "{count} Gold indicators are not answered yet; they count as not met until answered (see "
    "Gold readiness).": (
        "{count} Gold-Indikator ist noch nicht beantwortet; er gilt bis dahin als nicht "
        "erreicht (siehe Gold-Reife)."
    ),
}
ENGLISH_ONE: dict[str, str] = {
    "{count} Gold indicators are not answered yet; they count as not met until answered (see "
    "Gold readiness).": (
        "{count} Gold indicator is not answered yet; it counts as not met until answered (see "
        "Gold readiness)."
    ),
}

CATALOGUES: dict[str, dict[str, str]] = {"de": GERMAN}
SINGULAR_CATALOGUES: dict[str, dict[str, str]] = {"en": ENGLISH_ONE, "de": GERMAN_ONE}


def say(language: str, template: str, **values: object) -> str:
    """The report's ``template`` in ``language`` (English without a translation), filled in."""
    return fill(CATALOGUES.get(language, {}), template, values)


def say_count(language: str, count: int, template: str, **values: object) -> str:
    """Like ``say``, with the singular form when ``count`` is one."""
    catalogue, singulars = CATALOGUES.get(language, {}), SINGULAR_CATALOGUES.get(language, {})
    return fill_count(catalogue, singulars, count, template, {"count": count, **values})


def term(language: str, english: str) -> str:
    """A fixed name (a country, an area, a mode, a peer group) in ``language``."""
    return _terms(language).get(english, english)


@cache
def _terms(language: str) -> dict[str, str]:
    """The interface's finished translations of the ``VOCABULARY`` into ``language``."""
    path = RESOURCES_DIR / "translations" / f"clusterbench_{language}.ts"
    if language == "en" or not path.is_file():
        return {}
    terms: dict[str, str] = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if (
            source in VOCABULARY
            and translation is not None
            and translation.text
            and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        ):
            terms.setdefault(source, translation.text)
    return terms


def number(language: str, value: float, digits: int = 0) -> str:
    """A figure with ``digits`` decimals and the language's decimal mark."""
    return number_text(language, f"{value:,.{digits}f}")


__all__ = ["number", "number_text", "say", "say_count", "term"]
