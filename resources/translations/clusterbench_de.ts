<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../app/ui/editor_base.py" line="118"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_base.py" line="73"/>
        <source>Enter a whole number, e.g. 42.</source>
        <translation>Geben Sie eine ganze Zahl ein, z. B. 42.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor_base.py" line="74"/>
        <source>Enter a number, e.g. 2.5.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 2,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="38"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="40"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="42"/>
        <source>{field}: enter yes or no.</source>
        <translation>{field}: Geben Sie ja oder nein ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="63"/>
        <source>&apos;{text}&apos; is not one of: {allowed}.</source>
        <translation>„{text}“ ist keine dieser Angaben: {allowed}.</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="115"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="115"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="115"/>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="189"/>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="190"/>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="203"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="205"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="112"/>
        <location filename="../../app/ui/backups_dialog.py" line="185"/>
        <source>Backups</source>
        <extracomment>The full check of every backup is done (the list shows its results).</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="120"/>
        <source>Backups of the interview database</source>
        <translation>Sicherungen der Interview-Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="128"/>
        <source>ClusterBench copies the database before every upgrade and on the schedule chosen in the settings, keeping the 14 newest copies in {folder}.</source>
        <translation>ClusterBench kopiert die Datenbank vor jedem Update und nach dem in den Einstellungen gewählten Zeitplan und behält die 14 neuesten Kopien in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="132"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="133"/>
        <location filename="../../app/ui/backups_dialog.py" line="218"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="135"/>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="136"/>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="235"/>
        <location filename="../../app/ui/backups_dialog.py" line="247"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="237"/>
        <source>Replace the interview database with this backup? The current database is kept aside, not deleted, and a copy of it is added to the backups.</source>
        <translation>Die Interview-Datenbank durch diese Sicherung ersetzen? Die aktuelle Datenbank wird beiseitegelegt, nicht gelöscht, und eine Kopie davon kommt zu den Sicherungen.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="58"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="59"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="60"/>
        <source>Taken by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="64"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="65"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="66"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="68"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="80"/>
        <source>✓ Whole</source>
        <translation>✓ Vollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="79"/>
        <source>✗ Damaged</source>
        <translation>✗ Beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="87"/>
        <source>A whole SQLite file that passed the integrity check.</source>
        <translation>Eine vollständige SQLite-Datei, die die Integritätsprüfung bestanden hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="80"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="86"/>
        <source>SQLite&apos;s integrity check of this backup is still running.</source>
        <translation>Die Integritätsprüfung von SQLite läuft für diese Sicherung noch.</translation>
    </message>
</context>
<context>
    <name>CalibrationReportDialog</name>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="236"/>
        <source>[Practice] Calibration report</source>
        <translation>[Übung] Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="237"/>
        <source>Calibration report</source>
        <translation>Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="240"/>
        <source>Calculation status</source>
        <translation>Berechnungsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="245"/>
        <source>&amp;Recalculate</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="247"/>
        <source>Recalculate the report</source>
        <translation>Den Bericht neu berechnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="249"/>
        <source>Recalculate with the latest answers (F5)</source>
        <translation>Mit den neuesten Antworten neu berechnen (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="252"/>
        <source>Close the report</source>
        <translation>Den Bericht schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="264"/>
        <source>Comparing your answers with the reference…</source>
        <translation>Ihre Antworten werden mit der Referenz verglichen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="281"/>
        <source>[Practice] Calibration report — {case}</source>
        <translation>[Übung] Kalibrierungsbericht — {case}</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="291"/>
        <source>The report could not be calculated ({kind}).</source>
        <translation>Der Bericht konnte nicht berechnet werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>CalibrationReportView</name>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="54"/>
        <source>Report heading</source>
        <translation>Berichtsüberschrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="58"/>
        <source>Practice on a fictional case: these numbers compare you with a reference expert; they never lead to a label.</source>
        <translation>Übung an einem fiktiven Fall: Diese Zahlen vergleichen Sie mit einer Referenz-Expertin oder einem Referenz-Experten; sie führen nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="63"/>
        <location filename="../../app/ui/calibration_report.py" line="75"/>
        <source>Item agreement</source>
        <translation>Übereinstimmung je Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="65"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="67"/>
        <location filename="../../app/ui/calibration_report.py" line="77"/>
        <source>Indicators with the same pass/fail</source>
        <translation>Indikatoren mit gleichem Ergebnis (erreicht/verfehlt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="69"/>
        <source>What kappa rests on</source>
        <translation>Worauf Kappa beruht</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="71"/>
        <source>Verdicts</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="76"/>
        <source>Cohen&apos;s kappa (yes/no and choices)</source>
        <translation>Cohens Kappa (Ja/Nein und Auswahlfragen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="89"/>
        <source>Item by item agreement</source>
        <translation>Übereinstimmung Frage für Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="96"/>
        <source>Show &amp;differences only</source>
        <translation>Nur &amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="97"/>
        <source>Show only the items that differ</source>
        <translation>Nur die Fragen zeigen, die sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="99"/>
        <source>Item by item</source>
        <translation>Frage für Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="105"/>
        <source>Section scores</source>
        <translation>Abschnittsbewertungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="109"/>
        <source>Section scores (0–100)</source>
        <translation>Abschnittsbewertungen (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="114"/>
        <source>Largest differences explained</source>
        <translation>Größte Unterschiede erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="115"/>
        <source>Largest differences, explained</source>
        <translation>Größte Unterschiede, erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="119"/>
        <source>Change across sessions</source>
        <translation>Entwicklung über die Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="121"/>
        <source>Sessions of this case</source>
        <translation>Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="127"/>
        <source>Your sessions of this case</source>
        <translation>Ihre Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="158"/>
        <source>Calibration report: {case} · {trainee}</source>
        <translation>Kalibrierungsbericht: {case} · {trainee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="166"/>
        <source>{agreement} ({agreed} of {compared})</source>
        <translation>{agreement} ({agreed} von {compared})</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="169"/>
        <source>{agreement} ({agreed} of {compared}; only {answered} answered so far)</source>
        <translation>{agreement} ({agreed} von {compared}; bisher erst {answered} beantwortet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="189"/>
        <source>{mark} {label} — you: {trainee}; reference: {reference} ({same})</source>
        <translation>{mark} {label} — Sie: {trainee}; Referenz: {reference} ({same})</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="194"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="194"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="211"/>
        <source>No differences: every compared answer agrees with the reference.</source>
        <translation>Keine Unterschiede: Jede verglichene Antwort stimmt mit der Referenz überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calibration_report.py" line="217"/>
        <source>Reference expert: {why}</source>
        <translation>Referenz: {why}</translation>
    </message>
</context>
<context>
    <name>CellErrorModel</name>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="88"/>
        <source>{row} (sheet {sheet})</source>
        <translation>{row} (Blatt {sheet})</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="72"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="73"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="74"/>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="75"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="35"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="35"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="35"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="38"/>
        <source>A zip ClusterBench could have written: sizes, names, no links, no duplicates.</source>
        <translation>Ein ZIP, wie ClusterBench es schreibt: Größen, Namen, keine Verknüpfungen, keine Duplikate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="40"/>
        <source>Every file is in the manifest and its SHA-256 hash matches.</source>
        <translation>Jede Datei steht im Manifest und ihr SHA-256-Hashwert stimmt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="41"/>
        <source>The signature over the manifests verifies with the named key.</source>
        <translation>Die Signatur über die Manifeste lässt sich mit dem genannten Schlüssel prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="42"/>
        <source>The key is in your trusted keys, valid and not revoked.</source>
        <translation>Der Schlüssel steht in Ihren vertrauenswürdigen Schlüsseln, ist gültig und nicht widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="43"/>
        <source>A bundle for labelling, not a trainee&apos;s practice.</source>
        <translation>Ein Berichtspaket für ein Gütesiegel, keine Trainingsübung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="44"/>
        <source>The data files are well formed and agree with each other.</source>
        <translation>Die Datendateien sind korrekt aufgebaut und stimmen miteinander überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="45"/>
        <source>Scores recomputed from the answers equal the bundle&apos;s scores.</source>
        <translation>Die aus den Antworten nachgerechnete Bewertung entspricht der im Berichtspaket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="46"/>
        <source>Not older than a revision you already received.</source>
        <translation>Nicht älter als eine Fassung, die Sie bereits erhalten haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="75"/>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="77"/>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="78"/>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="79"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/models.py" line="83"/>
        <source>A practice bundle: reviewed for training, never for a label.</source>
        <translation>Ein Übungspaket: zur Ausbildung geprüft, nie für ein Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Archive structure</source>
        <translation>Aufbau des Archivs</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Bag completeness and manifests</source>
        <translation>Vollständigkeit des Pakets und Manifeste</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Signer trusted</source>
        <translation>Signierende Person vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Not a practice bundle</source>
        <translation>Kein Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Content consistent</source>
        <translation>Inhalt stimmig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Scores recompute</source>
        <translation>Bewertung nachgerechnet</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Newest revision</source>
        <translation>Neueste Fassung</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="119"/>
        <location filename="../../app/ui/command_palette.py" line="120"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="125"/>
        <source>Search commands, sections and questions</source>
        <translation>Befehle, Abschnitte und Fragen suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="127"/>
        <source>Type a command, section or question…</source>
        <translation>Befehl, Abschnitt oder Frage eingeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="134"/>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="139"/>
        <source>↑↓ choose · Enter run · Esc close</source>
        <translation>↑↓ wählen · Enter ausführen · Esc schließen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="59"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="63"/>
        <source>ClusterBench ran into an unexpected error. Every answer saved so far is safe in the store. The details were written to the log in {folder}; please send them to your support contact.</source>
        <translation>In ClusterBench ist ein unerwarteter Fehler aufgetreten. Alle bisher gespeicherten Antworten sind sicher in der Datenbank. Die Einzelheiten stehen im Protokoll in {folder}; bitte senden Sie sie an Ihren Support-Kontakt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="70"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="73"/>
        <location filename="../../app/ui/crash_dialog.py" line="74"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="85"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="94"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="91"/>
        <location filename="../../app/ui/key_widgets.py" line="92"/>
        <source>Create the signing key</source>
        <translation>Den Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="95"/>
        <source>Your signing key proves that a bundle comes from you and was not changed. It stays on this computer, locked with a passphrase you type at each export. A supervisor enrols it once by reading its fingerprint back to you.</source>
        <translation>Ihr Signaturschlüssel belegt, dass ein Berichtspaket von Ihnen stammt und nicht verändert wurde. Er bleibt auf diesem Computer, geschützt durch eine Passphrase, die Sie bei jedem Export eingeben. Die Prüfstelle registriert ihn einmal, indem sie Ihnen seinen Fingerabdruck vorliest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="105"/>
        <source>A key exists already. A new key replaces it and must be enrolled again; bundles signed with the old key still verify.</source>
        <translation>Es gibt bereits einen Schlüssel. Ein neuer Schlüssel ersetzt ihn und muss erneut registriert werden; mit dem alten Schlüssel signierte Berichtspakete bleiben prüfbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="109"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="110"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="114"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="115"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="118"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="121"/>
        <source>Creating the key</source>
        <translation>Schlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="123"/>
        <source>Fingerprint of your new key:</source>
        <translation>Fingerabdruck Ihres neuen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="125"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="130"/>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="132"/>
        <source>Create the key</source>
        <translation>Den Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="137"/>
        <location filename="../../app/ui/key_widgets.py" line="195"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="162"/>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="183"/>
        <source>Your key is ready. Read this fingerprint to your supervisor when they enrol you; they must see the same twenty characters.</source>
        <translation>Ihr Schlüssel ist bereit. Lesen Sie diesen Fingerabdruck der Prüfstelle vor, wenn sie Sie registriert; sie muss dieselben zwanzig Zeichen sehen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="77"/>
        <location filename="../../app/ui/export_dialog.py" line="78"/>
        <source>Export the signed bundle</source>
        <translation>Das signierte Berichtspaket exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="81"/>
        <source>The bundle holds the answers, the notes marked for the report, the evidence, the scores and the report, signed with your key so the supervisor can check that it comes from you and is unchanged. Private notes stay on this computer.</source>
        <translation>Das Berichtspaket enthält die Antworten, die für den Bericht markierten Notizen, die Nachweise, die Bewertung und den Bericht, signiert mit Ihrem Schlüssel, damit die Prüfstelle feststellen kann, dass es von Ihnen stammt und unverändert ist. Private Notizen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="87"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="88"/>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="89"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="90"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="92"/>
        <source>&amp;Encrypt for ESCA (age)</source>
        <translation>Für ESCA &amp;verschlüsseln (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="93"/>
        <source>Encrypt the bundle with age</source>
        <translation>Das Berichtspaket mit age verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="96"/>
        <source>age recipient</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="97"/>
        <source>age1… (the recipient ESCA gave you)</source>
        <translation>age1… (der Empfänger, den Ihnen die ESCA genannt hat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="101"/>
        <source>Export a &amp;draft: the interview is not finalised (the bundle says so)</source>
        <translation>Als &amp;Entwurf exportieren: Das Interview ist nicht abgeschlossen (das Paket sagt es)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="103"/>
        <source>Export the unfinished interview as a draft</source>
        <translation>Das nicht abgeschlossene Interview als Entwurf exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="108"/>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="109"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="110"/>
        <source>Choose the output folder</source>
        <translation>Den Zielordner auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="116"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="117"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="122"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="125"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="133"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="136"/>
        <source>Export message</source>
        <translation>Exportmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="138"/>
        <source>Fingerprint of the new key</source>
        <translation>Fingerabdruck des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="141"/>
        <source>Written bundle</source>
        <translation>Geschriebenes Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="143"/>
        <source>S&amp;how folder</source>
        <translation>Ordner &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="144"/>
        <source>Show the folder of the bundle</source>
        <translation>Den Ordner des Berichtspakets anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="150"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="152"/>
        <source>Export the bundle</source>
        <translation>Das Berichtspaket exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="156"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="183"/>
        <source>No signing key yet: choose a passphrase (at least {n} characters); the key is created with it and shown afterwards.</source>
        <translation>Noch kein Signaturschlüssel: Wählen Sie eine Passphrase (mindestens {n} Zeichen); damit wird der Schlüssel erstellt und danach angezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="189"/>
        <source>Signed with your key {fingerprint}</source>
        <translation>Signiert mit Ihrem Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="213"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>Geben Sie die Passphrase Ihres Signaturschlüssels ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="218"/>
        <source>This interview is not finalised. Finalise it first, or tick “Export a draft”: the supervisor then sees that the bundle is a draft.</source>
        <translation>Dieses Interview ist nicht abgeschlossen. Schließen Sie es zuerst ab, oder kreuzen Sie „Als Entwurf exportieren“ an: Die Supervisorin sieht dann, dass das Paket ein Entwurf ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="222"/>
        <source>Choose the folder to write the bundle to.</source>
        <translation>Wählen Sie den Ordner, in den das Berichtspaket geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="224"/>
        <source>Give the age recipient, or untick encryption.</source>
        <translation>Geben Sie den age-Empfänger an oder nehmen Sie das Häkchen bei der Verschlüsselung weg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="240"/>
        <source>Creating your key, then exporting…</source>
        <translation>Ihr Schlüssel wird erstellt, dann wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="242"/>
        <source>Unlocking the key and exporting…</source>
        <translation>Schlüssel wird entsperrt und exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="273"/>
        <source>The bundle is still being written; this takes a few seconds.</source>
        <translation>Das Berichtspaket wird noch geschrieben; das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="294"/>
        <source>Your signing key was created. Its fingerprint is below: read it to your supervisor when they enrol you. The bundle is written:</source>
        <translation>Ihr Signaturschlüssel wurde erstellt. Sein Fingerabdruck steht unten: Lesen Sie ihn der Prüfstelle vor, wenn sie Sie registriert. Das Berichtspaket ist geschrieben:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="300"/>
        <source>The signed bundle is written:</source>
        <translation>Das signierte Berichtspaket ist geschrieben:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="305"/>
        <source>Export &amp;again</source>
        <translation>&amp;Noch einmal exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="324"/>
        <source>Nothing was exported: {error}</source>
        <translation>Es wurde nichts exportiert: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="338"/>
        <source>Folder for the bundle</source>
        <translation>Ordner für das Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="42"/>
        <source>Send to ESCA</source>
        <translation>An ESCA senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="43"/>
        <source>Send the bundle to ESCA after exporting it</source>
        <translation>Das Paket nach dem Export an ESCA senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="45"/>
        <source>The bundle waits in the outbox until ESCA&apos;s intake has received it and sent a signed receipt; without a network it is sent later by itself.</source>
        <translation>Das Paket wartet im Postausgang, bis die Annahmestelle von ESCA es erhalten und eine signierte Empfangsbestätigung geschickt hat; ohne Netz wird es später von selbst gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="51"/>
        <source>ESCA intake</source>
        <translation>ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="52"/>
        <source>Intake…</source>
        <translation>Annahmestelle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="53"/>
        <source>The ESCA intake&apos;s address and key</source>
        <translation>Adresse und Schlüssel der ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="67"/>
        <source>to {url}</source>
        <translation>an {url}</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="67"/>
        <source>(no intake set up yet)</source>
        <translation>(noch keine Annahmestelle eingerichtet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="87"/>
        <source>Putting the bundle in the outbox…</source>
        <translation>Das Paket kommt in den Postausgang…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="106"/>
        <source>The bundle is in the outbox; it is sent with the next sync.</source>
        <translation>Das Paket liegt im Postausgang; es wird mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="112"/>
        <source>Sending to ESCA… {percent} %</source>
        <translation>Wird an ESCA gesendet… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/export_send.py" line="129"/>
        <source>The bundle is in the outbox, not sent yet: {m}</source>
        <translation>Das Paket liegt im Postausgang, noch nicht gesendet: {m}</translation>
    </message>
</context>
<context>
    <name>FinaliseReviewDialog</name>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="83"/>
        <location filename="../../app/ui/interview/dialogs.py" line="84"/>
        <source>Review before finalising</source>
        <translation>Vor dem Abschluss prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="91"/>
        <source>{u} required questions unanswered, {i} invalid answers, {f} open flags, {p} pre-filled answers not confirmed. Finalising locks the interview; reopening it later needs a reason.</source>
        <translation>{u} Pflichtfragen unbeantwortet, {i} ungültige Antworten, {f} offene Markierungen, {p} vorausgefüllte Antworten nicht bestätigt. Der Abschluss sperrt das Interview; um es später wieder zu öffnen, ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="99"/>
        <source>Every required question is answered, no flag is open and every pre-filled answer is confirmed. Finalising locks the interview; reopening it later needs a reason.</source>
        <translation>Alle Pflichtfragen sind beantwortet, keine Markierung ist offen und alle vorausgefüllten Antworten sind bestätigt. Der Abschluss sperrt das Interview; um es später wieder zu öffnen, ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="106"/>
        <source>Open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="119"/>
        <source>&amp;Go to question</source>
        <translation>Zur &amp;Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="121"/>
        <source>Go to the selected question</source>
        <translation>Zur ausgewählten Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="125"/>
        <source>&amp;Finalise anyway</source>
        <translation>&amp;Trotzdem abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="125"/>
        <source>&amp;Finalise interview</source>
        <translation>Interview &amp;abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="128"/>
        <source>Finalise the interview</source>
        <translation>Das Interview abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="130"/>
        <location filename="../../app/ui/interview/dialogs.py" line="132"/>
        <source>Back to the interview</source>
        <translation>Zurück zum Interview</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../app/ui/group_editor.py" line="176"/>
        <source>Entries: {label}</source>
        <translation>Einträge: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="188"/>
        <source>&amp;Add entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="189"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="191"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="192"/>
        <source>Remove selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/group_editor.py" line="215"/>
        <source>Entry {n}: {message}</source>
        <translation>Eintrag {n}: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/practice_models.py" line="301"/>
        <source> pt</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="304"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="305"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="307"/>
        <source>Agreement</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="312"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="316"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
</context>
<context>
    <name>ImprovementAreasDialog</name>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="62"/>
        <location filename="../../app/ui/interview/improvements.py" line="63"/>
        <source>Improvement areas</source>
        <translation>Verbesserungsbereiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="66"/>
        <source>Silver needs a second benchmarking 18 to 24 months after the first and at least 3 improvement areas, each with its evidence and the indicators it concerns. An area is validated when every indicator it names meets its Gold threshold now.</source>
        <translation>Silber verlangt ein zweites Benchmarking 18 bis 24 Monate nach dem ersten und mindestens 3 Verbesserungsbereiche, jeder mit seinem Nachweis und den betroffenen Indikatoren. Ein Bereich ist bestätigt, wenn jeder genannte Indikator jetzt seinen Gold-Schwellenwert erreicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="73"/>
        <source>Improvement areas validated</source>
        <translation>Bestätigte Verbesserungsbereiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="76"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="77"/>
        <source>Against Gold</source>
        <translation>Gegen Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="81"/>
        <source>Recorded improvement areas</source>
        <translation>Erfasste Verbesserungsbereiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="83"/>
        <source>&amp;New area</source>
        <translation>&amp;Neuer Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="85"/>
        <source>&amp;Remove area</source>
        <translation>Bereich &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="86"/>
        <source>Remove the selected improvement area</source>
        <translation>Den gewählten Verbesserungsbereich entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="96"/>
        <source>Title of the improvement area</source>
        <translation>Titel des Verbesserungsbereichs</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="98"/>
        <source>Evidence of the improvement</source>
        <translation>Nachweis der Verbesserung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="99"/>
        <source>What documents it, e.g. a project list</source>
        <translation>Was die Verbesserung belegt, z. B. eine Projektliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="113"/>
        <location filename="../../app/ui/interview/improvements.py" line="114"/>
        <source>Filter the indicators</source>
        <translation>Indikatoren filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="119"/>
        <source>Indicators the area concerns</source>
        <translation>Indikatoren, die der Bereich betrifft</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="123"/>
        <source>Indicators chosen</source>
        <translation>Gewählte Indikatoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="125"/>
        <source>&amp;Save area</source>
        <translation>Bereich &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="129"/>
        <source>Improvement area message</source>
        <translation>Meldung zum Verbesserungsbereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="131"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="132"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="133"/>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indikatoren:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="205"/>
        <source>Chosen:</source>
        <translation>Gewählt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="207"/>
        <source>No indicator chosen yet.</source>
        <translation>Noch kein Indikator gewählt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="218"/>
        <source>{validated} of at least {needed} improvement areas validated</source>
        <translation>{validated} von mindestens {needed} Verbesserungsbereichen bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="234"/>
        <source>The interview is finalised: reopen it to change its areas.</source>
        <translation>Das Interview ist abgeschlossen: Öffnen Sie es wieder, um seine Bereiche zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="264"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="278"/>
        <source>Removed “{title}”.</source>
        <translation>„{title}“ entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="172"/>
        <source>✓ validated</source>
        <translation>✓ bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="172"/>
        <source>✗ not validated</source>
        <translation>✗ nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/improvements.py" line="172"/>
        <source>? open</source>
        <translation>? offen</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="37"/>
        <source>ESCA intake</source>
        <translation>ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="41"/>
        <source>ESCA gives you the intake&apos;s address (https://…) and its receipt key (RW…). The key proves that receipts and the queue come from ESCA. Requests are signed with your own key; no password is stored.</source>
        <translation>ESCA gibt Ihnen die Adresse der Annahmestelle (https://…) und ihren Bestätigungsschlüssel (RW…). Der Schlüssel beweist, dass Empfangsbestätigungen und die Warteschlange von ESCA stammen. Anfragen werden mit Ihrem eigenen Schlüssel signiert; kein Passwort wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="48"/>
        <source>Intake address</source>
        <translation>Adresse der Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="51"/>
        <source>Intake receipt key</source>
        <translation>Bestätigungsschlüssel der Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="53"/>
        <source>Passphrase of your signing key</source>
        <translation>Passphrase Ihres Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="55"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="58"/>
        <source>Receipt &amp;key:</source>
        <translation>Bestätigungs&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake_dialog.py" line="62"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <location filename="../../app/ui/home_model.py" line="64"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="65"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="66"/>
        <source>Technology area</source>
        <translation>Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="67"/>
        <source>Mode</source>
        <translation>Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="69"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="70"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="48"/>
        <source>{name} (fictional)</source>
        <translation>{name} (fiktiv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="125"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="125"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="125"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="68"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="131"/>
        <source>Practice interview with a fictional cluster: for learning the flow; it never leads to a label.</source>
        <translation>Übungsinterview mit einem fiktiven Cluster: zum Kennenlernen des Ablaufs; es führt nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="136"/>
        <source>Expert: {expert}</source>
        <translation>Expert:in: {expert}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="143"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="71"/>
        <source>ESCA</source>
        <translation>ESCA</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../../app/ui/interview/window.py" line="93"/>
        <source>Score summary</source>
        <translation>Bewertungsübersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="56"/>
        <source>Interview status</source>
        <translation>Interviewstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="59"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="61"/>
        <source>Interview clock</source>
        <translation>Interviewuhr</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="67"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="67"/>
        <source>Pause or resume the interview clock</source>
        <translation>Interviewuhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="68"/>
        <source>Share view</source>
        <translation>Freigabeansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="68"/>
        <source>Open the share view</source>
        <translation>Die Freigabeansicht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="69"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="85"/>
        <location filename="../../app/ui/interview/header.py" line="69"/>
        <source>Show or hide the navigator</source>
        <translation>Navigator ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="70"/>
        <location filename="../../app/ui/interview/score_dock.py" line="35"/>
        <source>Scores</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="87"/>
        <location filename="../../app/ui/interview/header.py" line="70"/>
        <source>Show or hide the scores</source>
        <translation>Bewertung ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="72"/>
        <source>Finalise…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="72"/>
        <source>Review and finalise the interview</source>
        <translation>Das Interview prüfen und abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="103"/>
        <source>Practice interview with a fictional cluster: it never leads to a label.</source>
        <translation>Übungsinterview mit einem fiktiven Cluster: Es führt nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="109"/>
        <source>Paused: the interview clock is stopped.</source>
        <translation>Pausiert: Die Interviewuhr ist angehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="105"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="106"/>
        <source>Resume the interview clock</source>
        <translation>Die Interviewuhr wieder starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="115"/>
        <source>Supervisor&apos;s comments on the interview</source>
        <translation>Kommentare der Prüfstelle zum Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="58"/>
        <location filename="../../app/ui/interview/header.py" line="116"/>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="116"/>
        <source>Reopen the interview</source>
        <translation>Das Interview wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="55"/>
        <source>Section and position</source>
        <translation>Abschnitt und Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="278"/>
        <location filename="../../app/ui/interview/actions.py" line="40"/>
        <location filename="../../app/ui/interview/item_pane.py" line="57"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="69"/>
        <source>Supervisor comments</source>
        <translation>Kommentare der Prüfstelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="83"/>
        <source>Pre-filled answer</source>
        <translation>Vorausgefüllte Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="76"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="77"/>
        <source>Confirm the pre-filled answer</source>
        <translation>Die vorausgefüllte Antwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="89"/>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="91"/>
        <source>Restore saved answer</source>
        <translation>Gespeicherte Antwort wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="92"/>
        <source>Restore the saved answer</source>
        <translation>Die gespeicherte Antwort wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="98"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="89"/>
        <location filename="../../app/ui/interview/item_pane.py" line="100"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="30"/>
        <source>Note on this question</source>
        <translation>Notiz zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="32"/>
        <source>Your note (private unless marked for the report). Ctrl+Enter saves.</source>
        <translation>Ihre Notiz (privat, außer sie ist für den Bericht markiert). Strg+Enter speichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="38"/>
        <source>For the report</source>
        <translation>Für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="39"/>
        <source>Show this note in the report</source>
        <translation>Diese Notiz im Bericht zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="41"/>
        <source>Unticked, the note stays private to you and never leaves this computer.</source>
        <translation>Ohne Häkchen bleibt die Notiz privat und verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="45"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="46"/>
        <location filename="../../app/ui/interview/notes.py" line="46"/>
        <source>Flag: follow up</source>
        <translation>Markierung: nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="48"/>
        <source>Evidence missing</source>
        <translation>Nachweis fehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="47"/>
        <location filename="../../app/ui/interview/notes.py" line="49"/>
        <source>Flag: evidence missing</source>
        <translation>Markierung: Nachweis fehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="26"/>
        <source>Notes and flags</source>
        <translation>Notizen und Markierungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="88"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="92"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="93"/>
        <source>Attach an evidence file</source>
        <translation>Eine Nachweisdatei anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="96"/>
        <source>Remove the selected evidence file</source>
        <translation>Die ausgewählte Nachweisdatei entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="99"/>
        <source>Evidence message</source>
        <translation>Meldung zu Nachweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="80"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="106"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="31"/>
        <location filename="../../app/ui/interview/item_pane.py" line="107"/>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="108"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="30"/>
        <location filename="../../app/ui/interview/item_pane.py" line="109"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/navigator.py" line="103"/>
        <source>Sections and questions</source>
        <translation>Abschnitte und Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/navigator.py" line="97"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="144"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="277"/>
        <source>Find a question by its text…</source>
        <translation>Frage über ihren Text finden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="248"/>
        <source>Pre-filled answer confirmed.</source>
        <translation>Vorausgefüllte Antwort bestätigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="158"/>
        <source>Evidence file too large</source>
        <translation>Nachweisdatei zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="141"/>
        <source>Attached {name}.</source>
        <translation>{name} angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="52"/>
        <source>Unanswered: {q}</source>
        <translation>Unbeantwortet: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="54"/>
        <source>Invalid answer: {q} ({m})</source>
        <translation>Ungültige Antwort: {q} ({m})</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="56"/>
        <source>Open flag, follow up: {q}</source>
        <translation>Offene Markierung, nachfassen: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="58"/>
        <source>Open flag, evidence missing: {q}</source>
        <translation>Offene Markierung, Nachweis fehlt: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="59"/>
        <source>Pre-filled, not confirmed: {q}</source>
        <translation>Vorausgefüllt, nicht bestätigt: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/tools.py" line="74"/>
        <source>Interview finalised and locked.</source>
        <translation>Interview abgeschlossen und gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/tools.py" line="95"/>
        <source>Interview reopened.</source>
        <translation>Interview wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/tools.py" line="166"/>
        <source>Decision not imported</source>
        <translation>Entscheidung nicht importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/tools.py" line="171"/>
        <source>Supervisor decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="97"/>
        <source>{prefix}{cluster} — interview</source>
        <translation>{prefix}{cluster} — Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="223"/>
        <source>This is the last question.</source>
        <translation>Das ist die letzte Frage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="225"/>
        <source>This is the first question.</source>
        <translation>Das ist die erste Frage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="182"/>
        <source>Correct the answer, or restore the saved one, before moving on.</source>
        <translation>Korrigieren Sie die Antwort oder stellen Sie die gespeicherte wieder her, bevor Sie weitergehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="164"/>
        <source>{section} · question {n} of {total}</source>
        <translation>{section} · Frage {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="176"/>
        <source>Required</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="176"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="178"/>
        <source>unit: {unit}</source>
        <translation>Einheit: {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="185"/>
        <source>Source: public</source>
        <translation>Quelle: öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="187"/>
        <source>Source: assumption of the ClusterBench team</source>
        <translation>Quelle: Annahme des ClusterBench-Teams</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="70"/>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="223"/>
        <source>Supervisor {author} ({when}): {text}</source>
        <translation>Prüfer:in {author} ({when}): {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="69"/>
        <source>Benchmarking report…</source>
        <translation>Benchmarking-Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="123"/>
        <source>Evidence expected: {what}</source>
        <translation>Erwarteter Nachweis: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/evidence.py" line="125"/>
        <source>No evidence is expected for this question.</source>
        <translation>Für diese Frage wird kein Nachweis erwartet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="80"/>
        <source>Pre-filled by the cluster, to confirm with them.</source>
        <translation>Vom Cluster vorausgefüllt, mit dem Cluster zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="230"/>
        <source>Pre-filled, to confirm (imported {time})</source>
        <translation>Vorausgefüllt, zu bestätigen (importiert {time})</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="233"/>
        <source>✓ Saved {time}</source>
        <translation>✓ Gespeichert {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="235"/>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="237"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="330"/>
        <source>Not saved. The saved answer is unchanged.</source>
        <translation>Nicht gespeichert. Die gespeicherte Antwort ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="330"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="262"/>
        <source>The interview is finalised; reopen it to change answers.</source>
        <translation>Das Interview ist abgeschlossen; öffnen Sie es wieder, um Antworten zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="321"/>
        <source>Answer cleared</source>
        <translation>Antwort gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="105"/>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/score_dock.py" line="21"/>
        <source>eligible</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/score_dock.py" line="22"/>
        <source>not eligible</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/score_dock.py" line="23"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/score_dock.py" line="28"/>
        <source>Eligibility: {e} · {g}</source>
        <translation>Voraussetzungen: {e} · {g}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="178"/>
        <source>Time {total}</source>
        <translation>Zeit {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="184"/>
        <source>  ·  section {spent} / {budget}</source>
        <translation>  ·  Abschnitt {spent} / {budget}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="188"/>
        <source> (over budget)</source>
        <translation> (über dem Zeitbudget)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="191"/>
        <source>  ·  paused</source>
        <translation>  ·  pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="63"/>
        <source>Interview time, and time in this section against its budget</source>
        <translation>Interviewdauer und Zeit in diesem Abschnitt im Vergleich zu seinem Zeitbudget</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="195"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="207"/>
        <source>{a} of {n} answered · required {r}/{rn}</source>
        <translation>{a} von {n} beantwortet · Pflicht {r}/{rn}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="214"/>
        <source> · {f} flagged</source>
        <translation> · {f} markiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="79"/>
        <location filename="../../app/ui/interview/header.py" line="151"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="159"/>
        <source>Finalised {when}: read-only. Reopening needs a reason.</source>
        <translation>Abgeschlossen {when}: schreibgeschützt. Wieder öffnen nur mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/window.py" line="95"/>
        <source>[Practice] </source>
        <translation>[Übung] </translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/tools.py" line="248"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/item_pane.py" line="340"/>
        <source>Not saved yet: press Enter or leave the field to save.</source>
        <translation>Noch nicht gespeichert: Enter drücken oder das Feld verlassen, um zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/notes.py" line="119"/>
        <source>Note not saved yet (Ctrl+Enter)</source>
        <translation>Notiz noch nicht gespeichert (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="29"/>
        <source>Go</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="52"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="66"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="74"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="83"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="32"/>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="33"/>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="34"/>
        <source>Find a question…</source>
        <translation>Frage finden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="35"/>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="37"/>
        <source>Go to the navigator</source>
        <translation>Zum Navigator</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="38"/>
        <source>Go to the answer</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="41"/>
        <source>Confirm pre-filled answer</source>
        <translation>Vorausgefüllte Antwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="42"/>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="43"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="44"/>
        <source>Note for the report</source>
        <translation>Notiz für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="49"/>
        <source>Attach evidence file…</source>
        <translation>Nachweisdatei anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="53"/>
        <source>Pause or resume the clock</source>
        <translation>Uhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="54"/>
        <source>Share view (for the video call)</source>
        <translation>Freigabeansicht (für die Videokonferenz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="56"/>
        <source>Review and finalise…</source>
        <translation>Prüfen und abschließen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="61"/>
        <source>Import pre-fill workbook…</source>
        <translation>Arbeitsmappe zum Vorausfüllen importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="62"/>
        <source>Export blank pre-fill workbook…</source>
        <translation>Leere Arbeitsmappe zum Vorausfüllen exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="64"/>
        <source>Close the interview</source>
        <translation>Das Interview schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="67"/>
        <source>Recommendations for the report…</source>
        <translation>Empfehlungen für den Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="70"/>
        <source>Export bundle…</source>
        <translation>Berichtspaket exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="71"/>
        <source>Import supervisor decision…</source>
        <translation>Prüfentscheidung importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="75"/>
        <source>Import peer reference set…</source>
        <translation>Vergleichsdaten importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="77"/>
        <source>Keys and trust…</source>
        <translation>Schlüssel und Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="80"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="81"/>
        <source>Calibration report…</source>
        <translation>Kalibrierungsbericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="84"/>
        <source>Compact layout</source>
        <translation>Kompakte Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="98"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="99"/>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="100"/>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="101"/>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="102"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="103"/>
        <source>Pra&amp;ctice</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="104"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="105"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="54"/>
        <source>Cluster and technology area</source>
        <translation>Cluster und Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="150"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="150"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="150"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="150"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="150"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/score_dock.py" line="25"/>
        <source>{share} % of indicators at Gold (needs {need} %)</source>
        <translation>{share} % der Indikatoren auf Gold-Niveau (nötig: {need} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/actions.py" line="59"/>
        <source>Improvement areas…</source>
        <translation>Verbesserungsbereiche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="66"/>
        <source>Submission to ESCA</source>
        <translation>Einreichung bei ESCA</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/header.py" line="113"/>
        <source>Time budget warning</source>
        <translation>Warnung zum Zeitbudget</translation>
    </message>
</context>
<context>
    <name>ItemAgreementModel</name>
    <message>
        <location filename="../../app/ui/practice_models.py" line="197"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="198"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="198"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="174"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="175"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="176"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="177"/>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="178"/>
        <source>Agreement</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="53"/>
        <location filename="../../app/ui/keys_dialog.py" line="54"/>
        <location filename="../../app/ui/keys_dialog.py" line="56"/>
        <location filename="../../app/ui/keys_dialog.py" line="222"/>
        <source>Keys and trust</source>
        <translation>Schlüssel und Vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="57"/>
        <source>&amp;My signing key</source>
        <translation>&amp;Mein Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="60"/>
        <source>&amp;Trusted keys</source>
        <translation>&amp;Vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="75"/>
        <source>Signing key state</source>
        <translation>Zustand des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="78"/>
        <source>Fingerprint (read it back to your supervisor at enrolment; they must see the same):</source>
        <translation>Fingerabdruck (bei der Registrierung der Prüfstelle vorlesen; sie muss denselben sehen):</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="83"/>
        <source>Fingerprint of my signing key</source>
        <translation>Fingerabdruck meines Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="85"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="88"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="91"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="93"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="95"/>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="96"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="97"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="98"/>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="102"/>
        <location filename="../../app/ui/keys_dialog.py" line="162"/>
        <source>&amp;Create key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="103"/>
        <source>Create the signing key</source>
        <translation>Den Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="105"/>
        <source>C&amp;opy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="106"/>
        <source>Copy the fingerprint</source>
        <translation>Den Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="108"/>
        <source>&amp;Export public key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="109"/>
        <source>Export the public key file</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="111"/>
        <source>Trust my own key…</source>
        <translation>Meinem eigenen Schlüssel vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="112"/>
        <source>Add my own key to the trusted keys</source>
        <translation>Meinen eigenen Schlüssel zu den vertrauenswürdigen Schlüsseln hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="114"/>
        <source>For a supervisor who signs decisions and checks them on this computer.</source>
        <translation>Für Prüfer:innen, die Entscheidungen signieren und auf diesem Computer prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="118"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="276"/>
        <source>Your ID as ESCA enrolled you, e.g. EXP-0042 (an expert) or SUP-0007 (a supervisor). It is shown as the signer of what your key signs.</source>
        <translation>Ihre Kennung, unter der die ESCA Sie registriert hat, z. B. EXP-0042 (Experte/Expertin) oder SUP-0007 (Prüfer/in). Sie erscheint als Unterzeichner dessen, was Ihr Schlüssel signiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="48"/>
        <source>Bundles and decisions are accepted only when signed by a key listed here, within its validity and not revoked. Check each fingerprint with its owner before you trust it. Dates are ISO 8601 (2026-01-31); double-click a cell to edit it.</source>
        <translation>Berichtspakete und Entscheidungen werden nur angenommen, wenn sie mit einem hier aufgeführten, gültigen und nicht widerrufenen Schlüssel signiert sind. Prüfen Sie jeden Fingerabdruck mit seiner Inhaberin oder seinem Inhaber, bevor Sie ihm vertrauen. Datumsangaben nach ISO 8601 (2026-01-31); Doppelklick auf eine Zelle bearbeitet sie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="56"/>
        <source>Trusted-keys file</source>
        <translation>Datei der vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="60"/>
        <source>Trusted keys</source>
        <translation>Vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="76"/>
        <source>Expert ID of the new key</source>
        <translation>Expert:innen-ID des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="77"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="79"/>
        <source>Public key of the new key</source>
        <translation>Öffentlicher Schlüssel des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="80"/>
        <source>Public key (RW…)</source>
        <translation>Öffentlicher Schlüssel (RW…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="82"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="85"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="86"/>
        <source>until (optional)</source>
        <translation>bis (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="88"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="89"/>
        <source>Add the key</source>
        <translation>Den Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="98"/>
        <source>&amp;Import from file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="99"/>
        <source>Import keys from a file</source>
        <translation>Schlüssel aus einer Datei importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="101"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="102"/>
        <source>Revoke the selected key</source>
        <translation>Den ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="104"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="105"/>
        <source>Remove the selected key</source>
        <translation>Den ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="107"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="108"/>
        <source>Reload the trusted-keys file</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel neu laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="110"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="111"/>
        <source>Save the trusted keys</source>
        <translation>Die vertrauenswürdigen Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="120"/>
        <source>Trusted keys message</source>
        <translation>Meldung zu vertrauenswürdigen Schlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="151"/>
        <source>The signing key file cannot be read; create a new key.</source>
        <translation>Die Datei des Signaturschlüssels kann nicht gelesen werden; erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="157"/>
        <source>There is no signing key on this computer yet. Create one before your first export (or your first decision, as a supervisor).</source>
        <translation>Auf diesem Computer gibt es noch keinen Signaturschlüssel. Erstellen Sie einen vor Ihrem ersten Export (oder, als Prüfer:in, vor Ihrer ersten Entscheidung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="164"/>
        <source>This computer signs with this key.</source>
        <translation>Dieser Computer signiert mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="171"/>
        <source>&amp;Replace key…</source>
        <translation>Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="193"/>
        <source>The public key could not be written: {error}</source>
        <translation>Der öffentliche Schlüssel konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="198"/>
        <source>Public key written to {path}. Send this file to your supervisor.</source>
        <translation>Öffentlicher Schlüssel in {path} geschrieben. Senden Sie diese Datei an die Prüfstelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="134"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="149"/>
        <source>{n} trusted keys.</source>
        <translation>{n} vertrauenswürdige Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="149"/>
        <source>1 trusted key.</source>
        <translation>1 vertrauenswürdiger Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="175"/>
        <source>The key was not added:</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="182"/>
        <source>Added {expert} with fingerprint {fingerprint}; save to keep it.</source>
        <translation>{expert} mit Fingerabdruck {fingerprint} hinzugefügt; speichern, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="201"/>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="214"/>
        <source>Imported {n} keys from {path}; save to keep them.</source>
        <translation>{n} Schlüssel aus {path} importiert; speichern, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="224"/>
        <source>{path} is neither a trusted-keys file nor a public key: {error}</source>
        <translation>{path} ist weder eine Datei vertrauenswürdiger Schlüssel noch ein öffentlicher Schlüssel: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="244"/>
        <source>Imported the key with fingerprint {fingerprint}. Check it with its owner, type their expert ID in the first column, then save.</source>
        <translation>Schlüssel mit Fingerabdruck {fingerprint} importiert. Prüfen Sie ihn mit der Inhaberin oder dem Inhaber, tragen Sie die Expert:innen-ID in die erste Spalte ein und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="256"/>
        <source>Key revoked; save to keep the change.</source>
        <translation>Schlüssel widerrufen; speichern, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="261"/>
        <source>Key removed; save to keep the change.</source>
        <translation>Schlüssel entfernt; speichern, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="270"/>
        <source>Not saved; correct these first:</source>
        <translation>Nicht gespeichert; korrigieren Sie zuerst:</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="285"/>
        <source>Saved {n} trusted keys.</source>
        <translation>{n} vertrauenswürdige Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="223"/>
        <source>Save the changes to the trusted keys?</source>
        <translation>Die Änderungen an den vertrauenswürdigen Schlüsseln speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="254"/>
        <source>Fingerprint copied.</source>
        <translation>Fingerabdruck kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="264"/>
        <source>Export the public key</source>
        <translation>Den öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="266"/>
        <source>minisign public keys (*.pub)</source>
        <translation>Öffentliche minisign-Schlüssel (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="273"/>
        <source>Trust my own key</source>
        <translation>Meinem eigenen Schlüssel vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="312"/>
        <source>Import keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="314"/>
        <source>Trusted keys or public keys (*.json *.pub);;All files (*)</source>
        <translation>Vertrauenswürdige oder öffentliche Schlüssel (*.json *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_tab.py" line="344"/>
        <source>&amp;Save *</source>
        <translation>&amp;Speichern *</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="51"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Die Passphrase braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="53"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="52"/>
        <source>Row {n}, {what}</source>
        <translation>Zeile {n}, {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="133"/>
        <source>in the table</source>
        <translation>in der Tabelle</translation>
    </message>
</context>
<context>
    <name>LineAnswerEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="69"/>
        <source>Answer: {label}</source>
        <translation>Antwort: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="92"/>
        <source>e.g. 2015</source>
        <translation>z. B. 2015</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="94"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="96"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="128"/>
        <source>Answer: {label}</source>
        <translation>Antwort: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="132"/>
        <source>Ctrl+Enter saves</source>
        <translation>Strg+Enter speichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <location filename="../../app/ui/main_window.py" line="380"/>
        <location filename="../../app/ui/home_tools.py" line="215"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="51"/>
        <source>Search cluster, expert or country</source>
        <translation>Cluster, Expert:in oder Land suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="52"/>
        <source>Search interviews</source>
        <translation>Interviews durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="57"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="58"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="64"/>
        <source>Filter by mode</source>
        <translation>Nach Interviewart filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="65"/>
        <source>All modes</source>
        <translation>Alle Interviewarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="70"/>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="81"/>
        <source>Changed between</source>
        <translation>Geändert zwischen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="82"/>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="96"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="167"/>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="170"/>
        <source>Start a benchmarking interview with a cluster organisation, or reopen the practice interview with its fictional cluster to learn the flow.</source>
        <translation>Beginnen Sie ein Benchmarking-Interview mit einer Clusterorganisation oder öffnen Sie das Übungsinterview mit seinem fiktiven Cluster, um den Ablauf kennenzulernen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="176"/>
        <source>New interview…</source>
        <translation>Neues Interview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="177"/>
        <source>Start a new interview</source>
        <translation>Ein neues Interview beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="188"/>
        <source>No interview matches the search and filters.</source>
        <translation>Kein Interview passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="190"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="33"/>
        <source>&amp;New interview…</source>
        <translation>&amp;Neues Interview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="35"/>
        <source>Open bundle for &amp;review…</source>
        <translation>Berichtspaket zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="38"/>
        <source>&amp;Import supervisor decision…</source>
        <translation>Prüfentscheidung &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="40"/>
        <source>&amp;Keys and trust…</source>
        <translation>Schlüssel und &amp;Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="43"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="45"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="57"/>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="59"/>
        <source>&amp;Practice cases (fictional)…</source>
        <translation>&amp;Übungsfälle (fiktiv)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="62"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="63"/>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="64"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="65"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="66"/>
        <source>&amp;About ClusterBench</source>
        <translation>&amp;Über ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="78"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_menus.py" line="85"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Supervisor decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Close the open interviews before working with backups.</source>
        <translation>Schließen Sie die offenen Interviews, bevor Sie mit Sicherungen arbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="178"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="181"/>
        <source>ClusterBench {version}</source>
        <translation>ClusterBench {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>1 interview</source>
        <translation>1 Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <source>{n} interviews</source>
        <translation>{n} Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376"/>
        <source>{shown} of {n} interviews</source>
        <translation>{shown} von {n} Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="164"/>
        <source>Guided ECEI cluster-management benchmarking interviews, offline.

The questionnaire pack shipped with the app is a public reconstruction of the ECEI benchmarking interview: its thresholds and weights are assumptions, not ESCA&apos;s licensed catalogue.

The peer reference data is SYNTHETIC: generated clusters, not real results. The demo cluster is fictional.</source>
        <translation>Geführte ECEI-Benchmarking-Interviews zum Clustermanagement, offline.

Das mitgelieferte Fragebogen-Paket ist eine öffentliche Rekonstruktion des ECEI-Benchmarking-Interviews: Seine Schwellenwerte und Gewichte sind Annahmen, nicht der lizenzierte Katalog der ESCA.

Die Vergleichsdaten sind SYNTHETISCH: erzeugte Cluster, keine echten Ergebnisse. Der Demo-Cluster ist fiktiv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="60"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="60"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="60"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="60"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="60"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="67"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="67"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="67"/>
        <location filename="../../app/ui/home_menus.py" line="84"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="89"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="89"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="99"/>
        <source>Label expires or re-benchmarking due within</source>
        <translation>Gütesiegel läuft ab oder erneutes Benchmarking fällig innerhalb von</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="100"/>
        <source>Filter by label due</source>
        <translation>Nach fälligem Gütesiegel filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="102"/>
        <source>Clusters whose label ends, has lapsed but can still be renewed, or whose next benchmarking is due within the months given</source>
        <translation>Cluster, deren Gütesiegel in den angegebenen Monaten endet, abgelaufen, aber noch verlängerbar ist, oder deren nächstes Benchmarking dann fällig ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="110"/>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_filters.py" line="111"/>
        <source>Months ahead</source>
        <translation>Monate voraus</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="58"/>
        <source>&amp;Labels</source>
        <translation>&amp;Gütesiegel</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="60"/>
        <source>&amp;Record a label…</source>
        <translation>Gütesiegel &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="63"/>
        <source>&amp;Merge cluster records…</source>
        <translation>Cluster-Einträge &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="66"/>
        <source>Show clusters &amp;due within 6 months</source>
        <translation>In 6 Monaten &amp;fällige Cluster zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="68"/>
        <source>&amp;ESCA</source>
        <translation>&amp;ESCA</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="70"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="73"/>
        <source>&amp;Sync with ESCA</source>
        <translation>Mit ESCA ab&amp;gleichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="76"/>
        <source>&amp;Intake settings…</source>
        <translation>&amp;Annahmestelle einrichten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_tools.py" line="104"/>
        <source>Select the benchmarking that led to the label first.</source>
        <translation>Wählen Sie zuerst das Benchmarking, das zum Gütesiegel führte.</translation>
    </message>
</context>
<context>
    <name>MergeClustersDialog</name>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="156"/>
        <source>Merge cluster records</source>
        <translation>Cluster-Einträge zusammenführen</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="160"/>
        <source>Use this when one cluster organisation was recorded twice (a typo, a new name): its benchmarkings then form one label path. The interviews and labels of the second record move to the first; the second record is removed. Each moved interview notes the merge in its history.</source>
        <translation>Verwenden Sie dies, wenn eine Clusterorganisation doppelt erfasst wurde (ein Tippfehler, ein neuer Name): Ihre Benchmarkings bilden dann einen Gütesiegel-Pfad. Interviews und Gütesiegel des zweiten Eintrags gehen auf den ersten über; der zweite Eintrag wird entfernt. Jedes verschobene Interview vermerkt die Zusammenführung in seinem Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="167"/>
        <source>The record to keep</source>
        <translation>Der Eintrag, der bleibt</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="169"/>
        <source>The record to merge into it</source>
        <translation>Der Eintrag, der in ihn aufgeht</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="181"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="182"/>
        <source>&amp;Merge into it:</source>
        <translation>&amp;Darin aufgehen lassen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="186"/>
        <source>Mer&amp;ge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/fileio.py" line="125"/>
        <source>{what} {path}</source>
        <translation>{what} {path}</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="128"/>
        <source>{subject} is a folder, not a file. Move the folder away, or choose another data folder.</source>
        <translation>{subject} ist ein Ordner, keine Datei. Verschieben Sie den Ordner oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="134"/>
        <source>{subject} cannot be used: part of its path is a file, not a folder.</source>
        <translation>{subject} kann nicht verwendet werden: Ein Teil des Pfads ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="138"/>
        <source>{subject} cannot be used: permission denied. Give your user read and write access to it, or choose another data folder.</source>
        <translation>{subject} kann nicht verwendet werden: Zugriff verweigert. Geben Sie Ihrem Benutzer Lese- und Schreibrechte oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="144"/>
        <source>{subject} is on a read-only medium (a locked memory card or USB stick, or a read-only mount). Unlock or remount it, or choose another data folder.</source>
        <translation>{subject} liegt auf einem schreibgeschützten Datenträger (gesperrte Speicherkarte, USB-Stick oder schreibgeschützt eingebunden). Heben Sie den Schutz auf, binden Sie ihn neu ein oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="155"/>
        <source>The disk holding {holder} is full. Free some space and start again.</source>
        <translation>Der Datenträger mit {holder} ist voll. Schaffen Sie Platz und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="159"/>
        <source>{subject} does not exist (was a USB stick or network drive removed?).</source>
        <translation>{subject} existiert nicht (wurde ein USB-Stick oder Netzlaufwerk entfernt?).</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="164"/>
        <source>{subject} cannot be created: a file of that name is in the way.</source>
        <translation>{subject} kann nicht angelegt werden: Eine Datei dieses Namens ist im Weg.</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="168"/>
        <source>{subject} cannot be used: {reason}.</source>
        <translation>{subject} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="188"/>
        <source>The interview database {path} is open in another ClusterBench window. Close that window first, or use that one.</source>
        <translation>Die Interview-Datenbank {path} ist in einem anderen ClusterBench-Fenster geöffnet. Schließen Sie zuerst jenes Fenster oder arbeiten Sie dort weiter.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="322"/>
        <source>The store&apos;s file {path} is not a regular file.</source>
        <translation>Die Datei des Datenspeichers {path} ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="349"/>
        <source>The disk holding the data folder {folder} is full ({free} KiB free). Free some space and start again.</source>
        <translation>Der Datenträger mit dem Datenordner {folder} ist voll ({free} KiB frei). Schaffen Sie Platz und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="368"/>
        <source>The disk holding the store {path} is full. Free some space and start again.</source>
        <translation>Der Datenträger mit dem Datenspeicher {path} ist voll. Schaffen Sie Platz und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="379"/>
        <source>The store {path} cannot be opened: SQLite cannot create its journal files beside it. Check that the data folder can be written.</source>
        <translation>Der Datenspeicher {path} lässt sich nicht öffnen: SQLite kann daneben keine Journaldateien anlegen. Prüfen Sie, ob in den Datenordner geschrieben werden kann.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="387"/>
        <source>Reading or writing the store {path} failed with a disk error (was a USB stick removed, or is the disk failing?).</source>
        <translation>Lesen oder Schreiben des Datenspeichers {path} scheiterte mit einem Datenträgerfehler (wurde ein USB-Stick entfernt oder fällt der Datenträger aus?).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="397"/>
        <source>{name} is damaged and cannot be read ({error}).</source>
        <translation>{name} ist beschädigt und kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="402"/>
        <source>The store {path} cannot be used ({error}).</source>
        <translation>Der Datenspeicher {path} kann nicht verwendet werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="502"/>
        <source>{name} is not a ClusterBench database: it is not an SQLite file, or its first page is damaged.</source>
        <translation>{name} ist keine ClusterBench-Datenbank: Es ist keine SQLite-Datei, oder ihre erste Seite ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="525"/>
        <source>{name} failed SQLite&apos;s integrity check: {problems}.</source>
        <translation>{name} besteht die Integritätsprüfung von SQLite nicht: {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="534"/>
        <source>{name} is an SQLite database, but not one written by ClusterBench.</source>
        <translation>{name} ist eine SQLite-Datenbank, aber keine von ClusterBench.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="542"/>
        <source>{name} was written by a newer version of ClusterBench (schema {revision}). Update ClusterBench to open it, or open a backup.</source>
        <translation>{name} wurde von einer neueren ClusterBench-Version geschrieben (Schema {revision}). Aktualisieren Sie ClusterBench, um sie zu öffnen, oder öffnen Sie eine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="760"/>
        <source>The backup of {name} came out damaged ({problem}).</source>
        <translation>Die Sicherung von {name} ist beschädigt ausgefallen ({problem}).</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="775"/>
        <source>No backup of {name} could be written. {cause}</source>
        <translation>Es konnte keine Sicherung von {name} geschrieben werden. {cause}</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="848"/>
        <source>The damaged store cannot be set aside. {cause}</source>
        <translation>Der beschädigte Datenspeicher kann nicht beiseitegelegt werden. {cause}</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="865"/>
        <source>The backup {name} does not exist any more.</source>
        <translation>Die Sicherung {name} existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="869"/>
        <source>The backup {name} is damaged ({problem}); it was not restored. Choose another backup.</source>
        <translation>Die Sicherung {name} ist beschädigt ({problem}); sie wurde nicht wiederhergestellt. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <location filename="../../app/models/store.py" line="884"/>
        <source>The backup could not be copied in. {cause}</source>
        <translation>Die Sicherung konnte nicht hineinkopiert werden. {cause}</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="71"/>
        <source>{name} is not a ClusterBench bundle ({reason}).</source>
        <translation>{name} ist kein ClusterBench-Paket ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="77"/>
        <source>{name} is not a ClusterBench bundle (no bag-info).</source>
        <translation>{name} ist kein ClusterBench-Paket (keine bag-info).</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="94"/>
        <source>There is no bundle file {path}.</source>
        <translation>Es gibt keine Paketdatei {path}.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="140"/>
        <source>{given} is not a bundle&apos;s SHA-256: give at least its first 6 hex digits.</source>
        <translation>{given} ist kein SHA-256 eines Pakets: Geben Sie mindestens seine ersten 6 Hexadezimalziffern an.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="147"/>
        <source>There is no bundle {digits} in the outbox.</source>
        <translation>Im Postausgang gibt es kein Paket {digits}.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="150"/>
        <source>{count} bundles in the outbox start with {digits}: give more digits.</source>
        <translation>{count} Pakete im Postausgang beginnen mit {digits}: Geben Sie mehr Ziffern an.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="171"/>
        <source>The bundle {digits} stays in the outbox: it is being sent right now; stop sending first.</source>
        <translation>Das Paket {digits} bleibt im Postausgang: Es wird gerade gesendet; halten Sie das Senden zuerst an.</translation>
    </message>
    <message>
        <location filename="../../app/services/outbox.py" line="177"/>
        <source>The bundle {digits} stays in the outbox: ESCA received it, and its receipt is the proof of submission.</source>
        <translation>Das Paket {digits} bleibt im Postausgang: Die ESCA hat es erhalten, und seine Empfangsbestätigung ist der Nachweis der Einreichung.</translation>
    </message>
    <message>
        <location filename="../../app/services/store_problems.py" line="75"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>The data folder</source>
        <translation>Der Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>the data folder</source>
        <translation>dem Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>The store</source>
        <translation>Der Datenspeicher</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>the store</source>
        <translation>dem Datenspeicher</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>The store&apos;s lock file</source>
        <translation>Die Sperrdatei des Datenspeichers</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>the store&apos;s lock file</source>
        <translation>der Sperrdatei des Datenspeichers</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>The store&apos;s file</source>
        <translation>Die Datei des Datenspeichers</translation>
    </message>
    <message>
        <location filename="../../app/fileio.py" line="107"/>
        <source>the store&apos;s file</source>
        <translation>der Datei des Datenspeichers</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="35"/>
        <source>Fictional practice case: read it as the cluster manager&apos;s account.</source>
        <translation>Fiktiver Übungsfall: Lesen Sie ihn als Schilderung des Clustermanagements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="40"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
</context>
<context>
    <name>NarrativeWindow</name>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="61"/>
        <source>[Practice] {title} — narrative</source>
        <translation>[Übung] {title} — Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="62"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="67"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="244"/>
        <source>Section / question</source>
        <translation>Abschnitt / Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="244"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="288"/>
        <source>req {a}/{r}</source>
        <translation>Pfl. {a}/{r}</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="297"/>
        <source>{a} of {n} questions answered</source>
        <translation>{a} von {n} Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="298"/>
        <source>{a} of {r} required answered</source>
        <translation>{a} von {r} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="301"/>
        <source>{f} flagged</source>
        <translation>{f} markiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="304"/>
        <source>{c} pre-filled, to confirm</source>
        <translation>{c} vorausgefüllt, zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="307"/>
        <source>Time: {spent} min of {budget} min</source>
        <translation>Zeit: {spent} von {budget} Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="181"/>
        <source>confirm</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="181"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="362"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="362"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="366"/>
        <source>pre-filled, to confirm</source>
        <translation>vorausgefüllt, zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="368"/>
        <source>flagged: follow up</source>
        <translation>markiert: nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="370"/>
        <source>flagged: evidence missing</source>
        <translation>markiert: Nachweis fehlt</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="45"/>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="52"/>
        <location filename="../../app/ui/new_interview_dialog.py" line="58"/>
        <source>Existing cluster</source>
        <translation>Bestehender Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="53"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="60"/>
        <source>Choose a recorded cluster…</source>
        <translation>Erfassten Cluster wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="71"/>
        <source>Cluster name</source>
        <translation>Name des Clusters</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="73"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="74"/>
        <source>Choose the country…</source>
        <translation>Land wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="79"/>
        <source>Technology area</source>
        <translation>Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="80"/>
        <source>Choose the technology area…</source>
        <translation>Technologiefeld wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="85"/>
        <source>ECCP profile address</source>
        <translation>Adresse des ECCP-Profils</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="88"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="89"/>
        <source>Cluster manager&apos;s name and e-mail</source>
        <translation>Name und E-Mail des Clustermanagements</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="92"/>
        <source>Interview mode</source>
        <translation>Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="98"/>
        <source>Questionnaire pack</source>
        <translation>Fragebogen-Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <source>Expert name</source>
        <translation>Name der Expertin / des Experten</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="114"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="115"/>
        <source>Technology area:</source>
        <translation>Technologiefeld:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="116"/>
        <source>ECCP profile:</source>
        <translation>ECCP-Profil:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="117"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="121"/>
        <source>Mode:</source>
        <translation>Interviewart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="122"/>
        <source>Questionnaire:</source>
        <translation>Fragebogen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="123"/>
        <source>Expert:</source>
        <translation>Expert:in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="129"/>
        <location filename="../../app/ui/new_interview_dialog.py" line="184"/>
        <source>Create and open</source>
        <translation>Anlegen und öffnen</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>Give the new cluster a name.</source>
        <translation>Geben Sie dem neuen Cluster einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>Choose the cluster&apos;s country.</source>
        <translation>Wählen Sie das Land des Clusters.</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>Choose the cluster&apos;s technology area.</source>
        <translation>Wählen Sie das Technologiefeld des Clusters.</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>The ECCP profile address must start with https://.</source>
        <translation>Die Adresse des ECCP-Profils muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>Enter the expert&apos;s name.</source>
        <translation>Geben Sie den Namen der Expertin / des Experten ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="94"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="94"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="94"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/services/interviews.py" line="23"/>
        <source>Choose a cluster or describe a new one.</source>
        <translation>Wählen Sie einen Cluster oder beschreiben Sie einen neuen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="108"/>
        <source>Recorded cluster organisation</source>
        <translation>Erfasste Clusterorganisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="172"/>
        <source>This cluster organisation is already recorded: the interview becomes its next benchmarking, compared with the earlier ones on its label path.</source>
        <translation>Diese Clusterorganisation ist bereits erfasst: Das Interview wird ihr nächstes Benchmarking und mit den früheren auf ihrem Gütesiegel-Pfad verglichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="182"/>
        <source>Create as its next benchmarking</source>
        <translation>Als ihr nächstes Benchmarking anlegen</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="61"/>
        <source>Outbox — ClusterBench</source>
        <extracomment>Decisions were applied or bundles moved on: the home list reads the store again.</extracomment>
        <translation>Postausgang — ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="62"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="65"/>
        <source>Bundles wait here until ESCA&apos;s intake has received them and sent a signed receipt. Without a network they wait and are sent by themselves later; nothing is lost when the app closes.</source>
        <translation>Pakete warten hier, bis die Annahmestelle von ESCA sie erhalten und eine signierte Empfangsbestätigung geschickt hat. Ohne Netz warten sie und werden später von selbst gesendet; nichts geht verloren, wenn die App schließt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="71"/>
        <source>ESCA intake</source>
        <translation>ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="72"/>
        <source>&amp;Intake settings…</source>
        <translation>&amp;Annahmestelle einrichten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="78"/>
        <source>Bundles in the outbox</source>
        <translation>Pakete im Postausgang</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="81"/>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="84"/>
        <source>Outbox message</source>
        <translation>Meldung des Postausgangs</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="85"/>
        <source>&amp;Add bundle file…</source>
        <translation>Paketdatei &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="87"/>
        <source>&amp;Remove from outbox…</source>
        <translation>Aus dem Postausgang &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="88"/>
        <source>Take the chosen bundle out of the outbox</source>
        <translation>Das gewählte Paket aus dem Postausgang nehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="91"/>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="92"/>
        <source>Send the queued bundles now</source>
        <translation>Die wartenden Pakete jetzt senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="94"/>
        <source>S&amp;ync</source>
        <translation>A&amp;bgleichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="96"/>
        <source>Send the queued bundles and fetch the supervisors&apos; decisions</source>
        <translation>Die wartenden Pakete senden und die Entscheidungen der Supervisoren abholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="99"/>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="100"/>
        <source>Stop sending</source>
        <translation>Senden anhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="102"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="139"/>
        <source>ESCA intake: not set up yet.</source>
        <translation>ESCA-Annahmestelle: noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="142"/>
        <source>bundles due are sent by themselves</source>
        <translation>fällige Pakete werden von selbst gesendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="144"/>
        <source>send once to let due bundles go by themselves</source>
        <translation>einmal senden, dann gehen fällige Pakete von selbst</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="147"/>
        <source>ESCA intake: {url} (key {fingerprint}); {automatic}.</source>
        <translation>ESCA-Annahmestelle: {url} (Schlüssel {fingerprint}); {automatic}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="169"/>
        <source>Put a bundle in the outbox</source>
        <translation>Ein Paket in den Postausgang legen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="171"/>
        <source>ClusterBench bundles (*.zip *.age);;All files (*)</source>
        <translation>ClusterBench-Pakete (*.zip *.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="185"/>
        <source>{name} is in the outbox.</source>
        <translation>{name} liegt im Postausgang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="201"/>
        <source>Remove from outbox</source>
        <translation>Aus dem Postausgang entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="202"/>
        <source>Take {name} out of the outbox? It will not be sent; the bundle file you exported stays where it is.</source>
        <translation>{name} aus dem Postausgang nehmen? Es wird nicht gesendet; die exportierte Paketdatei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="215"/>
        <source>{name} is out of the outbox.</source>
        <translation>{name} ist aus dem Postausgang entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="231"/>
        <source>Requests to ESCA are signed with your key; it stays unlocked until ClusterBench closes.</source>
        <translation>Anfragen an ESCA werden mit Ihrem Schlüssel signiert; er bleibt entsperrt, bis ClusterBench schließt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="240"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="240"/>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="259"/>
        <source>Decisions not fetched: {e}</source>
        <translation>Entscheidungen nicht abgeholt: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="46"/>
        <source>revision {n}</source>
        <translation>Fassung {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="46"/>
        <source>bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="48"/>
        <source>Received by ESCA on {when} ({revision})</source>
        <translation>Von ESCA erhalten am {when} ({revision})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="52"/>
        <source>Refused by ESCA on {when} ({revision}): {reason}</source>
        <translation>Von ESCA abgelehnt am {when} ({revision}): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="56"/>
        <source>Waiting for the network; next try {when} ({revision})</source>
        <translation>Wartet auf das Netz; nächster Versuch {when} ({revision})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="60"/>
        <source>Sending to ESCA ({revision})</source>
        <translation>Wird an ESCA gesendet ({revision})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="61"/>
        <source>In the outbox, to send to ESCA ({revision})</source>
        <translation>Im Postausgang, zum Senden an ESCA ({revision})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="71"/>
        <source>Sending… {percent} %</source>
        <translation>Wird gesendet… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="75"/>
        <source>Waiting for the network; next try {when}</source>
        <translation>Wartet auf das Netz; nächster Versuch {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="77"/>
        <source>Waiting for the network</source>
        <translation>Wartet auf das Netz</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="80"/>
        <source>Received by ESCA on {when}</source>
        <translation>Von ESCA erhalten am {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="82"/>
        <source>Refused: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="83"/>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="95"/>
        <source>Receipt signed by ESCA&apos;s intake and verified:
bundle SHA-256 {sha}
interview {interview}, revision {revision}
received at {at}</source>
        <translation>Von der Annahmestelle von ESCA signierte und geprüfte Empfangsbestätigung:
Paket SHA-256 {sha}
Interview {interview}, Revision {revision}
erhalten am {at}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="119"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="121"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="126"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_model.py" line="131"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_sender.py" line="148"/>
        <source>Set up the ESCA intake first (its address and key).</source>
        <translation>Richten Sie zuerst die ESCA-Annahmestelle ein (Adresse und Schlüssel).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_sender.py" line="151"/>
        <source>Type the passphrase of your signing key to send.</source>
        <translation>Geben Sie zum Senden die Passphrase Ihres Signaturschlüssels ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="305"/>
        <source>1 bundle received</source>
        <translation>1 Paket erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="305"/>
        <source>{n} bundles received</source>
        <translation>{n} Pakete erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="306"/>
        <source>1 bundle refused</source>
        <translation>1 Paket abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="306"/>
        <source>{n} bundles refused</source>
        <translation>{n} Pakete abgelehnt</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="307"/>
        <source>1 bundle waiting</source>
        <translation>1 Paket wartet</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="307"/>
        <source>{n} bundles waiting</source>
        <translation>{n} Pakete warten</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="310"/>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="314"/>
        <source>1 decision applied.</source>
        <translation>1 Entscheidung übernommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outbox_window.py" line="316"/>
        <source>{n} decisions applied.</source>
        <translation>{n} Entscheidungen übernommen.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="232"/>
        <location filename="../../app/ui/key_widgets.py" line="239"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="233"/>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="237"/>
        <source>Key {fingerprint}</source>
        <translation>Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="244"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="245"/>
        <source>Sign with this passphrase</source>
        <translation>Mit dieser Passphrase signieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/key_widgets.py" line="246"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="84"/>
        <source>Practice cases (fictional)</source>
        <extracomment>Opens an interview in its window (the home window&apos;s ``open_interview``).</extracomment>
        <translation>Übungsfälle (fiktiv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="85"/>
        <location filename="../../app/ui/practice_window.py" line="98"/>
        <source>Practice cases</source>
        <translation>Übungsfälle</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="102"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="107"/>
        <source>Every case is fictional: invented clusters, people and numbers, with a reference expert&apos;s answers to compare yours with.</source>
        <translation>Jeder Fall ist fiktiv: erfundene Cluster, Personen und Zahlen, mit den Antworten einer Referenz-Expertin oder eines Referenz-Experten zum Vergleich mit Ihren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="116"/>
        <source>Case description</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="122"/>
        <source>Trainee name</source>
        <translation>Name (Trainee)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="123"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="125"/>
        <source>&amp;Start practice</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="126"/>
        <source>Start a practice interview of this case</source>
        <translation>Ein Übungsinterview zu diesem Fall beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="127"/>
        <source>Start a practice interview (Ctrl+Enter)</source>
        <translation>Ein Übungsinterview beginnen (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="134"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="140"/>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="144"/>
        <source>&amp;Continue interview</source>
        <translation>Interview &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="145"/>
        <source>Continue the selected session</source>
        <translation>Die ausgewählte Sitzung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="146"/>
        <source>Continue the selected session (Ctrl+O)</source>
        <translation>Die ausgewählte Sitzung fortsetzen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="148"/>
        <source>Calibration &amp;report</source>
        <translation>Kalibrierungs&amp;bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="149"/>
        <source>Open the calibration report</source>
        <translation>Den Kalibrierungsbericht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="150"/>
        <source>Compare the selected session (Ctrl+R)</source>
        <translation>Die ausgewählte Sitzung vergleichen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="156"/>
        <source>Your sessions of this case</source>
        <translation>Ihre Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="162"/>
        <source>Narrative (what the cluster manager tells you)</source>
        <translation>Fallschilderung (was Ihnen das Clustermanagement erzählt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="188"/>
        <source>Start practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="191"/>
        <source>Continue interview</source>
        <translation>Interview fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="193"/>
        <source>Calibration report</source>
        <translation>Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="194"/>
        <source>Refresh the sessions</source>
        <translation>Die Sitzungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="196"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="239"/>
        <source>Type your name first: your sessions are kept under it.</source>
        <translation>Geben Sie zuerst Ihren Namen ein: Ihre Sitzungen werden darunter gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="306"/>
        <source>Type your name to see your sessions.</source>
        <translation>Geben Sie Ihren Namen ein, um Ihre Sitzungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="308"/>
        <source>Double-click a session (or press Ctrl+R) for its calibration report.</source>
        <translation>Doppelklicken Sie auf eine Sitzung (oder drücken Sie Strg+R), um ihren Kalibrierungsbericht zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="310"/>
        <source>No session of this case yet: read the narrative, then start one.</source>
        <translation>Noch keine Sitzung zu diesem Fall: Lesen Sie die Fallschilderung und beginnen Sie dann eine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="326"/>
        <source>Technology area: {area}</source>
        <translation>Technologiefeld: {area}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="329"/>
        <source>Country: {country}</source>
        <translation>Land: {country}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="333"/>
        <source>What to watch for: {level}</source>
        <translation>Worauf zu achten ist: {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="336"/>
        <source>Reference: {who}</source>
        <translation>Referenz: {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="353"/>
        <location filename="../../app/ui/case_narrative.py" line="110"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="88"/>
        <source>Case narrative (fictional)</source>
        <translation>Fallschilderung (fiktiv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_narrative.py" line="111"/>
        <source>This interview is not a practice case, so it has no reference answers.</source>
        <translation>Dieses Interview ist kein Übungsfall und hat daher keine Referenzantworten.</translation>
    </message>
</context>
<context>
    <name>PrefillImportDialog</name>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="109"/>
        <source>Pre-fill workbook — {cluster}</source>
        <translation>Arbeitsmappe zum Vorausfüllen — {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="111"/>
        <location filename="../../app/ui/prefill_dialog.py" line="383"/>
        <source>Pre-fill workbook</source>
        <translation>Arbeitsmappe zum Vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="121"/>
        <source>Send the cluster a blank workbook to fill in before the interview, then import it here. Every cell is checked against the questionnaire; imported answers are marked “pre-filled, to confirm” until you confirm each one with the cluster during the interview.</source>
        <translation>Senden Sie dem Cluster vor dem Interview eine leere Arbeitsmappe zum Ausfüllen und importieren Sie sie dann hier. Jede Zelle wird gegen den Fragebogen geprüft; importierte Antworten sind als „vorausgefüllt, zu bestätigen“ markiert, bis Sie jede im Interview mit dem Cluster bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="127"/>
        <source>&amp;Export blank workbook…</source>
        <translation>Leere Arbeitsmappe e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="128"/>
        <source>Export a blank pre-fill workbook</source>
        <translation>Eine leere Arbeitsmappe zum Vorausfüllen exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="130"/>
        <source>Save a blank workbook for the cluster (Ctrl+E)</source>
        <translation>Eine leere Arbeitsmappe für den Cluster speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="135"/>
        <source>No workbook chosen</source>
        <translation>Keine Arbeitsmappe ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="136"/>
        <source>Chosen workbook</source>
        <translation>Ausgewählte Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="137"/>
        <source>&amp;Choose filled workbook…</source>
        <translation>Ausgefüllte Arbeitsmappe &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="138"/>
        <source>Choose a filled pre-fill workbook</source>
        <translation>Eine ausgefüllte Arbeitsmappe zum Vorausfüllen wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="140"/>
        <source>Choose a filled workbook (Ctrl+O)</source>
        <translation>Eine ausgefüllte Arbeitsmappe wählen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="147"/>
        <source>Choose the workbook the cluster sent back.</source>
        <translation>Wählen Sie die Arbeitsmappe, die der Cluster zurückgeschickt hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="148"/>
        <source>Validation result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="151"/>
        <source>Reading the workbook</source>
        <translation>Arbeitsmappe wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="157"/>
        <source>Cell errors</source>
        <translation>Fehler in Zellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="171"/>
        <source>Import &amp;all</source>
        <translation>&amp;Alle importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="173"/>
        <source>Import all answers</source>
        <translation>Alle Antworten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="176"/>
        <source>Import &amp;valid rows only</source>
        <translation>Nur &amp;gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="178"/>
        <source>Import only the valid rows</source>
        <translation>Nur die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="181"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="210"/>
        <source>Choose the filled pre-fill workbook</source>
        <translation>Die ausgefüllte Arbeitsmappe zum Vorausfüllen wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="212"/>
        <location filename="../../app/ui/prefill_dialog.py" line="255"/>
        <location filename="../../app/ui/prefill_export.py" line="51"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="212"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="226"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="253"/>
        <location filename="../../app/ui/prefill_export.py" line="49"/>
        <source>Save the blank pre-fill workbook</source>
        <translation>Die leere Arbeitsmappe zum Vorausfüllen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="271"/>
        <source>The workbook could not be saved: {e}</source>
        <translation>Die Arbeitsmappe konnte nicht gespeichert werden: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="274"/>
        <source>Blank workbook saved as {path}. Send it to the cluster.</source>
        <translation>Leere Arbeitsmappe gespeichert als {path}. Senden Sie sie an den Cluster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="282"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="309"/>
        <source>{valid} answers can be imported; {errors} cells have errors and are listed below. Nothing is imported unless you choose to import the valid rows only, or correct the workbook and choose it again.</source>
        <translation>{valid} Antworten können importiert werden; {errors} Zellen haben Fehler und sind unten aufgeführt. Importiert wird nichts, es sei denn, Sie importieren nur die gültigen Zeilen oder korrigieren die Arbeitsmappe und wählen sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="317"/>
        <source>{valid} answers can be imported; no cell has an error.</source>
        <translation>{valid} Antworten können importiert werden; keine Zelle hat einen Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="323"/>
        <source>The workbook holds no answers yet.</source>
        <translation>Die Arbeitsmappe enthält noch keine Antworten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="329"/>
        <source>The interview is finalised: reopen it before importing.</source>
        <translation>Das Interview ist abgeschlossen: Öffnen Sie es vor dem Import wieder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="340"/>
        <source>The workbook could not be read ({kind}).</source>
        <translation>Die Arbeitsmappe konnte nicht gelesen werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../app/ui/radar.py" line="46"/>
        <location filename="../../app/ui/radar.py" line="272"/>
        <source>Radar chart of section scores</source>
        <extracomment>Hover this close (in chart units, 1 = 100) to a spoke to get its tooltip.</extracomment>
        <translation>Netzdiagramm der Abschnittsbewertungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="54"/>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="65"/>
        <source>Chart legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="75"/>
        <source>Peer data notice</source>
        <translation>Hinweis zu den Vergleichsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="87"/>
        <source>Save chart…</source>
        <extracomment>What each series was last drawn from: an unchanged series is not set again.</extracomment>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="88"/>
        <source>Save the chart as a PNG or SVG file</source>
        <translation>Das Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="91"/>
        <source>As PNG picture…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="92"/>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="221"/>
        <source>Cluster: {value:.0f} / 100</source>
        <translation>Cluster: {value:.0f} / 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="238"/>
        <source>{group}: group too small to show</source>
        <translation>{group}: Gruppe zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="242"/>
        <source>{group}: no percentile yet</source>
        <translation>{group}: noch kein Perzentil</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="245"/>
        <source>{group}: percentile {p:.0f}</source>
        <translation>{group}: Perzentil {p:.0f}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_export.py" line="60"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/chart_export.py" line="70"/>
        <source>The chart could not be saved: {error}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="285"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="288"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="31"/>
        <source>This cluster</source>
        <translation>Dieser Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="32"/>
        <source>Technology-area peers</source>
        <translation>Vergleichsgruppe Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="33"/>
        <source>Cluster excellence group</source>
        <translation>Exzellenz-Vergleichsgruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="112"/>
        <source>- group too small to show</source>
        <translation>- Gruppe zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="142"/>
        <source>No reference data loaded: peer groups are not shown.</source>
        <translation>Keine Vergleichsdaten geladen: Vergleichsgruppen werden nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="144"/>
        <source>Peer data: SYNTHETIC reference set ({size} fictional clusters), not real results.</source>
        <translation>Vergleichsdaten: SYNTHETISCHER Referenzdatensatz ({size} fiktive Cluster), keine echten Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="148"/>
        <source>Peer data: reference set {id} {version} ({size} clusters).</source>
        <translation>Vergleichsdaten: Referenzdatensatz {id} {version} ({size} Cluster).</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="213"/>
        <source>Cluster: not scored (no indicator answered yet)</source>
        <translation>Cluster: ohne Wertung (noch kein Indikator beantwortet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="216"/>
        <source>Cluster: {value:.0f} / 100, over {answered} of {total} indicators</source>
        <translation>Cluster: {value:.0f} / 100, über {answered} von {total} Indikatoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="226"/>
        <source>Previous benchmarking: not scored</source>
        <translation>Voriges Benchmarking: ohne Wertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="228"/>
        <source>Previous benchmarking: {value:.0f} / 100</source>
        <translation>Voriges Benchmarking: {value:.0f} / 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="38"/>
        <source>Previous benchmarking, {date}</source>
        <translation>Voriges Benchmarking, {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="52"/>
        <source>not scored</source>
        <translation>ohne Wertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="54"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} von {total} beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar_legend.py" line="122"/>
        <source>Open dot: partly answered section (the score covers the answered part)</source>
        <translation>Offener Punkt: teilweise beantworteter Abschnitt (die Wertung deckt den beantworteten Teil ab)</translation>
    </message>
</context>
<context>
    <name>RecommendationsDialog</name>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="39"/>
        <location filename="../../app/ui/recommendations_dialog.py" line="40"/>
        <source>Recommendations for the report</source>
        <translation>Empfehlungen für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="45"/>
        <source>What the cluster management could do next, in your words. The report prints it under “The expert&apos;s recommendations”; a blank line starts a new paragraph.</source>
        <translation>Was das Clustermanagement als Nächstes tun könnte, in Ihren Worten. Der Bericht druckt es unter „Empfehlungen der Expertin / des Experten“; eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="51"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>RecordLabelDialog</name>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="40"/>
        <source>{level}{renewal}, awarded {awarded}, valid until {until}; re-benchmarking due from {due}</source>
        <translation>{level}{renewal}, verliehen am {awarded}, gültig bis {until}; erneutes Benchmarking fällig ab {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="45"/>
        <source> (renewal)</source>
        <translation> (Verlängerung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="62"/>
        <source>Record a label</source>
        <translation>Gütesiegel erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="74"/>
        <source>Label level</source>
        <translation>Stufe des Gütesiegels</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="82"/>
        <source>{level} — verdict {status}</source>
        <translation>{level} — Urteil {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="99"/>
        <source>Date of the award</source>
        <translation>Datum der Verleihung</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="104"/>
        <source>No label is recorded for this cluster yet.</source>
        <translation>Für diesen Cluster ist noch kein Gütesiegel erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="107"/>
        <source>Labels recorded</source>
        <translation>Erfasste Gütesiegel</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="110"/>
        <source>Record a label once ESCA has awarded it. Only a level whose verdict passed can be chosen; the term and the next benchmarking follow from the date.</source>
        <translation>Erfassen Sie ein Gütesiegel, sobald ESCA es verliehen hat. Nur eine Stufe mit bestandenem Urteil ist wählbar; Laufzeit und nächstes Benchmarking ergeben sich aus dem Datum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="116"/>
        <source>Label:</source>
        <translation>Gütesiegel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="117"/>
        <source>Awarded on:</source>
        <translation>Verliehen am:</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="118"/>
        <source>Recorded so far:</source>
        <translation>Bisher erfasst:</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="122"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="44"/>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="44"/>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="44"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="84"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="84"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialogs.py" line="84"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
</context>
<context>
    <name>ReferenceMenu</name>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="45"/>
        <source>Import a peer reference set</source>
        <translation>Vergleichsdaten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="47"/>
        <source>Reference data (*.json);;All files (*)</source>
        <translation>Vergleichsdaten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="59"/>
        <source>Reference data not imported</source>
        <translation>Vergleichsdaten nicht importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="64"/>
        <source>Peer reference data</source>
        <translation>Vergleichsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="65"/>
        <source>{title} ({id} {version}, {size} clusters) is in use from now on.
SHA-256 {sha256}</source>
        <translation>{title} ({id} {version}, {size} Cluster) wird ab jetzt verwendet.
SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="85"/>
        <source>&amp;Peer reference data</source>
        <translation>Ver&amp;gleichsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="97"/>
        <source>Synthetic set shipped with the app</source>
        <translation>Mitgelieferter synthetischer Datensatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/reference_menu.py" line="107"/>
        <source>&amp;Import reference set…</source>
        <translation>Vergleichsdaten &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="165"/>
        <location filename="../../app/ui/interview/dialogs.py" line="166"/>
        <location filename="../../app/ui/interview/dialogs.py" line="183"/>
        <source>Reopen the interview</source>
        <translation>Das Interview wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="169"/>
        <source>This interview is finalised. Say why it is reopened; the reason is kept in the interview&apos;s log.</source>
        <translation>Dieses Interview ist abgeschlossen. Geben Sie an, warum es wieder geöffnet wird; die Begründung wird im Protokoll des Interviews festgehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="174"/>
        <source>Reason for reopening</source>
        <translation>Grund für das Wiederöffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="176"/>
        <source>e.g. The cluster sent corrected member figures.</source>
        <translation>z. B. Der Cluster hat korrigierte Mitgliederzahlen geschickt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="182"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview/dialogs.py" line="186"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="157"/>
        <location filename="../../app/ui/report_dialog.py" line="158"/>
        <location filename="../../app/ui/report_dialog.py" line="305"/>
        <source>Benchmarking report</source>
        <extracomment>Pixels per PDF point in the preview (A4 becomes about 770 x 1090 pixels). pdfium is not thread-safe; one document at a time.</extracomment>
        <translation>Benchmarking-Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="160"/>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="163"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="177"/>
        <source>Report pages</source>
        <translation>Berichtsseiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="180"/>
        <source>&amp;Open in system viewer</source>
        <translation>Im PDF-Betrachter &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="181"/>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Den Bericht im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="184"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="185"/>
        <source>Save the report as</source>
        <translation>Den Bericht speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="188"/>
        <location filename="../../app/ui/report_dialog.py" line="189"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="225"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="255"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="276"/>
        <source>{n} pages, A4. Saved in the data folder; use Save as to keep a copy.</source>
        <translation>{n} Seiten, A4. Im Datenordner gespeichert; mit „Speichern unter“ eine Kopie behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="291"/>
        <source>The report could not be written: {error}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="298"/>
        <source>No PDF viewer could be started.</source>
        <translation>Es konnte kein PDF-Betrachter gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="303"/>
        <source>Benchmarking report - {cluster}</source>
        <translation>Benchmarking-Bericht - {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="309"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="311"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="330"/>
        <location filename="../../app/ui/report_dialog.py" line="332"/>
        <source>Page {n} of {count}</source>
        <translation>Seite {n} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="64"/>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="66"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="50"/>
        <source>This decision is about another interview. Import it from the home window (File › Import supervisor decision).</source>
        <translation>Diese Entscheidung betrifft ein anderes Interview. Importieren Sie sie im Startfenster (Datei › Prüfentscheidung importieren).</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="35"/>
        <source>Returned by {who} with 1 comment. The interview is open again; the comment appears beside its question.</source>
        <translation>Von {who} mit 1 Kommentar zurückgegeben. Das Interview ist wieder offen; der Kommentar steht bei seiner Frage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="40"/>
        <source>Returned by {who} with {n} comments. The interview is open again; the comments appear beside their questions.</source>
        <translation>Von {who} mit {n} Kommentaren zurückgegeben. Das Interview ist wieder offen; die Kommentare stehen neben ihren Fragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="44"/>
        <source>Approved by {who}.</source>
        <translation>Freigegeben von {who}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="23"/>
        <source>Import a supervisor&apos;s decision</source>
        <translation>Eine Prüfentscheidung importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/decision_import.py" line="25"/>
        <source>Decision files (*.json);;All files (*)</source>
        <translation>Entscheidungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../app/ui/score_panel.py" line="102"/>
        <source>Score panel</source>
        <extracomment>Status words (literal, so that update_translations.sh finds them) and their colours.</extracomment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="107"/>
        <source>Score panel pages</source>
        <translation>Seiten der Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="122"/>
        <source>Criterion and reason</source>
        <translation>Kriterium und Begründung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="130"/>
        <source>Eligibility criteria</source>
        <translation>Teilnahmevoraussetzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="139"/>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="161"/>
        <location filename="../../app/ui/score_gold.py" line="122"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="162"/>
        <location filename="../../app/ui/score_gold.py" line="123"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="252"/>
        <source>Technology
area</source>
        <translation>Technologie-
feld</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="253"/>
        <source>Excellence
group</source>
        <translation>Exzellenz-
gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="254"/>
        <source>All
clusters</source>
        <translation>Alle
Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="124"/>
        <source>Gold threshold</source>
        <translation>Gold-Schwelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="126"/>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="132"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="137"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="145"/>
        <source>Indicators against Gold thresholds</source>
        <translation>Indikatoren im Vergleich zu den Gold-Schwellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="148"/>
        <location filename="../../app/ui/score_gold.py" line="108"/>
        <location filename="../../app/ui/score_label_path.py" line="34"/>
        <source>Gold readiness</source>
        <translation>Gold-Reife</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="168"/>
        <source>Peer percentiles</source>
        <translation>Perzentile in den Vergleichsgruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="174"/>
        <source>Peers</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="192"/>
        <location filename="../../app/ui/score_gold.py" line="163"/>
        <location filename="../../app/ui/score_label_path.py" line="102"/>
        <source>No scores yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="235"/>
        <source>{label}: too small to show</source>
        <translation>{label}: zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="236"/>
        <source>No peer groups.</source>
        <translation>Keine Vergleichsgruppen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="238"/>
        <source>Peer data is SYNTHETIC (fictional clusters), not real results.</source>
        <translation>Die Vergleichsdaten sind SYNTHETISCH (fiktive Cluster), keine echten Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="240"/>
        <source>No reference data loaded: peer percentiles are not available.</source>
        <translation>Keine Vergleichsdaten geladen: Perzentile sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="268"/>
        <source>No percentile: the indicator is not answered yet.</source>
        <translation>Kein Perzentil: Der Indikator ist noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="269"/>
        <source>Percentile rank {p:.0f}: better than {p:.0f} % of the group.</source>
        <translation>Perzentilrang {p:.0f}: besser als {p:.0f} % der Gruppe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="37"/>
        <source>Fewer than 5 clusters in this group: it is never shown, so that no single cluster can be recognised.</source>
        <translation>Weniger als 5 Cluster in dieser Gruppe: Sie wird nie gezeigt, damit kein einzelner Cluster erkennbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="78"/>
        <source>Reference data: {id} {version}, SHA-256 {sha256}</source>
        <translation>Vergleichsdaten: {id} {version}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="58"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="58"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="66"/>
        <source>{n} given</source>
        <translation>{n} angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="212"/>
        <source>Eligible for a label</source>
        <translation>Voraussetzungen für ein Gütesiegel erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="212"/>
        <source>Not eligible</source>
        <translation>Voraussetzungen nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="212"/>
        <source>Incomplete: some criteria are not answered yet</source>
        <translation>Unvollständig: Einige Kriterien sind noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="175"/>
        <source>Ready for Gold</source>
        <translation>Bereit für Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="175"/>
        <source>Not ready for Gold</source>
        <translation>Noch nicht bereit für Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="175"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="86"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="87"/>
        <source>✓ meets</source>
        <translation>✓ erreicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="87"/>
        <source>✗ below</source>
        <translation>✗ darunter</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="94"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="94"/>
        <source>NOT met</source>
        <translation>NICHT erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="94"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="187"/>
        <source>The bar is the weighted share of the Gold indicators that meet their threshold; {answered} of the {total} indicators are answered.</source>
        <translation>Der Balken ist der gewichtete Anteil der Gold-Indikatoren, die ihre Schwelle erreichen; {answered} der {total} Indikatoren sind beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="48"/>
        <source>Improvement areas:</source>
        <translation>Verbesserungsbereiche:</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="48"/>
        <source>No improvement area is recorded yet.</source>
        <translation>Noch kein Verbesserungsbereich erfasst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="44"/>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="44"/>
        <source>✗ Not met</source>
        <translation>✗ Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="44"/>
        <source>– Waived</source>
        <translation>– Entfällt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="44"/>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="44"/>
        <source>– No</source>
        <translation>– Nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="153"/>
        <source>Labels</source>
        <translation>Gütesiegel</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="155"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="217"/>
        <source>* The minimum of this criterion is our assumption, not a public ESCA figure.</source>
        <translation>* Das Minimum dieses Kriteriums ist unsere Annahme, keine öffentliche Zahl von ESCA.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="112"/>
        <source>Share of the weighted indicators at Gold</source>
        <translation>Anteil der gewichteten Indikatoren auf Gold-Niveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="116"/>
        <source>Silver pre-check</source>
        <translation>Silber-Vorprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="118"/>
        <source>What would change the verdict</source>
        <translation>Was das Urteil ändern würde</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="180"/>
        <source>{share} % at Gold · {required} % needed</source>
        <translation>{share} % auf Gold-Niveau · {required} % nötig</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="195"/>
        <location filename="../../app/ui/score_label_path.py" line="33"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="196"/>
        <location filename="../../app/ui/score_label_path.py" line="33"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="197"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="199"/>
        <source>Silver pre-check: {state}.</source>
        <translation>Silber-Vorprüfung: {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="205"/>
        <source>* {count} of the {total} thresholds are our assumption, not a public ESCA figure.</source>
        <translation>* {count} der {total} Schwellenwerte sind unsere Annahme, keine öffentliche Zahl von ESCA.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="209"/>
        <source>Every threshold shown rests on a public source.</source>
        <translation>Jeder gezeigte Schwellenwert beruht auf einer öffentlichen Quelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="225"/>
        <source>The questionnaire sets no minimum requirements.</source>
        <translation>Der Fragebogen legt keine Mindestanforderungen fest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="227"/>
        <source>Minimum requirements: all {n} met.</source>
        <translation>Mindestanforderungen: alle {n} erfüllt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="230"/>
        <source>Minimum requirements: {k} of {n} not met (see the table).</source>
        <translation>Mindestanforderungen: {k} von {n} nicht erfüllt (siehe Tabelle).</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="234"/>
        <source>Minimum requirements: {k} of {n} not answered yet.</source>
        <translation>Mindestanforderungen: {k} von {n} noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="242"/>
        <source>Meeting Gold on the indicator marked ▶ would lift the share to {lifted} %.</source>
        <translation>Gold beim mit ▶ markierten Indikator hebt den Anteil auf {lifted} %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="247"/>
        <source>Meeting Gold on the {count} indicators marked ▶ would lift the share to {lifted} %.</source>
        <translation>Gold bei den {count} mit ▶ markierten Indikatoren hebt den Anteil auf {lifted} %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_gold.py" line="256"/>
        <source>{count} indicators of the Gold set are not answered yet; with them, up to {best} % is still possible.</source>
        <translation>{count} Indikatoren der Gold-Auswahl sind noch nicht beantwortet; mit ihnen sind bis zu {best} % möglich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="31"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="31"/>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="31"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="34"/>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="34"/>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="35"/>
        <source>{level}: {state}</source>
        <translation>{level}: {state}</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="68"/>
        <source>Previous benchmarking</source>
        <translation>Voriges Benchmarking</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="71"/>
        <source>&amp;Improvement areas…</source>
        <translation>&amp;Verbesserungsbereiche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="72"/>
        <source>Record the improvement areas for Silver</source>
        <translation>Die Verbesserungsbereiche für Silber erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="90"/>
        <source>ESCA decides every label; these verdicts prepare the decision.</source>
        <translation>ESCA entscheidet über jedes Gütesiegel; diese Urteile bereiten die Entscheidung vor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="112"/>
        <source>No earlier finalised benchmarking of this cluster is recorded: this is its first (Silver needs a second one 18 to 24 months later).</source>
        <translation>Für diesen Cluster ist kein früheres abgeschlossenes Benchmarking erfasst: Dies ist sein erstes (Silber verlangt ein zweites 18 bis 24 Monate später).</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_label_path.py" line="120"/>
        <source>Compared with the previous benchmarking of {date} ({months} months).</source>
        <translation>Verglichen mit dem vorigen Benchmarking vom {date} ({months} Monate).</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="38"/>
        <source>not scored</source>
        <translation>ohne Wertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="40"/>
        <source>{score:.0f} (partial)</source>
        <translation>{score:.0f} (teilweise)</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="47"/>
        <source>{answered} of {total} indicators</source>
        <translation>{answered} von {total} Indikatoren</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="56"/>
        <source>No indicator of this section is answered yet: it has no score.</source>
        <translation>Noch kein Indikator dieses Abschnitts ist beantwortet: Er hat keine Wertung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="58"/>
        <source>The score is the weighted mean of the {answered} answered indicators; {open} more are not answered yet.</source>
        <translation>Die Wertung ist das gewichtete Mittel der {answered} beantworteten Indikatoren; {open} weitere sind noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="62"/>
        <source>Every indicator of this section is answered.</source>
        <translation>Jeder Indikator dieses Abschnitts ist beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="81"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="83"/>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="90"/>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="95"/>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="99"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="103"/>
        <source>Section scores</source>
        <translation>Abschnittsbewertungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_sections.py" line="105"/>
        <source>Scores from 0 to 100 over the answered indicators of each section; a partial score covers only the indicators answered so far.</source>
        <translation>Wertungen von 0 bis 100 über die beantworteten Indikatoren jedes Abschnitts; eine teilweise Wertung umfasst nur die bisher beantworteten Indikatoren.</translation>
    </message>
</context>
<context>
    <name>SectionAgreementModel</name>
    <message>
        <location filename="../../app/ui/practice_models.py" line="248"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="250"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="256"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="262"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="268"/>
        <source>Items agreeing</source>
        <translation>Gleich beantwortet</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../app/ui/practice_models.py" line="139"/>
        <source>Session</source>
        <extracomment>Shown for a number that does not exist (no score, no earlier session).</extracomment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="140"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="142"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="164"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="164"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="164"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="164"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_models.py" line="164"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="49"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="53"/>
        <source>Expert name</source>
        <translation>Name der Expertin / des Experten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="55"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="57"/>
        <source>Default interview mode</source>
        <translation>Standard-Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="62"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="68"/>
        <source>The new language is used from the next start of ClusterBench; saving offers to restart now.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ClusterBench; beim Speichern können Sie sofort neu starten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="73"/>
        <source>Note on the language</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="74"/>
        <source>Compact layout (small screens)</source>
        <translation>Kompakte Ansicht (kleine Bildschirme)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="77"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="79"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="80"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="81"/>
        <source>Off (only before upgrades)</source>
        <translation>Aus (nur vor Updates)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="90"/>
        <location filename="../../app/ui/settings.py" line="159"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="93"/>
        <source>Where interviews, evidence, keys and backups are kept. Takes effect at the next start; the data in the old folder stays where it is.</source>
        <translation>Wo Interviews, Nachweise, Schlüssel und Sicherungen liegen. Gilt ab dem nächsten Start; die Daten im alten Ordner bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="97"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="98"/>
        <source>Choose the data folder</source>
        <translation>Den Datenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="105"/>
        <source>Data folder in use</source>
        <translation>Verwendeter Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="109"/>
        <source>Set by {variable} for this start; the folder chosen above is used when it is not set.</source>
        <translation>Für diesen Start durch {variable} festgelegt; ohne diese Variable gilt der oben gewählte Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="115"/>
        <source>Expert name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="116"/>
        <source>Expert ID:</source>
        <translation>Expert:innen-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="117"/>
        <source>Default mode:</source>
        <translation>Standard-Interviewart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="118"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="121"/>
        <source>Automatic backups:</source>
        <translation>Automatische Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="122"/>
        <source>Data folder in use:</source>
        <translation>Verwendeter Datenordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="123"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="164"/>
        <source>ClusterBench will use this folder from its next start.</source>
        <translation>ClusterBench verwendet diesen Ordner ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="59"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="59"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="59"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="176"/>
        <source>Restart ClusterBench?</source>
        <translation>ClusterBench neu starten?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="177"/>
        <source>The change applies once ClusterBench starts again. Restart now? Every window closes first; every answer is already saved.</source>
        <translation>Die Änderung gilt, sobald ClusterBench neu startet. Jetzt neu starten? Zuerst schließen sich alle Fenster; jede Antwort ist bereits gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="184"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="185"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../app/ui/share_view.py" line="37"/>
        <location filename="../../app/ui/share_view.py" line="38"/>
        <source>Shared question</source>
        <translation>Geteilte Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="41"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="43"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="46"/>
        <location filename="../../app/ui/share_view.py" line="48"/>
        <source>Answer as given</source>
        <translation>Antwort wie gegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="80"/>
        <source>(not answered yet)</source>
        <translation>(noch nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="86"/>
        <source>Please wait for the next question.</source>
        <translation>Bitte warten Sie auf die nächste Frage.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="233"/>
        <location filename="../../app/ui/command_palette.py" line="234"/>
        <location filename="../../app/ui/command_palette.py" line="239"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="248"/>
        <source>Every action has a key. Ctrl+K finds any question, section or command.</source>
        <translation>Jede Aktion hat ein Tastenkürzel. Strg+K findet jede Frage, jeden Abschnitt und jeden Befehl.</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="254"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="212"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="213"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="214"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="61"/>
        <source>Details: {message}</source>
        <translation>Details: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="65"/>
        <source>Backup copy to open</source>
        <translation>Zu öffnende Sicherungskopie</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="68"/>
        <source>Open this backup</source>
        <translation>Diese Sicherung öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="69"/>
        <source>Start with an empty store</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="70"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="71"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="86"/>
        <source>No backup copies were found.</source>
        <translation>Es wurden keine Sicherungskopien gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="121"/>
        <source>The store is in use</source>
        <translation>Die Datenbank wird bereits verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="122"/>
        <source>Another ClusterBench window is already using the store
{path}

Only one window may write to it at a time, so that no answer is lost. Close the other window and choose Try again, or quit.</source>
        <translation>Ein anderes ClusterBench-Fenster verwendet bereits die Datenbank
{path}

Es darf immer nur ein Fenster hineinschreiben, damit keine Antwort verloren geht. Schließen Sie das andere Fenster und wählen Sie „Erneut versuchen“, oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="127"/>
        <source>The store cannot be used where it is</source>
        <translation>Der Datenspeicher kann an diesem Ort nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="128"/>
        <source>ClusterBench cannot work with its store
{path}

The reason is given below. Nothing has been changed or moved. Put it right and choose Try again, or quit and start ClusterBench with another data folder (CLUSTERBENCH_DATA_DIR, or the settings once it runs).</source>
        <translation>ClusterBench kann mit seinem Datenspeicher
{path}
nicht arbeiten.

Der Grund steht unten. Es wurde nichts verändert oder verschoben. Beheben Sie das Problem und wählen Sie „Erneut versuchen“, oder beenden Sie ClusterBench und starten Sie es mit einem anderen Datenordner (CLUSTERBENCH_DATA_DIR oder später in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="134"/>
        <source>The store is from a newer ClusterBench</source>
        <translation>Die Datenbank stammt von einem neueren ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="135"/>
        <source>The store
{path}
was written by a newer version of ClusterBench than this one. Install the newer version to go on working with it; this version leaves the file untouched. You can also open a backup copy instead: the newer file is then set aside (renamed, not deleted).</source>
        <translation>Die Datenbank
{path}
wurde von einer neueren ClusterBench-Version geschrieben als dieser. Installieren Sie die neuere Version, um damit weiterzuarbeiten; diese Version lässt die Datei unverändert. Sie können stattdessen auch eine Sicherungskopie öffnen: Die neuere Datei wird dann beiseitegelegt (umbenannt, nicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="142"/>
        <source>The damaged file has been set aside as
{aside}
and will never be overwritten, so answers may still be recovered from it.</source>
        <translation>Die beschädigte Datei wurde beiseitegelegt als
{aside}
und wird nie überschrieben, sodass sich Antworten daraus noch retten lassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="148"/>
        <source>The store is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="149"/>
        <source>ClusterBench could not read its store
{path}

{kept}

You can open a backup copy, start with an empty store, or quit.</source>
        <translation>ClusterBench konnte seine Datenbank nicht lesen
{path}

{kept}

Sie können eine Sicherungskopie öffnen, mit einer leeren Datenbank beginnen oder das Programm beenden.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="65"/>
        <location filename="../../app/ui/supervisor/window.py" line="138"/>
        <source>&amp;Open bundle…</source>
        <translation>Berichtspaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="65"/>
        <location filename="../../app/ui/supervisor/window.py" line="187"/>
        <source>Open a bundle</source>
        <translation>Ein Berichtspaket öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="68"/>
        <location filename="../../app/ui/supervisor/window.py" line="139"/>
        <source>Decryption &amp;key…</source>
        <translation>&amp;Schlüssel zum Entschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="69"/>
        <source>Choose the age key for encrypted bundles</source>
        <translation>Den age-Schlüssel für verschlüsselte Berichtspakete wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="76"/>
        <source>Bundle file</source>
        <translation>Datei des Berichtspakets</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="78"/>
        <source>Decryption key</source>
        <translation>Schlüssel zum Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="73"/>
        <location filename="../../app/ui/supervisor/window.py" line="140"/>
        <source>Keys and &amp;trust…</source>
        <translation>Schlüssel und &amp;Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="61"/>
        <source>Review a bundle</source>
        <translation>Berichtspaket prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="73"/>
        <source>Keys and trust</source>
        <translation>Schlüssel und Vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="36"/>
        <source>{banner}: a trainee&apos;s practice bundle with a fictional cluster.</source>
        <translation>{banner}: ein Übungspaket aus dem Training, mit einem fiktiven Cluster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="41"/>
        <source>Practice bundle</source>
        <translation>Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="52"/>
        <source>Verification verdict</source>
        <translation>Ergebnis der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="55"/>
        <source>Verification message</source>
        <translation>Meldung der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="78"/>
        <location filename="../../app/ui/supervisor/verdict.py" line="64"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="98"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="100"/>
        <source>&amp;Verification</source>
        <translation>Ver&amp;ifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="101"/>
        <source>&amp;Answers and comments</source>
        <translation>&amp;Antworten und Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="102"/>
        <source>&amp;Scores</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="103"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="104"/>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="105"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="226"/>
        <source>{name} — Review a bundle</source>
        <translation>{name} — Berichtspaket prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="51"/>
        <source>Signer</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="53"/>
        <source>Signer fingerprint</source>
        <translation>Fingerabdruck der signierenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="54"/>
        <source>Trust verdict</source>
        <translation>Vertrauensstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="55"/>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="56"/>
        <source>Bundle</source>
        <translation>Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="57"/>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Scores recompute</source>
        <translation>Bewertung nachgerechnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="59"/>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="60"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="61"/>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="62"/>
        <source>Signed at:</source>
        <translation>Signiert am:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="63"/>
        <source>Bundle:</source>
        <translation>Berichtspaket:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="64"/>
        <source>Scores:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="68"/>
        <source>Verification checks</source>
        <translation>Prüfschritte der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="72"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="100"/>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="83"/>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="73"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="101"/>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="74"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="78"/>
        <source>Files in the bundle</source>
        <translation>Dateien im Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="79"/>
        <source>Files (each hash checked against the signed manifest)</source>
        <translation>Dateien (jeder Hashwert gegen das signierte Manifest geprüft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="40"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="54"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="55"/>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="99"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="57"/>
        <source>Question details</source>
        <translation>Details zur Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="59"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="63"/>
        <source>Expert&apos;s note for the report</source>
        <translation>Notiz der Expertin / des Experten für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="64"/>
        <source>Expert&apos;s note for the report:</source>
        <translation>Notiz der Expertin / des Experten für den Bericht:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="65"/>
        <source>Evidence for this question</source>
        <translation>Nachweise zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="67"/>
        <source>Your comment on this question</source>
        <translation>Ihr Kommentar zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="69"/>
        <source>Your comment on this question for the expert (optional).</source>
        <translation>Ihr Kommentar zu dieser Frage für die Expertin / den Experten (optional).</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="78"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="83"/>
        <source>Your &amp;comment:</source>
        <translation>Ihr &amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="79"/>
        <source>These scores were recomputed from the bundled answers, pack and reference data during verification and match the bundle&apos;s own.</source>
        <translation>Diese Bewertung wurde bei der Verifizierung aus den Antworten, dem Fragebogen-Paket und den Vergleichsdaten im Berichtspaket nachgerechnet und stimmt mit der des Berichtspakets überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="98"/>
        <source>File name given by the expert</source>
        <translation>Dateiname laut Expertin / Experte</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="105"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="107"/>
        <source>Save &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="108"/>
        <source>Save a copy of the evidence file</source>
        <translation>Eine Kopie der Nachweisdatei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="111"/>
        <source>Evidence message</source>
        <translation>Meldung zu Nachweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="113"/>
        <source>Evidence files come from outside and are never opened inside ClusterBench. Save a copy and check it with your usual tools before opening it.</source>
        <translation>Nachweisdateien stammen von außen und werden in ClusterBench nie geöffnet. Speichern Sie eine Kopie und prüfen Sie sie mit Ihren üblichen Werkzeugen, bevor Sie sie öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="175"/>
        <source>The bundle carries the expert&apos;s report PDF. It is not shown inside ClusterBench: a PDF from outside could show other numbers than the verified answers and scores in this window, or attack the viewer that opens it. The review here is rebuilt from the verified data. Save the PDF to read it with your usual viewer.</source>
        <translation>Das Berichtspaket enthält das Berichts-PDF der Expertin / des Experten. Es wird in ClusterBench nicht angezeigt: Ein PDF von außen könnte andere Zahlen zeigen als die verifizierten Antworten und Bewertungen in diesem Fenster oder den Betrachter angreifen, der es öffnet. Die Prüfansicht hier wird aus den verifizierten Daten aufgebaut. Speichern Sie das PDF, um es mit Ihrem üblichen Betrachter zu lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="184"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="185"/>
        <source>Save &amp;PDF…</source>
        <translation>PDF spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="186"/>
        <source>Save the report PDF</source>
        <translation>Das Berichts-PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="189"/>
        <source>Report message</source>
        <translation>Meldung zum Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="263"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="264"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="265"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="267"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="268"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="272"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="50"/>
        <source>Your name as the expert will see it</source>
        <translation>Ihr Name, wie ihn die Expertin / der Experte sieht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="51"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="54"/>
        <source>Comment on the interview as a whole</source>
        <translation>Kommentar zum Interview insgesamt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="56"/>
        <source>Comment on the interview as a whole (needed when returning it).</source>
        <translation>Kommentar zum Interview insgesamt (nötig bei einer Rückgabe).</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="61"/>
        <source>Number of comments</source>
        <translation>Anzahl der Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="62"/>
        <source>A&amp;pprove…</source>
        <translation>Frei&amp;geben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="63"/>
        <source>Approve the interview</source>
        <translation>Das Interview freigeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="65"/>
        <source>Re&amp;turn to expert…</source>
        <translation>&amp;Zur Überarbeitung zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="66"/>
        <source>Return the interview to the expert</source>
        <translation>Das Interview zur Überarbeitung zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="69"/>
        <source>Decision message</source>
        <translation>Meldung zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="71"/>
        <source>Supervisor:</source>
        <translation>Prüfer:in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="45"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="189"/>
        <source>ClusterBench bundles (*.zip *.age *.cmob);;All files (*)</source>
        <translation>ClusterBench-Berichtspakete (*.zip *.age *.cmob);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="197"/>
        <source>The age key for encrypted bundles</source>
        <translation>Der age-Schlüssel für verschlüsselte Berichtspakete</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="208"/>
        <source>Decryption key: {name}</source>
        <translation>Schlüssel zum Entschlüsseln: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="100"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="101"/>
        <source>Checking the archive, the manifests, the signature and the signer.</source>
        <translation>Archiv, Manifeste, Signatur und signierende Person werden geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/services/review_session.py" line="36"/>
        <source>Open a bundle that verifies before deciding.</source>
        <translation>Öffnen Sie vor der Entscheidung ein Berichtspaket, das die Verifizierung besteht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="200"/>
        <source>Signing the decision…</source>
        <translation>Die Entscheidung wird signiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="56"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="233"/>
        <source>Benchmarking report - {cluster}</source>
        <translation>Benchmarking-Bericht - {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="241"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="254"/>
        <source>The bundle could not be checked: {error}</source>
        <translation>Das Berichtspaket konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="111"/>
        <source>✓ Verified: intact and signed by a trusted key</source>
        <translation>✓ Verifiziert: unverändert und mit einem vertrauenswürdigen Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="112"/>
        <source>Signed by {signer} ({fingerprint}), revision {revision}; every file matches the signed manifest and the scores recompute.</source>
        <translation>Signiert von {signer} ({fingerprint}), Fassung {revision}; jede Datei stimmt mit dem signierten Manifest überein und die Bewertung lässt sich nachrechnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="124"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="127"/>
        <source>✗ Not verified — {check} failed</source>
        <translation>✗ Nicht verifiziert — {check} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="128"/>
        <source>Nothing in this bundle is shown or trusted.</source>
        <translation>Nichts aus diesem Berichtspaket wird angezeigt oder als vertrauenswürdig behandelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="128"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="132"/>
        <source>trusted: the key is enrolled, valid and not revoked</source>
        <translation>vertrauenswürdig: Der Schlüssel ist registriert, gültig und nicht widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="144"/>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="144"/>
        <source>revision {n}</source>
        <translation>Fassung {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="145"/>
        <source>pack {id} {version}</source>
        <translation>Fragebogen-Paket {id} {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="146"/>
        <source>ClusterBench {v}</source>
        <translation>ClusterBench {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="149"/>
        <source>was encrypted (age)</source>
        <translation>war verschlüsselt (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="159"/>
        <source>match: recomputed from the answers, they equal the bundle&apos;s scores</source>
        <translation>stimmt: Aus den Antworten nachgerechnet, entspricht sie der Bewertung im Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verification_tab.py" line="165"/>
        <source>do not match: {m}</source>
        <translation>stimmt nicht: {m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="143"/>
        <source>expert {name}</source>
        <translation>Expert:in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="133"/>
        <source>The bundle carries no evidence files.</source>
        <translation>Das Berichtspaket enthält keine Nachweisdateien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="206"/>
        <source>report.pdf · {size} · SHA-256 {digest}</source>
        <translation>report.pdf · {size} · SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="211"/>
        <location filename="../../app/services/review_session.py" line="36"/>
        <source>The bundle carries no report PDF.</source>
        <translation>Das Berichtspaket enthält kein Berichts-PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="277"/>
        <source>Comment beside any question in Answers and comments, then approve or return the interview. The decision is signed with your key.</source>
        <translation>Kommentieren Sie unter „Antworten und Kommentare“ neben jeder beliebigen Frage, dann geben Sie das Interview frei oder zur Überarbeitung zurück. Die Entscheidung wird mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="89"/>
        <source>No bundle open</source>
        <translation>Kein Berichtspaket geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="90"/>
        <source>Open a bundle (Ctrl+O) to check that it is complete, unchanged and signed by an enrolled expert. Add experts&apos; keys in Keys and trust first.</source>
        <translation>Öffnen Sie ein Berichtspaket (Strg+O), um zu prüfen, ob es vollständig, unverändert und von registrierten Expert:innen signiert ist. Fügen Sie deren Schlüssel zuerst unter „Schlüssel und Vertrauen“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="144"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="144"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="150"/>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/answers_tab.py" line="158"/>
        <source>Evidence: {names}</source>
        <translation>Nachweise: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="108"/>
        <source>{n} comments on questions</source>
        <translation>{n} Kommentare zu Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="110"/>
        <source>1 comment on a question</source>
        <translation>1 Kommentar zu einer Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="138"/>
        <source>You need a signing key to sign decisions; create it first.</source>
        <translation>Zum Signieren von Entscheidungen brauchen Sie einen Signaturschlüssel; erstellen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="147"/>
        <source>Approve the interview.</source>
        <translation>Das Interview freigeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="149"/>
        <source>Return the interview with 1 comment.</source>
        <translation>Das Interview mit 1 Kommentar zurückgeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="151"/>
        <source>Return the interview with {n} comments.</source>
        <translation>Das Interview mit {n} Kommentaren zurückgeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="154"/>
        <source>Type your passphrase to sign the decision.</source>
        <translation>Geben Sie Ihre Passphrase ein, um die Entscheidung zu signieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="181"/>
        <source>Save the signed decision</source>
        <translation>Die signierte Entscheidung speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="183"/>
        <source>Decision files (*.json)</source>
        <translation>Entscheidungsdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="215"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="215"/>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="220"/>
        <source>{outcome}. The signed decision is written to {path}; send it to the expert.</source>
        <translation>{outcome}. Die signierte Entscheidung ist in {path} geschrieben; senden Sie sie an die Expertin / den Experten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="231"/>
        <source>The decision could not be written: {e}</source>
        <translation>Die Entscheidung konnte nicht geschrieben werden: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="237"/>
        <source>No decision was written: {m}</source>
        <translation>Es wurde keine Entscheidung geschrieben: {m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/content_tabs.py" line="151"/>
        <source>Select an evidence file first.</source>
        <translation>Wählen Sie zuerst eine Nachweisdatei aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="144"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="142"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="145"/>
        <source>Answers and comments</source>
        <translation>Antworten und Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="146"/>
        <source>Comment on this question</source>
        <translation>Diese Frage kommentieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="147"/>
        <source>Save report PDF…</source>
        <translation>Berichts-PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="149"/>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/window.py" line="150"/>
        <source>Return to expert…</source>
        <translation>Zur Überarbeitung zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Archive structure</source>
        <translation>Aufbau des Archivs</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Bag completeness and manifests</source>
        <translation>Vollständigkeit des Pakets und Manifeste</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Signer trusted</source>
        <translation>Signierende Person vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Not a practice bundle</source>
        <translation>Kein Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Content consistent</source>
        <translation>Inhalt stimmig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="70"/>
        <source>Newest revision</source>
        <translation>Neueste Fassung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="164"/>
        <source>Approve the interview and post the signed decision to the intake?</source>
        <translation>Das Interview genehmigen und die signierte Entscheidung an die Annahmestelle senden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="166"/>
        <source>Return the interview with {n} comments and post the decision to the intake?</source>
        <translation>Das Interview mit {n} Kommentaren zurückgeben und die Entscheidung an die Annahmestelle senden?</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/decision_box.py" line="217"/>
        <source>{outcome}. The signed decision is posted to the intake (a copy is in {path}); the expert gets it at the next sync.</source>
        <translation>{outcome}. Die signierte Entscheidung ist an die Annahmestelle gesendet (eine Kopie liegt in {path}); die Expertin oder der Experte erhält sie beim nächsten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="49"/>
        <source>under review by {who}</source>
        <translation>in Prüfung bei {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="49"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="52"/>
        <source> (practice)</source>
        <translation> (Übung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="69"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="67"/>
        <source>Expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="76"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="102"/>
        <source>Review queue</source>
        <translation>Prüf-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="104"/>
        <source>Review queue at ESCA&apos;s intake</source>
        <translation>Prüf-Warteschlange der ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="109"/>
        <source>Queue status</source>
        <translation>Zustand der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="111"/>
        <source>Bundles in the review queue</source>
        <translation>Pakete in der Prüf-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="114"/>
        <source>Co&amp;nnect to intake…</source>
        <translation>Mit Annahmestelle &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="116"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="118"/>
        <source>&amp;Claim and review</source>
        <translation>&amp;Übernehmen und prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="119"/>
        <source>Claim the selected bundle and review it</source>
        <translation>Das gewählte Paket übernehmen und prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="121"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="122"/>
        <source>Give the selected bundle back to the queue</source>
        <translation>Das gewählte Paket an die Warteschlange zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="167"/>
        <source>Connected to {url}.</source>
        <translation>Verbunden mit {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="169"/>
        <source>Not connected. Connect to ESCA&apos;s intake to see the bundles received.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit der ESCA-Annahmestelle, um die erhaltenen Pakete zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="181"/>
        <source>another supervisor</source>
        <translation>ein anderer Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="182"/>
        <source>{who} has claimed this bundle.</source>
        <translation>{who} hat dieses Paket übernommen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="198"/>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="217"/>
        <source>Reading the queue…</source>
        <translation>Warteschlange wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="236"/>
        <source>{n} bundles in the queue at {url}.</source>
        <translation>{n} Pakete in der Warteschlange bei {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="247"/>
        <source>Claiming and fetching the bundle…</source>
        <translation>Paket wird übernommen und abgeholt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="262"/>
        <source>Claimed. Review it, then approve or return it.</source>
        <translation>Übernommen. Prüfen Sie es, dann genehmigen Sie es oder geben es zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_panel.py" line="271"/>
        <source>Releasing…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_tools.py" line="49"/>
        <location filename="../../app/ui/supervisor/window.py" line="141"/>
        <source>Review &amp;queue…</source>
        <translation>Prüf-&amp;Warteschlange…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_tools.py" line="50"/>
        <source>The review queue at ESCA&apos;s intake</source>
        <translation>Die Prüf-Warteschlange der ESCA-Annahmestelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_tools.py" line="69"/>
        <source>Connect to ESCA&apos;s intake</source>
        <translation>Mit der ESCA-Annahmestelle verbinden</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/queue_tools.py" line="88"/>
        <source>From the review queue: {name}</source>
        <translation>Aus der Prüf-Warteschlange: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="44"/>
        <source>DRAFT: the expert exported this interview before finalising it. Answers and scores may still change; a final revision will follow.</source>
        <translation>ENTWURF: Das Interview wurde vor dem Abschluss exportiert. Antworten und Wertungen können sich noch ändern; eine endgültige Revision folgt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="50"/>
        <source>Draft bundle</source>
        <translation>Entwurfspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="109"/>
        <source>✓ Verified draft: intact and signed by a trusted key</source>
        <translation>✓ Geprüfter Entwurf: unversehrt und mit einem vertrauenswürdigen Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor/verdict.py" line="145"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="75"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="76"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="77"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="78"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="79"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="80"/>
        <source>Revoked at</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="205"/>
        <source>Invalid: {problem}</source>
        <translation>Ungültig: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="207"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="212"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/trusted_keys_model.py" line="215"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../app/ui/help_window.py" line="80"/>
        <location filename="../../app/ui/help_window.py" line="81"/>
        <source>User guide</source>
        <extracomment>Markdown as we write it, with any HTML in it shown as text.</extracomment>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="85"/>
        <source>Guide pages</source>
        <translation>Seiten des Handbuchs</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="93"/>
        <source>Guide page</source>
        <translation>Seite des Handbuchs</translation>
    </message>
    <message>
        <location filename="../../app/ui/help_window.py" line="104"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location filename="../../app/ui/vocabulary.py" line="25"/>
        <source>Other / fictional</source>
        <translation>Sonstiges / fiktiv</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Aviation &amp; space</source>
        <translation>Luft- und Raumfahrt</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Biotechnology</source>
        <translation>Biotechnologie</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Energy &amp; environment</source>
        <translation>Energie und Umwelt</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Food (non-biotech)</source>
        <translation>Lebensmittel (ohne Biotechnologie)</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Health &amp; medical science</source>
        <translation>Gesundheit und Medizin</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Humanities/media/design/service innovation</source>
        <translation>Geisteswissenschaften/Medien/Design/Dienstleistungsinnovation</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>ICT</source>
        <translation>IKT</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Micro-, nano- &amp; optical technologies</source>
        <translation>Mikro-, Nano- und optische Technologien</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>New materials &amp; chemistry</source>
        <translation>Neue Werkstoffe und Chemie</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Production &amp; engineering</source>
        <translation>Produktion und Maschinenbau</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Transportation &amp; mobility</source>
        <translation>Verkehr und Mobilität</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Sports, leisure &amp; tourism</source>
        <translation>Sport, Freizeit und Tourismus</translation>
    </message>
    <message>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Creative industries</source>
        <translation>Kreativwirtschaft</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="57"/>
        <source>Gold-labelled clusters</source>
        <translation>Cluster mit Gold-Label</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="57"/>
        <source>Top quartile of all clusters</source>
        <translation>Oberstes Quartil aller Cluster</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="57"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="57"/>
        <source>Technology area not set</source>
        <translation>Technologiefeld nicht angegeben</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../app/ui/welcome.py" line="38"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="39"/>
        <source>Welcome to ClusterBench</source>
        <translation>Willkommen bei ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="42"/>
        <source>Open the demo to see a half-answered practice interview of a fictional cluster, or start an interview of your own. Every answer is saved the moment it is given.</source>
        <translation>Öffnen Sie die Demo, um ein halb beantwortetes Übungsinterview mit einem fiktiven Cluster zu sehen, oder beginnen Sie ein eigenes Interview. Jede Antwort wird gespeichert, sobald sie gegeben ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="49"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="51"/>
        <source>Help: F1 lists the keys of each window; Help › User guide (Shift+F1) explains the interview, scores, report and bundles, offline.</source>
        <translation>Hilfe: F1 zeigt die Tasten jedes Fensters; Hilfe › Benutzerhandbuch (Umschalt+F1) erklärt Interview, Bewertungen, Bericht und Berichtspakete, auch offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="56"/>
        <source>Open the &amp;demo interview</source>
        <translation>&amp;Demo-Interview öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="57"/>
        <source>Start an &amp;interview…</source>
        <translation>&amp;Interview beginnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="58"/>
        <source>Practice &amp;cases…</source>
        <translation>Übungs&amp;fälle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="59"/>
        <source>User &amp;guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="60"/>
        <source>&amp;Hide this welcome</source>
        <translation>Begrüßung &amp;ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="85"/>
        <source>Your interviews, evidence, keys and backups are kept in {folder}</source>
        <translation>Ihre Interviews, Nachweise, Schlüssel und Sicherungen liegen in {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/welcome.py" line="94"/>
        <source>The demo interview is no longer in the store.</source>
        <translation>Das Demo-Interview ist nicht mehr im Datenspeicher.</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="266"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="266"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>
