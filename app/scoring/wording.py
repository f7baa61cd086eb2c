"""The scoring engine's sentences in the interface language (English, German).

The engine has no Qt, so it keeps its own small catalogue: each English template maps to
its German form, with the same ``{placeholders}``. A template without a translation, or a
language without a catalogue, gives the English text. English stays exactly as it always
was (stored scores are verified by recomputing them in English); where one English template
serves every count, ``say_count`` picks the other language's singular form, and
``number_text`` writes numbers with the language's decimal mark.
"""

from __future__ import annotations

from collections.abc import Mapping

GERMAN: dict[str, str] = {
    # criteria
    "Listed on the ECCP": "Auf der ECCP gelistet",
    "Recognised by a cluster programme": "Von einem Clusterprogramm anerkannt",
    "Recognised as a social-economy cluster": "Als Cluster der Sozialwirtschaft anerkannt",
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
    "Not answered yet; recognition as a social-economy cluster would waive the criteria below.": (
        "Noch nicht beantwortet; die Anerkennung als Cluster der Sozialwirtschaft würde die "
        "folgenden Kriterien ersetzen."
    ),
    "Officially recognised as a social-economy cluster; the ECCP validation criteria below "
    "are waived.": (
        "Offiziell als Cluster der Sozialwirtschaft anerkannt; die folgenden "
        "ECCP-Validierungskriterien entfallen."
    ),
    "Not recognised as a social-economy cluster; the criteria below apply unless another "
    "recognition waives them.": (
        "Nicht als Cluster der Sozialwirtschaft anerkannt; es gelten die folgenden Kriterien, "
        "sofern keine andere Anerkennung sie ersetzt."
    ),
    "Waived: the cluster is recognised as a social-economy cluster.": (
        "Entfällt: Der Cluster ist als Cluster der Sozialwirtschaft anerkannt."
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
    " Alternatively, recognition by a national or regional cluster programme or as a "
    "social-economy cluster waives the ECCP validation criteria.": (
        " Alternativ ersetzt die Anerkennung durch ein nationales oder regionales "
        "Clusterprogramm oder als Cluster der Sozialwirtschaft die ECCP-Validierungskriterien."
    ),
    "Eligible: listed on the ECCP and recognised as a social-economy cluster, which waives "
    "the ECCP validation criteria.": (
        "Teilnahmeberechtigt: auf der ECCP gelistet und als Cluster der Sozialwirtschaft "
        "anerkannt, was die ECCP-Validierungskriterien ersetzt."
    ),
    "Incomplete: {failed} not met, which only matters if the cluster is not recognised by a "
    "cluster programme or as a social-economy cluster; answer those questions to decide.": (
        "Unvollständig: {failed} nicht erfüllt; das zählt nur, wenn der Cluster weder von einem "
        "Clusterprogramm noch als Cluster der Sozialwirtschaft anerkannt ist. Beantworten Sie "
        "diese Fragen, um es zu entscheiden."
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
    # answers and targets
    "yes": "ja",
    "no": "nein",
    "none": "keine",
    "not answered": "nicht beantwortet",
    "not asked": "nicht gefragt",
    # an answer as shown in full (``engine.answer_text``)
    "Yes": "Ja",
    "No": "Nein",
    "None selected": "Keine Auswahl",
    "None given": "Keine Angaben",
    "(empty)": "(leer)",
    "{number} chosen": "{number} Nennungen",
    "{number} entry": "{number} Eintrag",
    "{number} entries": "{number} Einträge",
    "{count} of {total}: {names}": "{count} von {total}: {names}",
    "'{option}' or better": "„{option}“ oder besser",
    "at least {quantity}": "mindestens {quantity}",
    "at most {quantity}": "höchstens {quantity}",
    # indicator explanations
    "{label}: not asked, because of another answer; not counted.": (
        "{label}: wegen einer anderen Antwort nicht gefragt; wird nicht gewertet."
    ),
    "{label}: not answered yet; {needs}.": "{label}: noch nicht beantwortet; {needs}.",
    "{label}: not answered yet.": "{label}: noch nicht beantwortet.",
    "Gold needs {target}": "Gold erfordert {target}",
    "Gold needs yes": "Gold erfordert ein Ja",
    "Gold needs no": "Gold erfordert ein Nein",
    "the minimum is {target}": "Mindestanforderung: {target}",
    "Answer '{label}'.": "„{label}“ beantworten.",
    "meets Gold": "erreicht Gold",
    "{label}: needs yes (now {shown}).": "{label}: Ja nötig (derzeit {shown}).",
    "{label}: needs no (now {shown}).": "{label}: Nein nötig (derzeit {shown}).",
    "below Gold, which needs {target}": "unter Gold (nötig: {target})",
    "Gold needs {target} ({gap} short)": "Gold erfordert {target} ({gap} unter dem Schwellenwert)",
    "Gold needs {target} ({gap} too high)": (
        "Gold erfordert {target} ({gap} über dem Schwellenwert)"
    ),
    "{label}: {target} (now {shown}).": "{label}: {target} (derzeit {shown}).",
    "no Gold threshold": "kein Gold-Schwellenwert",
    "meets the minimum of {target}": "erfüllt die Mindestanforderung ({target})",
    "BELOW the minimum of {target}": "UNTER der Mindestanforderung ({target})",
    "{label}: {needed} needed, now {shown}": "{label}: {needed} nötig, derzeit {shown}",
    # Gold readiness: what would change it
    "Minimum requirement - {text}.": "Mindestanforderung – {text}.",
    "Minimum requirement - {change}": "Mindestanforderung – {change}",
    "Meeting Gold on {count} more indicator would lift the share from {share} % to {lifted} %:": (
        "Wenn {count} weiterer Indikator Gold erreicht, steigt der Anteil von {share} % auf "
        "{lifted} %:"
    ),
    "Meeting Gold on {count} more indicators would lift the share from {share} % to {lifted} %:": (
        "Wenn {count} weitere Indikatoren Gold erreichen, steigt der Anteil von {share} % auf "
        "{lifted} %:"
    ),
    "Meeting Gold on every failing indicator would still not be enough; answer the open "
    "indicators too:": (
        "Selbst wenn alle verfehlten Indikatoren Gold erreichten, würde das nicht ausreichen; "
        "zusätzlich die offenen Indikatoren beantworten:"
    ),
    "Answer the {count} open indicator ({names}).": (
        "Den {count} offenen Indikator beantworten ({names})."
    ),
    "Answer the {count} open indicators ({names}).": (
        "Die {count} offenen Indikatoren beantworten ({names})."
    ),
    # Gold readiness: the verdict
    "{share} % of the weighted indicators meet Gold ({required} % needed)": (
        "{share} % der gewichteten Indikatoren erreichen Gold ({required} % nötig)"
    ),
    "Ready for Gold: {counts}, and every minimum requirement is met.": (
        "Bereit für Gold: {counts}, und alle Mindestanforderungen sind erfüllt."
    ),
    "Not ready for Gold: {counts}; {reasons}.": "Noch nicht bereit für Gold: {counts}; {reasons}.",
    "a minimum requirement is not met ({names})": (
        "eine Mindestanforderung ist nicht erfüllt ({names})"
    ),
    "the share is too low": "der Anteil ist zu niedrig",
    "the share is too low even if all {count} open indicators passed ({best} %)": (
        "der Anteil bliebe selbst dann zu niedrig, wenn alle offenen Indikatoren Gold "
        "erreichten ({count} offen, höchstens {best} %)"
    ),
    " and ": " und ",
    "The pack has no indicator with a Gold threshold.": (
        "Das Fragebogen-Paket hat keinen Indikator mit Gold-Schwellenwert."
    ),
    "Incomplete: {counts} so far; {count} indicator is not answered yet, and up to {best} % is "
    "still possible": (
        "Unvollständig (Zwischenstand): {counts}; {count} Indikator ist noch nicht beantwortet, "
        "und bis zu {best} % sind noch möglich"
    ),
    "Incomplete: {counts} so far; {count} indicators are not answered yet, and up to {best} % "
    "is still possible": (
        "Unvollständig (Zwischenstand): {counts}; {count} Indikatoren sind noch nicht "
        "beantwortet, und bis zu {best} % sind noch möglich"
    ),
    "; {count} minimum requirement(s) unanswered.": (
        "; noch unbeantwortete Mindestanforderungen: {count}."
    ),
    # Silver pre-check
    "Silver pre-check not passed: {count} minimum requirement is not met ({names}).": (
        "Silber-Vorprüfung nicht bestanden: {count} Mindestanforderung ist nicht erfüllt ({names})."
    ),
    "Silver pre-check not passed: {count} minimum requirements are not met ({names}).": (
        "Silber-Vorprüfung nicht bestanden: {count} Mindestanforderungen sind nicht erfüllt "
        "({names})."
    ),
    "Silver pre-check incomplete: minimum requirements not answered yet ({names}).": (
        "Silber-Vorprüfung unvollständig: Mindestanforderungen noch nicht beantwortet ({names})."
    ),
    "Silver pre-check passed: all {count} minimum requirements are met.": (
        "Silber-Vorprüfung bestanden: Alle Mindestanforderungen sind erfüllt ({count} von {count})."
    ),
    "The pack declares no minimum requirements.": (
        "Das Fragebogen-Paket legt keine Mindestanforderungen fest."
    ),
    # sources of the rules
    "{count} of the {total} indicators in the Gold share rest on thresholds that are our "
    "assumption.": (
        "{count} der {total} Indikatoren im Gold-Anteil beruhen auf Schwellenwerten, die unsere "
        "Annahme sind."
    ),
    "The Gold indicator set is our assumption.": "Die Gold-Indikatorenliste ist unsere Annahme.",
    "{count} baseline minimum requirements are our assumption.": (
        "{count} Baseline-Mindestanforderungen sind unsere Annahme."
    ),
    "{count} eligibility minimums are our assumption.": (
        "{count} Mindestwerte der Teilnahmevoraussetzungen sind unsere Annahme."
    ),
    "Every threshold, minimum and set used rests on a public source.": (
        "Alle verwendeten Schwellenwerte, Mindestwerte und Listen beruhen auf öffentlichen Quellen."
    ),
    # label verdicts
    "Bronze: passed. The cluster is eligible and the benchmarking is complete.": (
        "Bronze: bestanden. Der Cluster ist teilnahmeberechtigt und das Benchmarking ist "
        "vollständig."
    ),
    "The benchmarking is not complete: {count} required question is not answered yet ({names}).": (
        "Das Benchmarking ist nicht vollständig: {count} Pflichtfrage ist noch nicht "
        "beantwortet ({names})."
    ),
    "The benchmarking is not complete: {count} required questions are not answered yet "
    "({names}).": (
        "Das Benchmarking ist nicht vollständig: {count} Pflichtfragen sind noch nicht "
        "beantwortet ({names})."
    ),
    "Bronze: not passed. The cluster is not eligible.": (
        "Bronze: nicht bestanden. Der Cluster ist nicht teilnahmeberechtigt."
    ),
    "Bronze: incomplete.": "Bronze: unvollständig.",
    "Validated: its indicator meets the Gold threshold.": (
        "Bestätigt: Sein Indikator erreicht den Gold-Schwellenwert."
    ),
    "Validated: all {count} indicators meet their Gold thresholds.": (
        "Bestätigt: Alle {count} Indikatoren erreichen ihre Gold-Schwellenwerte."
    ),
    "Not validated: no evidence is given.": "Nicht bestätigt: Es ist kein Nachweis angegeben.",
    "Not validated: it names no indicator.": "Nicht bestätigt: Es ist kein Indikator genannt.",
    "Not validated: '{indicator}' is not an indicator with a Gold threshold.": (
        "Nicht bestätigt: „{indicator}“ ist kein Indikator mit Gold-Schwellenwert."
    ),
    "Not validated: below the Gold threshold: {names}.": (
        "Nicht bestätigt: unter dem Gold-Schwellenwert: {names}."
    ),
    "Not answered yet: {names}.": "Noch nicht beantwortet: {names}.",
    "Silver: passed. Second benchmarking after {months} months, {validated} validated "
    "improvement areas, every baseline minimum met.": (
        "Silber: bestanden. Zweites Benchmarking nach {months} Monaten, {validated} bestätigte "
        "Verbesserungsbereiche, alle Baseline-Mindestanforderungen erfüllt."
    ),
    "The second benchmarking does not pass Bronze.": (
        "Das zweite Benchmarking besteht Bronze nicht."
    ),
    "No previous benchmarking: Silver needs a second benchmarking 1.5 to 2 years after the "
    "first.": (
        "Kein früheres Benchmarking: Silber setzt ein zweites Benchmarking 1,5 bis 2 Jahre "
        "nach dem ersten voraus."
    ),
    "{validated} of at least {needed} improvement areas are validated against the Gold "
    "thresholds of their indicators.": (
        "{validated} von mindestens {needed} Verbesserungsbereichen sind anhand der "
        "Gold-Schwellenwerte ihrer Indikatoren bestätigt."
    ),
    "A baseline minimum requirement is not met ({names}).": (
        "Eine Baseline-Mindestanforderung ist nicht erfüllt ({names})."
    ),
    "Silver: not passed.": "Silber: nicht bestanden.",
    "Silver: incomplete.": "Silber: unvollständig.",
    "The second benchmarking is not complete for Bronze.": (
        "Das zweite Benchmarking ist für Bronze noch nicht vollständig."
    ),
    "The date of this benchmarking is not known.": "Das Datum dieses Benchmarkings ist unbekannt.",
    "{validated} of at least {needed} improvement areas are validated so far; answer their "
    "open indicators.": (
        "{validated} von mindestens {needed} Verbesserungsbereichen sind bisher bestätigt; "
        "beantworten Sie ihre offenen Indikatoren."
    ),
    "Baseline minimum requirements are not answered yet.": (
        "Baseline-Mindestanforderungen sind noch nicht beantwortet."
    ),
    "This benchmarking is {months} months after the previous one ({previous}); Silver needs "
    "18 to 24 months ({start} to {end}).": (
        "Dieses Benchmarking liegt {months} Monate nach dem vorigen ({previous}); Silber "
        "verlangt 18 bis 24 Monate ({start} bis {end})."
    ),
    "This benchmarking is {months} months after the previous one ({previous}), within the "
    "18 to 24 months Silver needs.": (
        "Dieses Benchmarking liegt {months} Monate nach dem vorigen ({previous}), innerhalb "
        "der 18 bis 24 Monate, die Silber verlangt."
    ),
    "{validated} improvement areas are validated against the Gold thresholds of their "
    "indicators (at least {needed} needed).": (
        "{validated} Verbesserungsbereiche sind anhand der Gold-Schwellenwerte ihrer "
        "Indikatoren bestätigt (mindestens {needed} nötig)."
    ),
    "Every baseline minimum requirement is met.": (
        "Alle Baseline-Mindestanforderungen sind erfüllt."
    ),
    "The interview has passed its time budget of {budget} (by {overrun}).": (
        "Das Interview hat sein Zeitbudget von {budget} überschritten (um {overrun})."
    ),
    "less than a minute": "weniger als eine Minute",
    "Gold readiness: ready.": "Gold-Reife: bereit.",
    "Gold readiness: not ready.": "Gold-Reife: noch nicht bereit.",
    "Gold readiness: incomplete.": "Gold-Reife: unvollständig.",
    # peer groups
    "The {count} Gold-labelled clusters of the reference set.": (
        "Die {count} Cluster mit Gold-Label im Referenzdatensatz."
    ),
    "Only {count} Gold-labelled clusters, so the top quartile of all clusters by overall score "
    "stands in.": (
        "Nur {count} Cluster mit Gold-Label, daher tritt das oberste Quartil aller Cluster nach "
        "Gesamtbewertung an ihre Stelle."
    ),
    "No technology area given for the cluster.": (
        "Für den Cluster ist kein Technologiefeld angegeben."
    ),
    "Reference clusters in {area}.": "Referenzcluster im Technologiefeld „{area}“.",
    "Every cluster of the reference set.": "Alle Cluster des Referenzdatensatzes.",
    " Fewer than {minimum} members: not shown.": (
        " Weniger als {minimum} Cluster in der Gruppe: nicht angezeigt."
    ),
    # technology areas (as in the interface's translation)
    "Aviation & space": "Luft- und Raumfahrt",
    "Biotechnology": "Biotechnologie",
    "Construction": "Bauwesen",
    "Energy & environment": "Energie und Umwelt",
    "Food (non-biotech)": "Lebensmittel (ohne Biotechnologie)",
    "Health & medical science": "Gesundheit und Medizin",
    "Humanities/media/design/service innovation": (
        "Geisteswissenschaften/Medien/Design/Dienstleistungsinnovation"
    ),
    "ICT": "IKT",
    "Micro-, nano- & optical technologies": "Mikro-, Nano- und optische Technologien",
    "New materials & chemistry": "Neue Werkstoffe und Chemie",
    "Production & engineering": "Produktion und Maschinenbau",
    "Transportation & mobility": "Verkehr und Mobilität",
    "Sports, leisure & tourism": "Sport, Freizeit und Tourismus",
    "Creative industries": "Kreativwirtschaft",
}

GERMAN.update(
    {
        # answers the pack refuses (without a message of its own)
        "Must be at least {low}.": "Muss mindestens {low} sein.",
        "Must be at most {high}.": "Darf höchstens {high} sein.",
        "Choose at least {n}.": "Mindestens {n} auswählen.",
        "Choose at most {n}.": "Höchstens {n} auswählen.",
        "Expected a web address starting with https://.": (
            "Erwartet wird eine Webadresse, die mit https:// beginnt."
        ),
        "Expected a number.": "Erwartet wird eine Zahl.",
        "{date} is a date; type only the year, e.g. {year}.": (
            "{date} ist ein Datum; bitte nur das Jahr eintragen, z. B. {year}."
        ),
        "{date} is a date, not a number.": "{date} ist ein Datum, keine Zahl.",
    }
)

GERMAN.update(
    {
        # practice calibration: how an item is compared
        "free text: shown, not compared": "Freitext: angezeigt, nicht verglichen",
        "neither answered": "von keiner Seite beantwortet",
        "answered by the reference only": "nur von der Referenz beantwortet",
        "answered by the trainee only": "nur von Ihnen beantwortet",
        "years must be equal": "Jahre müssen gleich sein",
        "within {points} percentage point": "höchstens {points} Prozentpunkte Abweichung",
        "within {percent}% of the reference": "höchstens {percent} % Abweichung von der Referenz",
        "same options chosen": "gleiche Optionen gewählt",
        "same number of entries": "gleiche Anzahl an Einträgen",
        "exact match": "genaue Übereinstimmung",
        # practice calibration: Cohen's kappa (Landis and Koch's scale)
        "poor (worse than chance)": "schlecht (schlechter als der Zufall)",
        "slight": "gering",
        "fair": "ausreichend",
        "moderate": "mittelmäßig",
        "substantial": "beachtlich",
        "almost perfect": "fast vollkommen",
        "too early to judge": "noch zu früh für ein Urteil",
        "not available": "nicht verfügbar",
        "undefined": "nicht definiert",
        "No yes/no or choice item was answered by both, so kappa cannot be computed.": (
            "Keine Ja/Nein- oder Auswahlfrage wurde von beiden Seiten beantwortet, daher lässt "
            "sich Kappa nicht berechnen."
        ),
        "Both gave the same answer ({category}) to all {n} judgements: agreement expected by "
        "chance is already 100 %, so kappa is undefined (0/0). Observed agreement is 100 %; "
        "practise on a case with more varied answers.": (
            "Beide Seiten haben bei allen {n} Urteilen dieselbe Antwort ({category}) gegeben: "
            "Die zufällig erwartete Übereinstimmung beträgt schon 100 %, daher ist Kappa nicht "
            "definiert (0/0). Die beobachtete Übereinstimmung beträgt 100 %; üben Sie an einem "
            "Fall mit abwechslungsreicheren Antworten."
        ),
        "Only {n} yes/no and choice judgements were made by both so far: kappa {kappa} rests "
        "on too few to say how well you agree (it needs at least {minimum}). Answer more of "
        "the case.": (
            "Bisher haben beide Seiten erst {n} Ja/Nein- und Auswahlurteile abgegeben: Kappa "
            "{kappa} beruht auf zu wenigen, um zu sagen, wie gut Sie übereinstimmen (nötig sind "
            "mindestens {minimum}). Beantworten Sie mehr Fragen des Falls."
        ),
        "Over {n} yes/no and choice judgements: observed agreement {observed}%, agreement "
        "expected by chance {expected}%, kappa {kappa} ({words}).": (
            "Bei {n} Ja/Nein- und Auswahlurteilen: beobachtete Übereinstimmung {observed} %, "
            "zufällig erwartete Übereinstimmung {expected} %, Kappa {kappa} ({words})."
        ),
        # practice calibration: the verdicts on both answer sets
        "Eligibility": "Teilnahmeberechtigung",
        "Gold-readiness": "Gold-Reife",
        "Silver pre-check": "Silber-Vorprüfung",
        "eligible": "teilnahmeberechtigt",
        "not eligible": "nicht teilnahmeberechtigt",
        "incomplete": "unvollständig",
        "ready for Gold": "bereit für Gold",
        "not ready for Gold": "noch nicht bereit für Gold",
        "passed": "bestanden",
        "not passed": "nicht bestanden",
        # practice calibration: the largest differences
        "{label}: {trainee} with your answer, {reference} with the reference answer": (
            "{label}: mit Ihrer Antwort {trainee}, mit der Referenzantwort {reference}"
        ),
        "You left it unanswered; the reference answer is {reference}.": (
            "Sie haben die Frage nicht beantwortet; die Referenzantwort ist {reference}."
        ),
        "You answered {trainee}; the reference leaves it unanswered.": (
            "Sie haben {trainee} angegeben; die Referenz lässt die Frage unbeantwortet."
        ),
        "You answered {trainee}; the reference is {reference}.": (
            "Sie haben {trainee} angegeben; die Referenzantwort ist {reference}."
        ),
        "passes": "erfüllt",
        "fails": "nicht erfüllt",
        "is not scored": "ungewertet",
        "The indicator {with_reference} with the reference answer and {with_yours} with yours.": (
            "Mit der Referenzantwort ist der Indikator {with_reference}, mit Ihrer Antwort "
            "{with_yours}."
        ),
        "Correcting it moves {section} by {points} points.": (
            "Die Korrektur verändert „{section}“ um {points} Punkte."
        ),
        "The Gold share moves by {points} points.": (
            "Der Gold-Anteil ändert sich um {points} Punkte."
        ),
        "It does not change any score.": "Die Korrektur ändert keine Bewertung.",
        # practice calibration: the trend over a trainee's sessions
        "No practice sessions yet.": "Noch keine Übungssitzungen.",
        "One practice session so far; the trend shows from the second.": (
            "Bisher eine Übungssitzung; die Entwicklung zeigt sich ab der zweiten."
        ),
        "{sessions} sessions; agreement not available.": (
            "{sessions} Sitzungen; Übereinstimmung nicht verfügbar."
        ),
        "the same case": "demselben Fall",
        "different cases": "verschiedenen Fällen",
        "{sessions} sessions on {cases}: agreement up {points} points since the first.": (
            "{sessions} Sitzungen zu {cases}: Die Übereinstimmung ist seit der ersten um {points} "
            "Punkte gestiegen."
        ),
        "{sessions} sessions on {cases}: agreement down {points} points since the first.": (
            "{sessions} Sitzungen zu {cases}: Die Übereinstimmung ist seit der ersten um {points} "
            "Punkte gesunken."
        ),
        "{sessions} sessions on {cases}: agreement unchanged 0 points since the first.": (
            "{sessions} Sitzungen zu {cases}: Die Übereinstimmung ist seit der ersten unverändert."
        ),
    }
)

#: German forms for a count of exactly one, where one English template serves every count.
GERMAN_ONE: dict[str, str] = {
    "{number} chosen": "{number} Nennung",
    "{number} entries": "{number} Eintrag",
    "within {points} percentage point": "höchstens {points} Prozentpunkt Abweichung",
    "Both gave the same answer ({category}) to all {n} judgements: agreement expected by "
    "chance is already 100 %, so kappa is undefined (0/0). Observed agreement is 100 %; "
    "practise on a case with more varied answers.": (
        "Beide Seiten haben bei {n} Urteil dieselbe Antwort ({category}) gegeben: Die "
        "zufällig erwartete Übereinstimmung beträgt schon 100 %, daher ist Kappa nicht definiert "
        "(0/0). Die beobachtete Übereinstimmung beträgt 100 %; üben Sie an einem Fall mit "
        "abwechslungsreicheren Antworten."
    ),
    "Only {n} yes/no and choice judgements were made by both so far: kappa {kappa} rests "
    "on too few to say how well you agree (it needs at least {minimum}). Answer more of "
    "the case.": (
        "Bisher haben beide Seiten erst {n} Ja/Nein- oder Auswahlurteil abgegeben: Kappa "
        "{kappa} beruht auf zu wenigen, um zu sagen, wie gut Sie übereinstimmen (nötig sind "
        "mindestens {minimum}). Beantworten Sie mehr Fragen des Falls."
    ),
    "{sessions} sessions on {cases}: agreement up {points} points since the first.": (
        "{sessions} Sitzungen zu {cases}: Die Übereinstimmung ist seit der ersten um {points} "
        "Punkt gestiegen."
    ),
    "{sessions} sessions on {cases}: agreement down {points} points since the first.": (
        "{sessions} Sitzungen zu {cases}: Die Übereinstimmung ist seit der ersten um {points} "
        "Punkt gesunken."
    ),
}

GERMAN.update(
    {
        # clusterbench practice calibrate: its own lines
        "Practice calibration of interview {id} ({trainee})": (
            "Übungskalibrierung von Interview {id} ({trainee})"
        ),
        "Case: {title}": "Fall: {title}",
        "Item agreement: {agreed} of {compared} compared items ({percent})": (
            "Übereinstimmung je Frage: {agreed} von {compared} verglichenen Fragen ({percent})"
        ),
        "Cohen's kappa: {kappa} ({words}). {explanation}": (
            "Cohens Kappa: {kappa} ({words}). {explanation}"
        ),
        "Indicators with the same pass/fail: {percent}": (
            "Indikatoren mit gleichem Ergebnis (erreicht/verfehlt): {percent}"
        ),
        "  {label}: you {trainee}, reference {reference} ({mark})": (
            "  {label}: bei Ihnen {trainee}, bei der Referenz {reference} ({mark})"
        ),
        "same": "gleich",
        "DIFFERENT": "VERSCHIEDEN",
        "Largest differences:": "Größte Unterschiede:",
        "     Reference expert: {why}": "     Referenz: {why}",
        "History: {summary}": "Verlauf: {summary}",
        "n/a": "k. A.",
    }
)

#: The units of the shipped pack in German: (for a count of exactly one, for any other).
#: A unit a pack uses that is not here is shown as the pack writes it.
GERMAN_UNITS: dict[str, tuple[str, str]] = {
    "FTE": ("VZÄ", "VZÄ"),
    "EUR": ("EUR", "EUR"),
    "activities": ("Aktivität", "Aktivitäten"),
    "articles": ("Artikel", "Artikel"),
    "contacts": ("Kontakt", "Kontakte"),
    "days": ("Tag", "Tage"),
    "events": ("Veranstaltung", "Veranstaltungen"),
    "groups": ("Gruppe", "Gruppen"),
    "members": ("Mitglied", "Mitglieder"),
    "participants": ("Teilnehmer", "Teilnehmer"),
    "projects": ("Projekt", "Projekte"),
    "years": ("Jahr", "Jahre"),
}

CATALOGUES: dict[str, dict[str, str]] = {"de": GERMAN}
SINGULAR_CATALOGUES: dict[str, dict[str, str]] = {"de": GERMAN_ONE}
UNIT_CATALOGUES: dict[str, dict[str, tuple[str, str]]] = {"de": GERMAN_UNITS}
#: Languages that write "1.234,5" rather than "1,234.5".
DECIMAL_COMMA = frozenset({"de"})


def fill(catalogue: Mapping[str, str], template: str, values: Mapping[str, object]) -> str:
    """``template`` as ``catalogue`` has it (or as it is), its placeholders filled in."""
    chosen = catalogue.get(template, template)
    return chosen.format(**values) if values else chosen


def say(language: str, template: str, **values: object) -> str:
    """``template`` in ``language`` (English when there is no translation), filled in."""
    return fill(CATALOGUES.get(language, {}), template, values)


def fill_count(
    catalogue: Mapping[str, str],
    singulars: Mapping[str, str],
    count: float,
    template: str,
    values: Mapping[str, object],
) -> str:
    """Like ``fill``, with the form in ``singulars`` when ``count`` is exactly one."""
    if count == 1 and template in singulars:
        return singulars[template].format(**values)
    return fill(catalogue, template, values)


def say_count(language: str, count: float, template: str, **values: object) -> str:
    """Like ``say``, with the language's own form when ``count`` is exactly one."""
    singulars = SINGULAR_CATALOGUES.get(language, {})
    return fill_count(CATALOGUES.get(language, {}), singulars, count, template, values)


def unit_name(language: str, unit: str, count: float | None = None) -> str:
    """A pack's unit as ``language`` writes it, in the singular for a count of exactly one:
    "participants", "1 member", "Teilnehmer", "1 Mitglied". English makes the singular by
    rule ("1 activity"); another language knows the units of its catalogue only."""
    units = UNIT_CATALOGUES.get(language)
    if units is not None:
        one, several = units.get(unit, (unit, unit))
        return one if count == 1 else several
    if count != 1 or not unit.endswith("s") or unit.isupper():
        return unit
    return unit[:-3] + "y" if unit.endswith("ies") else unit[:-1]


def number_text(language: str, text: str) -> str:
    """A number written the English way ("12,500.5") in ``language``'s convention."""
    if language in DECIMAL_COMMA:
        return text.translate(str.maketrans(",.", ".,"))
    return text
