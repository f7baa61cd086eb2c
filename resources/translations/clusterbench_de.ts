<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnswerEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="159"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="84"/>
        <source>Enter a whole number, e.g. 42.</source>
        <translation>Geben Sie eine ganze Zahl ein, z. B. 42.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="85"/>
        <source>Enter a number, e.g. 2.5.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 2,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="121"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="121"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="461"/>
        <source>{field}: enter yes or no.</source>
        <translation>{field}: Geben Sie ja oder nein ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="482"/>
        <source>&apos;{text}&apos; is not one of: {allowed}.</source>
        <translation>„{text}“ ist keine dieser Angaben: {allowed}.</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../app/ui/supervisor.py" line="283"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="283"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="283"/>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="381"/>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="394"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="396"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="89"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="96"/>
        <source>Backups of the interview database</source>
        <translation>Sicherungen der Interview-Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="104"/>
        <source>ClusterBench copies the database before every upgrade and on the schedule chosen in the settings, keeping the 14 newest copies in {folder}.</source>
        <translation>ClusterBench kopiert die Datenbank vor jedem Update und nach dem in den Einstellungen gewählten Zeitplan und behält die 14 neuesten Kopien in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="108"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="109"/>
        <location filename="../../app/ui/backups_dialog.py" line="149"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="111"/>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="112"/>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="158"/>
        <location filename="../../app/ui/backups_dialog.py" line="169"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="160"/>
        <source>Replace the interview database with this backup? The current database is kept aside, not deleted, and a copy of it is added to the backups.</source>
        <translation>Die Interview-Datenbank durch diese Sicherung ersetzen? Die aktuelle Datenbank wird beiseitegelegt, nicht gelöscht, und eine Kopie davon kommt zu den Sicherungen.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="48"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="49"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="50"/>
        <source>Taken by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="54"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="55"/>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="56"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="58"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="59"/>
        <source>✓ Whole</source>
        <translation>✓ Vollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="59"/>
        <source>✗ Damaged</source>
        <translation>✗ Beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py" line="61"/>
        <source>A whole SQLite file that passed the integrity check.</source>
        <translation>Eine vollständige SQLite-Datei, die die Integritätsprüfung bestanden hat.</translation>
    </message>
</context>
<context>
    <name>CalibrationReportDialog</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="651"/>
        <source>[Practice] Calibration report</source>
        <translation>[Übung] Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="652"/>
        <source>Calibration report</source>
        <translation>Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="655"/>
        <source>Calculation status</source>
        <translation>Berechnungsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="660"/>
        <source>&amp;Recalculate</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="662"/>
        <source>Recalculate the report</source>
        <translation>Den Bericht neu berechnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="664"/>
        <source>Recalculate with the latest answers (F5)</source>
        <translation>Mit den neuesten Antworten neu berechnen (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="667"/>
        <source>Close the report</source>
        <translation>Den Bericht schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="679"/>
        <source>Comparing your answers with the reference…</source>
        <translation>Ihre Antworten werden mit der Referenz verglichen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="696"/>
        <source>[Practice] Calibration report — {case}</source>
        <translation>[Übung] Kalibrierungsbericht — {case}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="706"/>
        <source>The report could not be calculated ({kind}).</source>
        <translation>Der Bericht konnte nicht berechnet werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>CalibrationReportView</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="477"/>
        <source>Report heading</source>
        <translation>Berichtsüberschrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="481"/>
        <source>Practice on a fictional case: these numbers compare you with a reference expert; they never lead to a label.</source>
        <translation>Übung an einem fiktiven Fall: Diese Zahlen vergleichen Sie mit einer Referenz-Expertin oder einem Referenz-Experten; sie führen nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="486"/>
        <location filename="../../app/ui/practice_window.py" line="498"/>
        <source>Item agreement</source>
        <translation>Übereinstimmung je Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="488"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="490"/>
        <location filename="../../app/ui/practice_window.py" line="500"/>
        <source>Indicators with the same pass/fail</source>
        <translation>Indikatoren mit gleichem Ergebnis (erreicht/verfehlt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="492"/>
        <source>What kappa rests on</source>
        <translation>Worauf Kappa beruht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="494"/>
        <source>Verdicts</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="499"/>
        <source>Cohen&apos;s kappa (yes/no and choices)</source>
        <translation>Cohens Kappa (Ja/Nein und Auswahlfragen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="512"/>
        <source>Item by item agreement</source>
        <translation>Übereinstimmung Frage für Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="519"/>
        <source>Show &amp;differences only</source>
        <translation>Nur &amp;Unterschiede zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="520"/>
        <source>Show only the items that differ</source>
        <translation>Nur die Fragen zeigen, die sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="522"/>
        <source>Item by item</source>
        <translation>Frage für Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="528"/>
        <source>Section scores</source>
        <translation>Abschnittsbewertungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="535"/>
        <source>Section scores (0–100)</source>
        <translation>Abschnittsbewertungen (0–100)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="540"/>
        <source>Largest differences explained</source>
        <translation>Größte Unterschiede erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="541"/>
        <source>Largest differences, explained</source>
        <translation>Größte Unterschiede, erklärt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="545"/>
        <source>Change across sessions</source>
        <translation>Entwicklung über die Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="547"/>
        <source>Sessions of this case</source>
        <translation>Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="551"/>
        <source>Your sessions of this case</source>
        <translation>Ihre Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="582"/>
        <source>Calibration report: {case} · {trainee}</source>
        <translation>Kalibrierungsbericht: {case} · {trainee}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="590"/>
        <source>{agreement} ({agreed} of {compared})</source>
        <translation>{agreement} ({agreed} von {compared})</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="605"/>
        <source>{mark} {label} — you: {trainee}; reference: {reference} ({same})</source>
        <translation>{mark} {label} — Sie: {trainee}; Referenz: {reference} ({same})</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="610"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="610"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="626"/>
        <source>No differences: every compared answer agrees with the reference.</source>
        <translation>Keine Unterschiede: Jede verglichene Antwort stimmt mit der Referenz überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="632"/>
        <source>Reference expert: {why}</source>
        <translation>Referenz: {why}</translation>
    </message>
</context>
<context>
    <name>CellErrorModel</name>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="99"/>
        <source>{row} (sheet {sheet})</source>
        <translation>{row} (Blatt {sheet})</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="83"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="84"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="85"/>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="86"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../../app/ui/supervisor.py" line="200"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="200"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="200"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="203"/>
        <source>A zip ClusterBench could have written: sizes, names, no links, no duplicates.</source>
        <translation>Ein ZIP, wie ClusterBench es schreibt: Größen, Namen, keine Verknüpfungen, keine Duplikate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="205"/>
        <source>Every file is in the manifest and its SHA-256 hash matches.</source>
        <translation>Jede Datei steht im Manifest und ihr SHA-256-Hashwert stimmt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="206"/>
        <source>The signature over the manifests verifies with the named key.</source>
        <translation>Die Signatur über die Manifeste lässt sich mit dem genannten Schlüssel prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="207"/>
        <source>The key is in your trusted keys, valid and not revoked.</source>
        <translation>Der Schlüssel steht in Ihren vertrauenswürdigen Schlüsseln, ist gültig und nicht widerrufen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="208"/>
        <source>A bundle for labelling, not a trainee&apos;s practice.</source>
        <translation>Ein Berichtspaket für ein Gütesiegel, keine Trainingsübung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="209"/>
        <source>The data files are well formed and agree with each other.</source>
        <translation>Die Datendateien sind korrekt aufgebaut und stimmen miteinander überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="210"/>
        <source>Scores recomputed from the answers equal the bundle&apos;s scores.</source>
        <translation>Die aus den Antworten nachgerechnete Bewertung entspricht der im Berichtspaket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="211"/>
        <source>Not older than a revision you already received.</source>
        <translation>Nicht älter als eine Fassung, die Sie bereits erhalten haben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="240"/>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="242"/>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="243"/>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="244"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="248"/>
        <source>A practice bundle: reviewed for training, never for a label.</source>
        <translation>Ein Übungspaket: zur Ausbildung geprüft, nie für ein Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Archive structure</source>
        <translation>Aufbau des Archivs</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Bag completeness and manifests</source>
        <translation>Vollständigkeit des Pakets und Manifeste</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Signer trusted</source>
        <translation>Signierende Person vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Not a practice bundle</source>
        <translation>Kein Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Content consistent</source>
        <translation>Inhalt stimmig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Scores recompute</source>
        <translation>Bewertung nachgerechnet</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Newest revision</source>
        <translation>Neueste Fassung</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="117"/>
        <location filename="../../app/ui/command_palette.py" line="118"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="123"/>
        <source>Search commands, sections and questions</source>
        <translation>Befehle, Abschnitte und Fragen suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="125"/>
        <source>Type a command, section or question…</source>
        <translation>Befehl, Abschnitt oder Frage eingeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="132"/>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="137"/>
        <source>↑↓ choose · Enter run · Esc close</source>
        <translation>↑↓ wählen · Enter ausführen · Esc schließen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="62"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="66"/>
        <source>ClusterBench ran into an unexpected error. Every answer saved so far is safe in the store. The details were written to the log in {folder}; please send them to your support contact.</source>
        <translation>In ClusterBench ist ein unerwarteter Fehler aufgetreten. Alle bisher gespeicherten Antworten sind sicher in der Datenbank. Die Einzelheiten stehen im Protokoll in {folder}; bitte senden Sie sie an Ihren Support-Kontakt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="73"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="76"/>
        <location filename="../../app/ui/crash_dialog.py" line="77"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="88"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="95"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="131"/>
        <location filename="../../app/ui/keys_dialog.py" line="132"/>
        <source>Create the signing key</source>
        <translation>Den Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="135"/>
        <source>Your signing key proves that a bundle comes from you and was not changed. It stays on this computer, locked with a passphrase you type at each export. A supervisor enrols it once by reading its fingerprint back to you.</source>
        <translation>Ihr Signaturschlüssel belegt, dass ein Berichtspaket von Ihnen stammt und nicht verändert wurde. Er bleibt auf diesem Computer, geschützt durch eine Passphrase, die Sie bei jedem Export eingeben. Die Prüfstelle registriert ihn einmal, indem sie Ihnen seinen Fingerabdruck vorliest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="145"/>
        <source>A key exists already. A new key replaces it and must be enrolled again; bundles signed with the old key still verify.</source>
        <translation>Es gibt bereits einen Schlüssel. Ein neuer Schlüssel ersetzt ihn und muss erneut registriert werden; mit dem alten Schlüssel signierte Berichtspakete bleiben prüfbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="149"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="150"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="154"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="155"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="158"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="161"/>
        <source>Creating the key</source>
        <translation>Schlüssel wird erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="163"/>
        <source>Fingerprint of your new key:</source>
        <translation>Fingerabdruck Ihres neuen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="165"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="170"/>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="172"/>
        <source>Create the key</source>
        <translation>Den Schlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="177"/>
        <location filename="../../app/ui/keys_dialog.py" line="235"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="202"/>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="223"/>
        <source>Your key is ready. Read this fingerprint to your supervisor when they enrol you; they must see the same twenty characters.</source>
        <translation>Ihr Schlüssel ist bereit. Lesen Sie diesen Fingerabdruck der Prüfstelle vor, wenn sie Sie registriert; sie muss dieselben zwanzig Zeichen sehen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="474"/>
        <location filename="../../app/ui/report_dialog.py" line="475"/>
        <source>Export the signed bundle</source>
        <translation>Das signierte Berichtspaket exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="478"/>
        <source>The bundle holds the answers, the notes marked for the report, the evidence, the scores and the report, signed with your key so the supervisor can check that it comes from you and is unchanged. Private notes stay on this computer.</source>
        <translation>Das Berichtspaket enthält die Antworten, die für den Bericht markierten Notizen, die Nachweise, die Bewertung und den Bericht, signiert mit Ihrem Schlüssel, damit die Prüfstelle feststellen kann, dass es von Ihnen stammt und unverändert ist. Private Notizen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="484"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="485"/>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="486"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="487"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="489"/>
        <source>&amp;Encrypt for ESCA (age)</source>
        <translation>Für ESCA &amp;verschlüsseln (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="490"/>
        <source>Encrypt the bundle with age</source>
        <translation>Das Berichtspaket mit age verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="493"/>
        <source>age recipient</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="494"/>
        <source>age1… (the recipient ESCA gave you)</source>
        <translation>age1… (der Empfänger, den Ihnen die ESCA genannt hat)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="497"/>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="498"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="499"/>
        <source>Choose the output folder</source>
        <translation>Den Zielordner auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="505"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="506"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="511"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="514"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="520"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="523"/>
        <source>Export message</source>
        <translation>Exportmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="525"/>
        <source>Fingerprint of the new key</source>
        <translation>Fingerabdruck des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="528"/>
        <source>Written bundle</source>
        <translation>Geschriebenes Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="530"/>
        <source>Show &amp;folder</source>
        <translation>Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="531"/>
        <source>Show the folder of the bundle</source>
        <translation>Den Ordner des Berichtspakets anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="537"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="539"/>
        <source>Export the bundle</source>
        <translation>Das Berichtspaket exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="543"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="570"/>
        <source>No signing key yet: choose a passphrase (at least {n} characters); the key is created with it and shown afterwards.</source>
        <translation>Noch kein Signaturschlüssel: Wählen Sie eine Passphrase (mindestens {n} Zeichen); damit wird der Schlüssel erstellt und danach angezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="576"/>
        <source>Signed with your key {fingerprint}</source>
        <translation>Signiert mit Ihrem Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="600"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>Geben Sie die Passphrase Ihres Signaturschlüssels ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="604"/>
        <source>Choose the folder to write the bundle to.</source>
        <translation>Wählen Sie den Ordner, in den das Berichtspaket geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="606"/>
        <source>An age recipient starts with age1.</source>
        <translation>Ein age-Empfänger beginnt mit age1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="608"/>
        <source>Give the age recipient, or untick encryption.</source>
        <translation>Geben Sie den age-Empfänger an oder nehmen Sie das Häkchen bei der Verschlüsselung weg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="619"/>
        <source>Creating your key, then exporting…</source>
        <translation>Ihr Schlüssel wird erstellt, dann wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="621"/>
        <source>Unlocking the key and exporting…</source>
        <translation>Schlüssel wird entsperrt und exportiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="649"/>
        <source>The bundle is still being written; this takes a few seconds.</source>
        <translation>Das Berichtspaket wird noch geschrieben; das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="670"/>
        <source>Your signing key was created. Its fingerprint is below: read it to your supervisor when they enrol you. The bundle is written:</source>
        <translation>Ihr Signaturschlüssel wurde erstellt. Sein Fingerabdruck steht unten: Lesen Sie ihn der Prüfstelle vor, wenn sie Sie registriert. Das Berichtspaket ist geschrieben:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="676"/>
        <source>The signed bundle is written:</source>
        <translation>Das signierte Berichtspaket ist geschrieben:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="681"/>
        <source>Export &amp;again</source>
        <translation>&amp;Noch einmal exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="692"/>
        <source>Nothing was exported: {error}</source>
        <translation>Es wurde nichts exportiert: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="706"/>
        <source>Folder for the bundle</source>
        <translation>Ordner für das Berichtspaket</translation>
    </message>
</context>
<context>
    <name>FinaliseReviewDialog</name>
    <message>
        <location filename="../../app/ui/interview_window.py" line="221"/>
        <location filename="../../app/ui/interview_window.py" line="222"/>
        <source>Review before finalising</source>
        <extracomment>Fits beside a video-call window on a 1280x800 screen.</extracomment>
        <translation>Vor dem Abschluss prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="231"/>
        <source>{u} required questions unanswered, {i} invalid answers, {f} open flags, {p} pre-filled answers not confirmed. Finalising locks the interview; reopening it later needs a reason.</source>
        <translation>{u} Pflichtfragen unbeantwortet, {i} ungültige Antworten, {f} offene Markierungen, {p} vorausgefüllte Antworten nicht bestätigt. Der Abschluss sperrt das Interview; um es später wieder zu öffnen, ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="239"/>
        <source>Every required question is answered, no flag is open and every pre-filled answer is confirmed. Finalising locks the interview; reopening it later needs a reason.</source>
        <translation>Alle Pflichtfragen sind beantwortet, keine Markierung ist offen und alle vorausgefüllten Antworten sind bestätigt. Der Abschluss sperrt das Interview; um es später wieder zu öffnen, ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="246"/>
        <source>Open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="259"/>
        <source>&amp;Go to question</source>
        <translation>Zur &amp;Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="261"/>
        <source>Go to the selected question</source>
        <translation>Zur ausgewählten Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="265"/>
        <source>&amp;Finalise anyway</source>
        <translation>&amp;Trotzdem abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="265"/>
        <source>&amp;Finalise interview</source>
        <translation>Interview &amp;abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="268"/>
        <source>Finalise the interview</source>
        <translation>Das Interview abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="270"/>
        <location filename="../../app/ui/interview_window.py" line="272"/>
        <source>Back to the interview</source>
        <translation>Zurück zum Interview</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="595"/>
        <source>Entries: {label}</source>
        <translation>Einträge: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="607"/>
        <source>&amp;Add entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="608"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="610"/>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="611"/>
        <source>Remove selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="634"/>
        <source>Entry {n}: {message}</source>
        <translation>Eintrag {n}: {message}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="351"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="352"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="354"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="359"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="363"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <location filename="../../app/ui/home_model.py" line="56"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="57"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="58"/>
        <source>Technology area</source>
        <translation>Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="59"/>
        <source>Mode</source>
        <translation>Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="61"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="62"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="35"/>
        <source>Other / fictional</source>
        <translation>Sonstiges / fiktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="41"/>
        <source>{name} (fictional)</source>
        <translation>{name} (fiktiv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="94"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="94"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="94"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="60"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="112"/>
        <source>Practice interview with a fictional cluster: for learning the flow; it never leads to a label.</source>
        <translation>Übungsinterview mit einem fiktiven Cluster: zum Kennenlernen des Ablaufs; es führt nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="117"/>
        <source>Expert: {expert}</source>
        <translation>Expert:in: {expert}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_model.py" line="124"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
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
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <location filename="../../app/ui/interview_window.py" line="408"/>
        <source>Score summary</source>
        <translation>Bewertungsübersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="436"/>
        <source>Interview status</source>
        <translation>Interviewstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="439"/>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="441"/>
        <source>Interview clock</source>
        <translation>Interviewuhr</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="443"/>
        <location filename="../../app/ui/interview_window.py" line="1694"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="444"/>
        <source>Pause or resume the interview clock</source>
        <translation>Interviewuhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="446"/>
        <source>Share view</source>
        <translation>Freigabeansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="447"/>
        <source>Open the share view</source>
        <translation>Die Freigabeansicht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="449"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="450"/>
        <location filename="../../app/ui/interview_window.py" line="767"/>
        <source>Show or hide the navigator</source>
        <translation>Navigator ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="452"/>
        <location filename="../../app/ui/interview_window.py" line="690"/>
        <location filename="../../app/ui/interview_window.py" line="693"/>
        <source>Scores</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="453"/>
        <location filename="../../app/ui/interview_window.py" line="769"/>
        <source>Show or hide the scores</source>
        <translation>Bewertung ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="455"/>
        <source>Finalise…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="456"/>
        <source>Review and finalise the interview</source>
        <translation>Das Interview prüfen und abschließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="484"/>
        <source>Practice interview with a fictional cluster: it never leads to a label.</source>
        <translation>Übungsinterview mit einem fiktiven Cluster: Es führt nie zu einem Gütesiegel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="491"/>
        <source>Paused: the interview clock is stopped.</source>
        <translation>Pausiert: Die Interviewuhr ist angehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="487"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="488"/>
        <source>Resume the interview clock</source>
        <translation>Die Interviewuhr wieder starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="494"/>
        <source>Supervisor&apos;s comments on the interview</source>
        <translation>Kommentare der Prüfstelle zum Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="495"/>
        <location filename="../../app/ui/interview_window.py" line="744"/>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="496"/>
        <source>Reopen the interview</source>
        <translation>Das Interview wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="502"/>
        <source>Section and position</source>
        <translation>Abschnitt und Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="504"/>
        <location filename="../../app/ui/interview_window.py" line="932"/>
        <location filename="../../app/ui/interview_window.py" line="997"/>
        <location filename="../../app/ui/interview_window.py" line="726"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="514"/>
        <location filename="../../app/ui/interview_window.py" line="517"/>
        <source>Supervisor comments</source>
        <translation>Kommentare der Prüfstelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="529"/>
        <source>Pre-filled answer</source>
        <translation>Vorausgefüllte Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="521"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="522"/>
        <source>Confirm the pre-filled answer</source>
        <translation>Die vorausgefüllte Antwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="536"/>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="538"/>
        <source>Restore saved answer</source>
        <translation>Gespeicherte Antwort wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="539"/>
        <source>Restore the saved answer</source>
        <translation>Die gespeicherte Antwort wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="545"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="548"/>
        <location filename="../../app/ui/interview_window.py" line="771"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="555"/>
        <source>Note on this question</source>
        <translation>Notiz zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="557"/>
        <source>Your note (private unless marked for the report). Ctrl+Enter saves.</source>
        <translation>Ihre Notiz (privat, außer sie ist für den Bericht markiert). Strg+Enter speichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="563"/>
        <source>For the report</source>
        <translation>Für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="564"/>
        <source>Show this note in the report</source>
        <translation>Diese Notiz im Bericht zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="566"/>
        <source>Unticked, the note stays private to you and never leaves this computer.</source>
        <translation>Ohne Häkchen bleibt die Notiz privat und verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="570"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="571"/>
        <location filename="../../app/ui/interview_window.py" line="732"/>
        <source>Flag: follow up</source>
        <translation>Markierung: nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="573"/>
        <source>Evidence missing</source>
        <translation>Nachweis fehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="574"/>
        <location filename="../../app/ui/interview_window.py" line="733"/>
        <source>Flag: evidence missing</source>
        <translation>Markierung: Nachweis fehlt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="576"/>
        <location filename="../../app/ui/interview_window.py" line="1056"/>
        <source>Notes and flags</source>
        <translation>Notizen und Markierungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="591"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="595"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="596"/>
        <location filename="../../app/ui/interview_window.py" line="1097"/>
        <source>Attach an evidence file</source>
        <translation>Eine Nachweisdatei anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="598"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="599"/>
        <source>Remove the selected evidence file</source>
        <translation>Die ausgewählte Nachweisdatei entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="602"/>
        <source>Evidence message</source>
        <translation>Meldung zu Nachweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="604"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="617"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="618"/>
        <location filename="../../app/ui/interview_window.py" line="717"/>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="620"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="621"/>
        <location filename="../../app/ui/interview_window.py" line="716"/>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="656"/>
        <source>Sections and questions</source>
        <translation>Abschnitte und Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="670"/>
        <location filename="../../app/ui/interview_window.py" line="673"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="919"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="996"/>
        <source>Find a question by its text…</source>
        <translation>Frage über ihren Text finden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1076"/>
        <source>Pre-filled answer confirmed.</source>
        <translation>Vorausgefüllte Antwort bestätigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1119"/>
        <source>Evidence file too large</source>
        <translation>Nachweisdatei zu groß</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1130"/>
        <source>Attached {name}.</source>
        <translation>{name} angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1157"/>
        <source>Unanswered: {q}</source>
        <translation>Unbeantwortet: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1159"/>
        <source>Invalid answer: {q} ({m})</source>
        <translation>Ungültige Antwort: {q} ({m})</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1161"/>
        <source>Open flag, follow up: {q}</source>
        <translation>Offene Markierung, nachfassen: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1163"/>
        <source>Open flag, evidence missing: {q}</source>
        <translation>Offene Markierung, Nachweis fehlt: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1165"/>
        <source>Pre-filled, not confirmed: {q}</source>
        <translation>Vorausgefüllt, nicht bestätigt: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1181"/>
        <source>Interview finalised and locked.</source>
        <translation>Interview abgeschlossen und gesperrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1203"/>
        <source>Interview reopened.</source>
        <translation>Interview wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1265"/>
        <source>Decision not imported</source>
        <translation>Entscheidung nicht importiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1270"/>
        <source>Supervisor decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1310"/>
        <source>This is the last question.</source>
        <translation>Das ist die letzte Frage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1312"/>
        <source>This is the first question.</source>
        <translation>Das ist die erste Frage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1338"/>
        <source>Correct the answer, or restore the saved one, before moving on.</source>
        <translation>Korrigieren Sie die Antwort oder stellen Sie die gespeicherte wieder her, bevor Sie weitergehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1368"/>
        <source>{section} · question {n} of {total}</source>
        <translation>{section} · Frage {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1382"/>
        <source>Required</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1382"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1384"/>
        <source>unit: {unit}</source>
        <translation>Einheit: {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1391"/>
        <source>Source: public</source>
        <translation>Quelle: öffentlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1393"/>
        <source>Source: assumption of the ClusterBench team</source>
        <translation>Quelle: Annahme des ClusterBench-Teams</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1408"/>
        <location filename="../../app/ui/interview_window.py" line="1599"/>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1443"/>
        <source>Supervisor {author} ({when}): {text}</source>
        <translation>Prüfer:in {author} ({when}): {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1453"/>
        <source>Evidence expected: {what}</source>
        <translation>Erwarteter Nachweis: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1455"/>
        <source>No evidence is expected for this question.</source>
        <translation>Für diese Frage wird kein Nachweis erwartet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="526"/>
        <source>Pre-filled by the cluster, to confirm with them.</source>
        <translation>Vom Cluster vorausgefüllt, mit dem Cluster zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1475"/>
        <source>Pre-filled, to confirm (imported {time})</source>
        <translation>Vorausgefüllt, zu bestätigen (importiert {time})</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1480"/>
        <source>✓ Saved {time}</source>
        <translation>✓ Gespeichert {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1483"/>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1486"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1497"/>
        <source>Not saved. The saved answer is unchanged.</source>
        <translation>Nicht gespeichert. Die gespeicherte Antwort ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1499"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1511"/>
        <source>The interview is finalised; reopen it to change answers.</source>
        <translation>Das Interview ist abgeschlossen; öffnen Sie es wieder, um Antworten zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1559"/>
        <source>Answer cleared</source>
        <translation>Antwort gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1599"/>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1632"/>
        <source>eligible</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1633"/>
        <source>not eligible</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1634"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1639"/>
        <source>{share:.0f} % of indicators at Gold (needs {need:.0f} %)</source>
        <translation>{share:.0f} % der Indikatoren auf Gold-Niveau (nötig: {need:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1645"/>
        <source>Eligibility: {e} · {g}</source>
        <translation>Voraussetzungen: {e} · {g}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1675"/>
        <source>Time {total}</source>
        <translation>Zeit {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1681"/>
        <source>  ·  section {spent} / {budget}</source>
        <translation>  ·  Abschnitt {spent} / {budget}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1685"/>
        <source> (over budget)</source>
        <translation> (über dem Zeitbudget)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1687"/>
        <source>  ·  paused</source>
        <translation>  ·  pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1690"/>
        <source>Interview time, and time in this section against its budget</source>
        <translation>Interviewdauer und Zeit in diesem Abschnitt im Vergleich zu seinem Zeitbudget</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1696"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1704"/>
        <source>{a} of {n} answered · required {r}/{rn}</source>
        <translation>{a} von {n} beantwortet · Pflicht {r}/{rn}</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1711"/>
        <source> · {f} flagged</source>
        <translation> · {f} markiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1739"/>
        <location filename="../../app/ui/interview_window.py" line="760"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1745"/>
        <source>Finalised {when}: read-only. Reopening needs a reason.</source>
        <translation>Abgeschlossen {when}: schreibgeschützt. Wieder öffnen nur mit Begründung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1799"/>
        <source>[Practice] </source>
        <translation>[Übung] </translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1800"/>
        <source>{prefix}{cluster} — ClusterBench interview</source>
        <translation>{prefix}{cluster} — ClusterBench-Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1805"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1815"/>
        <source>Not saved yet: press Enter or leave the field to save.</source>
        <translation>Noch nicht gespeichert: Enter drücken oder das Feld verlassen, um zu speichern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1824"/>
        <source>Note not saved yet (Ctrl+Enter)</source>
        <translation>Notiz noch nicht gespeichert (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="715"/>
        <source>Go</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="738"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="751"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="765"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="718"/>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="719"/>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="720"/>
        <source>Find a question…</source>
        <translation>Frage finden…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="721"/>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="723"/>
        <source>Go to the navigator</source>
        <translation>Zum Navigator</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="724"/>
        <source>Go to the answer</source>
        <translation>Zur Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="727"/>
        <source>Confirm pre-filled answer</source>
        <translation>Vorausgefüllte Antwort bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="728"/>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="730"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="731"/>
        <source>Note for the report</source>
        <translation>Notiz für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="735"/>
        <source>Attach evidence file…</source>
        <translation>Nachweisdatei anhängen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="739"/>
        <source>Pause or resume the clock</source>
        <translation>Uhr anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="740"/>
        <source>Share view (for the video call)</source>
        <translation>Freigabeansicht (für die Videokonferenz)</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="742"/>
        <source>Review and finalise…</source>
        <translation>Prüfen und abschließen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="745"/>
        <source>Import pre-fill workbook…</source>
        <translation>Arbeitsmappe zum Vorausfüllen importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="747"/>
        <source>Export blank pre-fill workbook…</source>
        <translation>Leere Arbeitsmappe zum Vorausfüllen exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="749"/>
        <source>Close the interview</source>
        <translation>Das Interview schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="752"/>
        <source>Recommendations for the report…</source>
        <translation>Empfehlungen für den Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="754"/>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="755"/>
        <source>Export bundle…</source>
        <translation>Berichtspaket exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="756"/>
        <source>Import supervisor decision…</source>
        <translation>Prüfentscheidung importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="758"/>
        <source>Keys and trust…</source>
        <translation>Schlüssel und Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="761"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="762"/>
        <source>Calibration report…</source>
        <translation>Kalibrierungsbericht…</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="766"/>
        <source>Compact layout</source>
        <translation>Kompakte Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="772"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="776"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="777"/>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="778"/>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="779"/>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="780"/>
        <source>Pra&amp;ctice</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="781"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="782"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1738"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1738"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1738"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1738"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="1738"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
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
</context>
<context>
    <name>ItemAgreementModel</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="248"/>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="249"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="249"/>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="225"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="226"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="227"/>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="228"/>
        <source>Reference answer</source>
        <translation>Referenzantwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="229"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="515"/>
        <location filename="../../app/ui/keys_dialog.py" line="516"/>
        <location filename="../../app/ui/keys_dialog.py" line="518"/>
        <location filename="../../app/ui/keys_dialog.py" line="943"/>
        <source>Keys and trust</source>
        <translation>Schlüssel und Vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="519"/>
        <source>&amp;My signing key</source>
        <translation>&amp;Mein Signaturschlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="520"/>
        <source>&amp;Trusted keys</source>
        <translation>&amp;Vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="523"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="537"/>
        <source>Signing key state</source>
        <translation>Zustand des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="540"/>
        <source>Fingerprint (read it back to your supervisor at enrolment; they must see the same):</source>
        <translation>Fingerabdruck (bei der Registrierung der Prüfstelle vorlesen; sie muss denselben sehen):</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="545"/>
        <source>Fingerprint of my signing key</source>
        <translation>Fingerabdruck meines Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="547"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="550"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="553"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="555"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="557"/>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="558"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="559"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="560"/>
        <source>Stored in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="564"/>
        <location filename="../../app/ui/keys_dialog.py" line="712"/>
        <source>&amp;Create key…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="565"/>
        <source>Create the signing key</source>
        <translation>Den Signaturschlüssel erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="567"/>
        <source>C&amp;opy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="568"/>
        <source>Copy the fingerprint</source>
        <translation>Den Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="570"/>
        <source>&amp;Export public key…</source>
        <translation>Öffentlichen Schlüssel e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="571"/>
        <source>Export the public key file</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="573"/>
        <source>Trust my own key…</source>
        <translation>Meinem eigenen Schlüssel vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="574"/>
        <source>Add my own key to the trusted keys</source>
        <translation>Meinen eigenen Schlüssel zu den vertrauenswürdigen Schlüsseln hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="576"/>
        <source>For a supervisor who signs decisions and checks them on this computer.</source>
        <translation>Für Prüfer:innen, die Entscheidungen signieren und auf diesem Computer prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="580"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="604"/>
        <source>Bundles and decisions are accepted only when signed by a key listed here, within its validity and not revoked. Check each fingerprint with its owner before you trust it. Dates are ISO 8601 (2026-01-31); double-click a cell to edit it.</source>
        <translation>Berichtspakete und Entscheidungen werden nur angenommen, wenn sie mit einem hier aufgeführten, gültigen und nicht widerrufenen Schlüssel signiert sind. Prüfen Sie jeden Fingerabdruck mit seiner Inhaberin oder seinem Inhaber, bevor Sie ihm vertrauen. Datumsangaben nach ISO 8601 (2026-01-31); Doppelklick auf eine Zelle bearbeitet sie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="611"/>
        <source>Trusted-keys file</source>
        <translation>Datei der vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="615"/>
        <source>Trusted keys</source>
        <translation>Vertrauenswürdige Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="631"/>
        <source>Expert ID of the new key</source>
        <translation>Expert:innen-ID des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="632"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="634"/>
        <source>Public key of the new key</source>
        <translation>Öffentlicher Schlüssel des neuen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="635"/>
        <source>Public key (RW…)</source>
        <translation>Öffentlicher Schlüssel (RW…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="637"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="640"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="641"/>
        <source>until (optional)</source>
        <translation>bis (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="643"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="644"/>
        <source>Add the key</source>
        <translation>Den Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="653"/>
        <source>&amp;Import from file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="654"/>
        <source>Import keys from a file</source>
        <translation>Schlüssel aus einer Datei importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="656"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="657"/>
        <source>Revoke the selected key</source>
        <translation>Den ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="659"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="660"/>
        <source>Remove the selected key</source>
        <translation>Den ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="662"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="663"/>
        <source>Reload the trusted-keys file</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel neu laden</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="665"/>
        <location filename="../../app/ui/keys_dialog.py" line="1053"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="666"/>
        <source>Save the trusted keys</source>
        <translation>Die vertrauenswürdigen Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="675"/>
        <source>Trusted keys message</source>
        <translation>Meldung zu vertrauenswürdigen Schlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="701"/>
        <source>The signing key file cannot be read; create a new key.</source>
        <translation>Die Datei des Signaturschlüssels kann nicht gelesen werden; erstellen Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="707"/>
        <source>There is no signing key on this computer yet. Create one before your first export (or your first decision, as a supervisor).</source>
        <translation>Auf diesem Computer gibt es noch keinen Signaturschlüssel. Erstellen Sie einen vor Ihrem ersten Export (oder, als Prüfer:in, vor Ihrer ersten Entscheidung).</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="714"/>
        <source>This computer signs with this key.</source>
        <translation>Dieser Computer signiert mit diesem Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="721"/>
        <source>&amp;Replace key…</source>
        <translation>Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="743"/>
        <source>The public key could not be written: {error}</source>
        <translation>Der öffentliche Schlüssel konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="748"/>
        <source>Public key written to {path}. Send this file to your supervisor.</source>
        <translation>Öffentlicher Schlüssel in {path} geschrieben. Senden Sie diese Datei an die Prüfstelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="771"/>
        <location filename="../../app/ui/keys_dialog.py" line="922"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="786"/>
        <source>{n} trusted keys.</source>
        <translation>{n} vertrauenswürdige Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="788"/>
        <source>1 trusted key.</source>
        <translation>1 vertrauenswürdiger Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="814"/>
        <source>The key was not added:</source>
        <translation>Der Schlüssel wurde nicht hinzugefügt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="821"/>
        <source>Added {expert} with fingerprint {fingerprint}; save to keep it.</source>
        <translation>{expert} mit Fingerabdruck {fingerprint} hinzugefügt; speichern, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="840"/>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="853"/>
        <source>Imported {n} keys from {path}; save to keep them.</source>
        <translation>{n} Schlüssel aus {path} importiert; speichern, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="863"/>
        <source>{path} is neither a trusted-keys file nor a public key: {error}</source>
        <translation>{path} ist weder eine Datei vertrauenswürdiger Schlüssel noch ein öffentlicher Schlüssel: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="884"/>
        <source>Imported the key with fingerprint {fingerprint}. Check it with its owner, type their expert ID in the first column, then save.</source>
        <translation>Schlüssel mit Fingerabdruck {fingerprint} importiert. Prüfen Sie ihn mit der Inhaberin oder dem Inhaber, tragen Sie die Expert:innen-ID in die erste Spalte ein und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="895"/>
        <source>Key revoked; save to keep the change.</source>
        <translation>Schlüssel widerrufen; speichern, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="900"/>
        <source>Key removed; save to keep the change.</source>
        <translation>Schlüssel entfernt; speichern, um die Änderung zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="909"/>
        <source>Not saved; correct these first:</source>
        <translation>Nicht gespeichert; korrigieren Sie zuerst:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="924"/>
        <source>Saved {n} trusted keys.</source>
        <translation>{n} vertrauenswürdige Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="944"/>
        <source>Save the changes to the trusted keys?</source>
        <translation>Die Änderungen an den vertrauenswürdigen Schlüsseln speichern?</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="977"/>
        <source>Fingerprint copied.</source>
        <translation>Fingerabdruck kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="987"/>
        <source>Export the public key</source>
        <translation>Den öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="989"/>
        <source>minisign public keys (*.pub)</source>
        <translation>Öffentliche minisign-Schlüssel (*.pub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="997"/>
        <source>Trust my own key</source>
        <translation>Meinem eigenen Schlüssel vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="998"/>
        <source>Your expert or supervisor ID:</source>
        <translation>Ihre Expert:innen- oder Prüfer:innen-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="1019"/>
        <source>Import keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="1021"/>
        <source>Trusted keys or public keys (*.json *.pub);;All files (*)</source>
        <translation>Vertrauenswürdige oder öffentliche Schlüssel (*.json *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="1053"/>
        <source>&amp;Save *</source>
        <translation>&amp;Speichern *</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="92"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Die Passphrase braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="94"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="331"/>
        <source>Row {n}, {what}</source>
        <translation>Zeile {n}, {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="412"/>
        <source>in the table</source>
        <translation>in der Tabelle</translation>
    </message>
</context>
<context>
    <name>LineAnswerEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="221"/>
        <source>Answer: {label}</source>
        <translation>Antwort: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="244"/>
        <source>e.g. 2015</source>
        <translation>z. B. 2015</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="246"/>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="248"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="298"/>
        <source>Answer: {label}</source>
        <translation>Antwort: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="302"/>
        <source>Ctrl+Enter saves</source>
        <translation>Strg+Enter speichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <location filename="../../app/ui/main_window.py" line="457"/>
        <source>ClusterBench</source>
        <translation>ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Search cluster, expert or country</source>
        <translation>Cluster, Expert:in oder Land suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Search interviews</source>
        <translation>Interviews durchsuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Filter by mode</source>
        <translation>Nach Interviewart filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>All modes</source>
        <translation>Alle Interviewarten</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Changed between</source>
        <translation>Geändert zwischen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>No interviews yet</source>
        <translation>Noch keine Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>Start a benchmarking interview with a cluster organisation, or reopen the practice interview with its fictional cluster to learn the flow.</source>
        <translation>Beginnen Sie ein Benchmarking-Interview mit einer Clusterorganisation oder öffnen Sie das Übungsinterview mit seinem fiktiven Cluster, um den Ablauf kennenzulernen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <source>New interview…</source>
        <translation>Neues Interview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Start a new interview</source>
        <translation>Ein neues Interview beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="204"/>
        <source>No interview matches the search and filters.</source>
        <translation>Kein Interview passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <location filename="../../app/ui/main_window.py" line="207"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="215"/>
        <source>&amp;New interview…</source>
        <translation>&amp;Neues Interview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>Open bundle for &amp;review…</source>
        <translation>Berichtspaket zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>&amp;Import supervisor decision…</source>
        <translation>Prüfentscheidung &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="224"/>
        <source>&amp;Keys and trust…</source>
        <translation>Schlüssel und &amp;Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245"/>
        <source>&amp;Practice cases (fictional)…</source>
        <translation>&amp;Übungsfälle (fiktiv)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250"/>
        <source>&amp;About ClusterBench</source>
        <translation>&amp;Über ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>Supervisor decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>Close the open interviews before working with backups.</source>
        <translation>Schließen Sie die offenen Interviews, bevor Sie mit Sicherungen arbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="396"/>
        <source>About ClusterBench</source>
        <translation>Über ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="398"/>
        <source>ClusterBench {version}</source>
        <translation>ClusterBench {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>1 interview</source>
        <translation>1 Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>{n} interviews</source>
        <translation>{n} Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453"/>
        <source>{shown} of {n} interviews</source>
        <translation>{shown} von {n} Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="472"/>
        <source>Guided ECEI cluster-management benchmarking interviews, offline.

The questionnaire pack shipped with the app is a public reconstruction of the ECEI benchmarking interview: its thresholds and weights are assumptions, not ESCA&apos;s licensed catalogue.

The peer reference data is SYNTHETIC: generated clusters, not real results. The demo cluster is fictional.</source>
        <translation>Geführte ECEI-Benchmarking-Interviews zum Clustermanagement, offline.

Das mitgelieferte Fragebogen-Paket ist eine öffentliche Rekonstruktion des ECEI-Benchmarking-Interviews: Seine Schwellenwerte und Gewichte sind Annahmen, nicht der lizenzierte Katalog der ESCA.

Die Vergleichsdaten sind SYNTHETISCH: erzeugte Cluster, keine echten Ergebnisse. Der Demo-Cluster ist fiktiv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="396"/>
        <source>Fictional practice case: read it as the cluster manager&apos;s account.</source>
        <translation>Fiktiver Übungsfall: Lesen Sie ihn als Schilderung des Clustermanagements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="401"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
</context>
<context>
    <name>NarrativeWindow</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="422"/>
        <source>[Practice] {title} — narrative</source>
        <translation>[Übung] {title} — Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="423"/>
        <source>Case narrative</source>
        <translation>Fallschilderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="428"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="228"/>
        <source>Section / question</source>
        <translation>Abschnitt / Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="228"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="271"/>
        <source>req {a}/{r}</source>
        <translation>Pfl. {a}/{r}</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="280"/>
        <source>{a} of {n} questions answered</source>
        <translation>{a} von {n} Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="281"/>
        <source>{a} of {r} required answered</source>
        <translation>{a} von {r} Pflichtfragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="284"/>
        <source>{f} flagged</source>
        <translation>{f} markiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="287"/>
        <source>{c} pre-filled, to confirm</source>
        <translation>{c} vorausgefüllt, zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="290"/>
        <source>Time: {spent} min of {budget} min</source>
        <translation>Zeit: {spent} von {budget} Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="323"/>
        <source>confirm</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="327"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="333"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="333"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="337"/>
        <source>pre-filled, to confirm</source>
        <translation>vorausgefüllt, zu bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="339"/>
        <source>flagged: follow up</source>
        <translation>markiert: nachfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator_model.py" line="341"/>
        <source>flagged: evidence missing</source>
        <translation>markiert: Nachweis fehlt</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="73"/>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="80"/>
        <location filename="../../app/ui/new_interview_dialog.py" line="86"/>
        <source>Existing cluster</source>
        <translation>Bestehender Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="81"/>
        <source>New cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="93"/>
        <source>Cluster name</source>
        <translation>Name des Clusters</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="95"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="100"/>
        <source>Technology area</source>
        <translation>Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="104"/>
        <source>ECCP profile address</source>
        <translation>Adresse des ECCP-Profils</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="107"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="108"/>
        <source>Cluster manager&apos;s name and e-mail</source>
        <translation>Name und E-Mail des Clustermanagements</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="111"/>
        <source>Interview mode</source>
        <translation>Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="117"/>
        <source>Questionnaire pack</source>
        <translation>Fragebogen-Paket</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="121"/>
        <source>Expert name</source>
        <translation>Name der Expertin / des Experten</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="129"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="130"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="131"/>
        <source>Technology area:</source>
        <translation>Technologiefeld:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="132"/>
        <source>ECCP profile:</source>
        <translation>ECCP-Profil:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="133"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="137"/>
        <source>Mode:</source>
        <translation>Interviewart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="138"/>
        <source>Questionnaire:</source>
        <translation>Fragebogen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="139"/>
        <source>Expert:</source>
        <translation>Expert:in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="145"/>
        <source>Create and open</source>
        <translation>Anlegen und öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="174"/>
        <source>Give the new cluster a name.</source>
        <translation>Geben Sie dem neuen Cluster einen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="177"/>
        <source>The ECCP profile address must start with https://.</source>
        <translation>Die Adresse des ECCP-Profils muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="179"/>
        <source>Enter the expert&apos;s name.</source>
        <translation>Geben Sie den Namen der Expertin / des Experten ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Aviation &amp; space</source>
        <translation>Luft- und Raumfahrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Biotechnology</source>
        <translation>Biotechnologie</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Construction</source>
        <translation>Bauwesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Energy &amp; environment</source>
        <translation>Energie und Umwelt</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Food (non-biotech)</source>
        <translation>Lebensmittel (ohne Biotechnologie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Health &amp; medical science</source>
        <translation>Gesundheit und Medizin</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Humanities/media/design/service innovation</source>
        <translation>Geisteswissenschaften/Medien/Design/Dienstleistungsinnovation</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>ICT</source>
        <translation>IKT</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Micro-, nano- &amp; optical technologies</source>
        <translation>Mikro-, Nano- und optische Technologien</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>New materials &amp; chemistry</source>
        <translation>Neue Werkstoffe und Chemie</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Production &amp; engineering</source>
        <translation>Produktion und Maschinenbau</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Transportation &amp; mobility</source>
        <translation>Verkehr und Mobilität</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Sports, leisure &amp; tourism</source>
        <translation>Sport, Freizeit und Tourismus</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="102"/>
        <location filename="../../app/scoring/taxonomy.py" line="6"/>
        <source>Creative industries</source>
        <translation>Kreativwirtschaft</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="113"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="113"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/new_interview_dialog.py" line="113"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="271"/>
        <location filename="../../app/ui/keys_dialog.py" line="278"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="272"/>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="276"/>
        <source>Key {fingerprint}</source>
        <translation>Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="283"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="284"/>
        <source>Sign with this passphrase</source>
        <translation>Mit dieser Passphrase signieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="285"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="736"/>
        <source>Practice cases (fictional) — ClusterBench</source>
        <translation>Übungsfälle (fiktiv) — ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="737"/>
        <location filename="../../app/ui/practice_window.py" line="750"/>
        <source>Practice cases</source>
        <translation>Übungsfälle</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="753"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="758"/>
        <source>Every case is fictional: invented clusters, people and numbers, with a reference expert&apos;s answers to compare yours with.</source>
        <translation>Jeder Fall ist fiktiv: erfundene Cluster, Personen und Zahlen, mit den Antworten einer Referenz-Expertin oder eines Referenz-Experten zum Vergleich mit Ihren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="767"/>
        <source>Case description</source>
        <translation>Fallbeschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="773"/>
        <source>Trainee name</source>
        <translation>Name (Trainee)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="774"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="776"/>
        <source>&amp;Start practice</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="777"/>
        <source>Start a practice interview of this case</source>
        <translation>Ein Übungsinterview zu diesem Fall beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="778"/>
        <source>Start a practice interview (Ctrl+Enter)</source>
        <translation>Ein Übungsinterview beginnen (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="785"/>
        <source>&amp;Trainee:</source>
        <translation>&amp;Trainee:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="791"/>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="795"/>
        <source>&amp;Continue interview</source>
        <translation>Interview &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="796"/>
        <source>Continue the selected session</source>
        <translation>Die ausgewählte Sitzung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="797"/>
        <source>Continue the selected session (Ctrl+O)</source>
        <translation>Die ausgewählte Sitzung fortsetzen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="799"/>
        <source>Calibration &amp;report</source>
        <translation>Kalibrierungs&amp;bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="800"/>
        <source>Open the calibration report</source>
        <translation>Den Kalibrierungsbericht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="801"/>
        <source>Compare the selected session (Ctrl+R)</source>
        <translation>Die ausgewählte Sitzung vergleichen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="807"/>
        <source>Your sessions of this case</source>
        <translation>Ihre Sitzungen zu diesem Fall</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="813"/>
        <source>Narrative (what the cluster manager tells you)</source>
        <translation>Fallschilderung (was Ihnen das Clustermanagement erzählt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="839"/>
        <source>Start practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="842"/>
        <source>Continue interview</source>
        <translation>Interview fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="844"/>
        <source>Calibration report</source>
        <translation>Kalibrierungsbericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="845"/>
        <source>Refresh the sessions</source>
        <translation>Die Sitzungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="847"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="890"/>
        <source>Type your name first: your sessions are kept under it.</source>
        <translation>Geben Sie zuerst Ihren Namen ein: Ihre Sitzungen werden darunter gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="957"/>
        <source>Type your name to see your sessions.</source>
        <translation>Geben Sie Ihren Namen ein, um Ihre Sitzungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="959"/>
        <source>Double-click a session (or press Ctrl+R) for its calibration report.</source>
        <translation>Doppelklicken Sie auf eine Sitzung (oder drücken Sie Strg+R), um ihren Kalibrierungsbericht zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="961"/>
        <source>No session of this case yet: read the narrative, then start one.</source>
        <translation>Noch keine Sitzung zu diesem Fall: Lesen Sie die Fallschilderung und beginnen Sie dann eine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="977"/>
        <source>Technology area: {area}</source>
        <translation>Technologiefeld: {area}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="978"/>
        <source>Country: {country}</source>
        <translation>Land: {country}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="981"/>
        <source>What to watch for: {level}</source>
        <translation>Worauf zu achten ist: {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="983"/>
        <source>Reference: {who}</source>
        <translation>Referenz: {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="1000"/>
        <location filename="../../app/ui/practice_window.py" line="1036"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="449"/>
        <source>Case narrative (fictional)</source>
        <translation>Fallschilderung (fiktiv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="1037"/>
        <source>This interview is not a practice case, so it has no reference answers.</source>
        <translation>Dieses Interview ist kein Übungsfall und hat daher keine Referenzantworten.</translation>
    </message>
</context>
<context>
    <name>PrefillImportDialog</name>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="122"/>
        <source>Pre-fill workbook — {cluster}</source>
        <translation>Arbeitsmappe zum Vorausfüllen — {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="124"/>
        <location filename="../../app/ui/prefill_dialog.py" line="401"/>
        <source>Pre-fill workbook</source>
        <translation>Arbeitsmappe zum Vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="134"/>
        <source>Send the cluster a blank workbook to fill in before the interview, then import it here. Every cell is checked against the questionnaire; imported answers are marked “pre-filled, to confirm” until you confirm each one with the cluster during the interview.</source>
        <translation>Senden Sie dem Cluster vor dem Interview eine leere Arbeitsmappe zum Ausfüllen und importieren Sie sie dann hier. Jede Zelle wird gegen den Fragebogen geprüft; importierte Antworten sind als „vorausgefüllt, zu bestätigen“ markiert, bis Sie jede im Interview mit dem Cluster bestätigen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="140"/>
        <source>&amp;Export blank workbook…</source>
        <translation>Leere Arbeitsmappe e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="141"/>
        <source>Export a blank pre-fill workbook</source>
        <translation>Eine leere Arbeitsmappe zum Vorausfüllen exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="143"/>
        <source>Save a blank workbook for the cluster (Ctrl+E)</source>
        <translation>Eine leere Arbeitsmappe für den Cluster speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="148"/>
        <source>No workbook chosen</source>
        <translation>Keine Arbeitsmappe ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="149"/>
        <source>Chosen workbook</source>
        <translation>Ausgewählte Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="150"/>
        <source>&amp;Choose filled workbook…</source>
        <translation>Ausgefüllte Arbeitsmappe &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="151"/>
        <source>Choose a filled pre-fill workbook</source>
        <translation>Eine ausgefüllte Arbeitsmappe zum Vorausfüllen wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="153"/>
        <source>Choose a filled workbook (Ctrl+O)</source>
        <translation>Eine ausgefüllte Arbeitsmappe wählen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="160"/>
        <source>Choose the workbook the cluster sent back.</source>
        <translation>Wählen Sie die Arbeitsmappe, die der Cluster zurückgeschickt hat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="161"/>
        <source>Validation result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="164"/>
        <source>Reading the workbook</source>
        <translation>Arbeitsmappe wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="170"/>
        <source>Cell errors</source>
        <translation>Fehler in Zellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="184"/>
        <source>Import &amp;all</source>
        <translation>&amp;Alle importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="186"/>
        <source>Import all answers</source>
        <translation>Alle Antworten importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="189"/>
        <source>Import &amp;valid rows only</source>
        <translation>Nur &amp;gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="191"/>
        <source>Import only the valid rows</source>
        <translation>Nur die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="194"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="223"/>
        <source>Choose the filled pre-fill workbook</source>
        <translation>Die ausgefüllte Arbeitsmappe zum Vorausfüllen wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="225"/>
        <location filename="../../app/ui/prefill_dialog.py" line="267"/>
        <location filename="../../app/ui/prefill_dialog.py" line="429"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="225"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="239"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="265"/>
        <location filename="../../app/ui/prefill_dialog.py" line="427"/>
        <source>Save the blank pre-fill workbook</source>
        <translation>Die leere Arbeitsmappe zum Vorausfüllen speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="287"/>
        <source>The workbook could not be saved: {e}</source>
        <translation>Die Arbeitsmappe konnte nicht gespeichert werden: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="290"/>
        <source>Blank workbook saved as {path}. Send it to the cluster.</source>
        <translation>Leere Arbeitsmappe gespeichert als {path}. Senden Sie sie an den Cluster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="298"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="327"/>
        <source>{valid} answers can be imported; {errors} cells have errors and are listed below. Nothing is imported unless you choose to import the valid rows only, or correct the workbook and choose it again.</source>
        <translation>{valid} Antworten können importiert werden; {errors} Zellen haben Fehler und sind unten aufgeführt. Importiert wird nichts, es sei denn, Sie importieren nur die gültigen Zeilen oder korrigieren die Arbeitsmappe und wählen sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="335"/>
        <source>{valid} answers can be imported; no cell has an error.</source>
        <translation>{valid} Antworten können importiert werden; keine Zelle hat einen Fehler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="341"/>
        <source>The workbook holds no answers yet.</source>
        <translation>Die Arbeitsmappe enthält noch keine Antworten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="347"/>
        <source>The interview is finalised: reopen it before importing.</source>
        <translation>Das Interview ist abgeschlossen: Öffnen Sie es vor dem Import wieder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/prefill_dialog.py" line="358"/>
        <source>The workbook could not be read ({kind}).</source>
        <translation>Die Arbeitsmappe konnte nicht gelesen werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../app/ui/radar.py" line="94"/>
        <location filename="../../app/ui/radar.py" line="286"/>
        <source>Radar chart of section scores</source>
        <extracomment>Hover this close (in chart units, 1 = 100) to a spoke to get its tooltip.</extracomment>
        <translation>Netzdiagramm der Abschnittsbewertungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="102"/>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="132"/>
        <source>Chart legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="141"/>
        <source>Peer data notice</source>
        <translation>Hinweis zu den Vergleichsdaten</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="144"/>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="145"/>
        <source>Save the chart as a PNG or SVG file</source>
        <translation>Das Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="148"/>
        <source>As PNG picture…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="149"/>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="221"/>
        <source>Cluster: not scored yet</source>
        <translation>Cluster: noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="223"/>
        <source>Cluster: {value:.0f} / 100</source>
        <translation>Cluster: {value:.0f} / 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="233"/>
        <source>{group}: group too small to show</source>
        <translation>{group}: Gruppe zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="237"/>
        <source>{group}: no percentile yet</source>
        <translation>{group}: noch kein Perzentil</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="240"/>
        <source>{group}: percentile {p:.0f}</source>
        <translation>{group}: Perzentil {p:.0f}</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="306"/>
        <location filename="../../app/ui/radar.py" line="315"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="316"/>
        <source>The chart could not be saved: {error}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="323"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="326"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="379"/>
        <source>This cluster</source>
        <translation>Dieser Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="380"/>
        <source>Technology-area peers</source>
        <translation>Vergleichsgruppe Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="381"/>
        <source>Cluster excellence group</source>
        <translation>Exzellenz-Vergleichsgruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="402"/>
        <source>- group too small to show</source>
        <translation>- Gruppe zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="418"/>
        <source>No reference data loaded: peer groups are not shown.</source>
        <translation>Keine Vergleichsdaten geladen: Vergleichsgruppen werden nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="421"/>
        <source>Peer data: SYNTHETIC reference set ({size} fictional clusters), not real results.</source>
        <translation>Vergleichsdaten: SYNTHETISCHER Referenzdatensatz ({size} fiktive Cluster), keine echten Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/radar.py" line="424"/>
        <source>Peer data: reference set {id} {version} ({size} clusters).</source>
        <translation>Vergleichsdaten: Referenzdatensatz {id} {version} ({size} Cluster).</translation>
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
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Gold-labelled clusters</source>
        <translation>Cluster mit Gold-Label</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Top quartile of all clusters</source>
        <translation>Oberstes Quartil aller Cluster</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Technology area not set</source>
        <translation>Technologiefeld nicht angegeben</translation>
    </message>
</context>
<context>
    <name>RecommendationsDialog</name>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="37"/>
        <location filename="../../app/ui/recommendations_dialog.py" line="38"/>
        <source>Recommendations for the report</source>
        <translation>Empfehlungen für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="43"/>
        <source>What the cluster management could do next, in your words. The report prints it under “The expert&apos;s recommendations”; a blank line starts a new paragraph.</source>
        <translation>Was das Clustermanagement als Nächstes tun könnte, in Ihren Worten. Der Bericht druckt es unter „Empfehlungen der Expertin / des Experten“; eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommendations_dialog.py" line="49"/>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/interview_window.py" line="304"/>
        <location filename="../../app/ui/interview_window.py" line="305"/>
        <location filename="../../app/ui/interview_window.py" line="322"/>
        <source>Reopen the interview</source>
        <translation>Das Interview wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="308"/>
        <source>This interview is finalised. Say why it is reopened; the reason is kept in the interview&apos;s log.</source>
        <translation>Dieses Interview ist abgeschlossen. Geben Sie an, warum es wieder geöffnet wird; die Begründung wird im Protokoll des Interviews festgehalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="313"/>
        <source>Reason for reopening</source>
        <translation>Grund für das Wiederöffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="315"/>
        <source>e.g. The cluster sent corrected member figures.</source>
        <translation>z. B. Der Cluster hat korrigierte Mitgliederzahlen geschickt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="321"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/interview_window.py" line="325"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="272"/>
        <location filename="../../app/ui/report_dialog.py" line="273"/>
        <location filename="../../app/ui/report_dialog.py" line="416"/>
        <source>Benchmarking report</source>
        <extracomment>Pixels per PDF point in the preview (A4 becomes about 770 x 1090 pixels). pdfium is not thread-safe; one document at a time.</extracomment>
        <translation>Benchmarking-Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="275"/>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="278"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="292"/>
        <source>Report pages</source>
        <translation>Berichtsseiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="295"/>
        <source>&amp;Open in system viewer</source>
        <translation>Im PDF-Betrachter &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="296"/>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Den Bericht im PDF-Betrachter des Systems öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="299"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="300"/>
        <source>Save the report as</source>
        <translation>Den Bericht speichern unter</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="303"/>
        <location filename="../../app/ui/report_dialog.py" line="304"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="335"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="366"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="387"/>
        <source>{n} pages, A4. Saved in the data folder; use Save as to keep a copy.</source>
        <translation>{n} Seiten, A4. Im Datenordner gespeichert; mit „Speichern unter“ eine Kopie behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="402"/>
        <source>The report could not be written: {error}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="409"/>
        <source>No PDF viewer could be started.</source>
        <translation>Es konnte kein PDF-Betrachter gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="414"/>
        <source>Benchmarking report - {cluster}</source>
        <translation>Benchmarking-Bericht - {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="420"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="422"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="441"/>
        <location filename="../../app/ui/report_dialog.py" line="443"/>
        <source>Page {n} of {count}</source>
        <translation>Seite {n} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="76"/>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="78"/>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="225"/>
        <source>This decision is about another interview. Import it from the home window (File › Import supervisor decision).</source>
        <translation>Diese Entscheidung betrifft ein anderes Interview. Importieren Sie sie im Startfenster (Datei › Prüfentscheidung importieren).</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="239"/>
        <source>Returned by {who} with {n} comments. The interview is open again; the comments appear beside their questions.</source>
        <translation>Von {who} mit {n} Kommentaren zurückgegeben. Das Interview ist wieder offen; die Kommentare stehen neben ihren Fragen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="243"/>
        <source>Approved by {who}.</source>
        <translation>Freigegeben von {who}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="748"/>
        <source>Import a supervisor&apos;s decision</source>
        <translation>Eine Prüfentscheidung importieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="750"/>
        <source>Decision files (*.json);;All files (*)</source>
        <translation>Entscheidungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../app/ui/score_panel.py" line="118"/>
        <source>Score panel</source>
        <extracomment>Programme recognition is an alternative path, not a hurdle: a &quot;no&quot; is no failure.</extracomment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="124"/>
        <source>Score panel pages</source>
        <translation>Seiten der Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="138"/>
        <source>Criterion and reason</source>
        <translation>Kriterium und Begründung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="145"/>
        <source>Eligibility criteria</source>
        <translation>Teilnahmevoraussetzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="151"/>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="161"/>
        <location filename="../../app/ui/score_panel.py" line="201"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="162"/>
        <location filename="../../app/ui/score_panel.py" line="202"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="164"/>
        <source>Gold threshold</source>
        <translation>Gold-Schwelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="169"/>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="175"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="180"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="187"/>
        <source>Indicators against Gold thresholds</source>
        <translation>Indikatoren im Vergleich zu den Gold-Schwellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="195"/>
        <source>Gold readiness</source>
        <translation>Gold-Reife</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="207"/>
        <source>Peer percentiles</source>
        <translation>Perzentile in den Vergleichsgruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="212"/>
        <source>Peers</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="237"/>
        <location filename="../../app/ui/score_panel.py" line="248"/>
        <source>No scores yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="253"/>
        <source>all minimum requirements met</source>
        <translation>alle Mindestanforderungen erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="254"/>
        <source>some minimum requirements not met</source>
        <translation>einige Mindestanforderungen nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="255"/>
        <source>minimum requirements not all answered</source>
        <translation>Mindestanforderungen nicht alle beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="259"/>
        <source>{share:.0f} % of the weighted indicators meet Gold ({required:.0f} % needed); {minimums}.</source>
        <translation>{share:.0f} % der gewichteten Indikatoren erreichen Gold ({required:.0f} % nötig); {minimums}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="272"/>
        <source>What would change the verdict:</source>
        <translation>Was das Ergebnis ändern würde:</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="286"/>
        <source>Silver pre-check: passed.</source>
        <translation>Silber-Vorprüfung: bestanden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="287"/>
        <source>Silver pre-check: not passed.</source>
        <translation>Silber-Vorprüfung: nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="288"/>
        <source>Silver pre-check: not all minimums answered yet.</source>
        <translation>Silber-Vorprüfung: noch nicht alle Mindestwerte beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="303"/>
        <source>{label}: too small to show</source>
        <translation>{label}: zu klein für eine Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="304"/>
        <source>No peer groups.</source>
        <translation>Keine Vergleichsgruppen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="306"/>
        <source>Peer data is SYNTHETIC (fictional clusters), not real results.</source>
        <translation>Die Vergleichsdaten sind SYNTHETISCH (fiktive Cluster), keine echten Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="308"/>
        <source>No reference data loaded: peer percentiles are not available.</source>
        <translation>Keine Vergleichsdaten geladen: Perzentile sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="317"/>
        <source>Technology area</source>
        <translation>Technologiefeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="318"/>
        <source>Excellence group</source>
        <translation>Exzellenzgruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="319"/>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="333"/>
        <source>No percentile: the indicator is not answered yet.</source>
        <translation>Kein Perzentil: Der Indikator ist noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="334"/>
        <source>Percentile rank {p:.0f}: better than {p:.0f} % of the group.</source>
        <translation>Perzentilrang {p:.0f}: besser als {p:.0f} % der Gruppe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="36"/>
        <source>Fewer than 5 clusters in this group: it is never shown, so that no single cluster can be recognised.</source>
        <translation>Weniger als 5 Cluster in dieser Gruppe: Sie wird nie gezeigt, damit kein einzelner Cluster erkennbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="77"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="77"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="85"/>
        <source>{n} given</source>
        <translation>{n} angegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>✗ Not met</source>
        <translation>✗ Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>– Waived</source>
        <translation>– Entfällt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="134"/>
        <source>– No</source>
        <translation>– Nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="239"/>
        <source>Eligible for a label</source>
        <translation>Voraussetzungen für ein Gütesiegel erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="239"/>
        <source>Not eligible</source>
        <translation>Voraussetzungen nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="239"/>
        <source>Incomplete: some criteria are not answered yet</source>
        <translation>Unvollständig: Einige Kriterien sind noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="248"/>
        <source>Ready for Gold</source>
        <translation>Bereit für Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="248"/>
        <source>Not ready for Gold</source>
        <translation>Noch nicht bereit für Gold</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="248"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="355"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="356"/>
        <source>✓ meets</source>
        <translation>✓ erreicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="356"/>
        <source>✗ below</source>
        <translation>✗ darunter</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="364"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="364"/>
        <source>NOT met</source>
        <translation>NICHT erfüllt</translation>
    </message>
    <message>
        <location filename="../../app/ui/score_panel.py" line="364"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Gold-labelled clusters</source>
        <translation>Cluster mit Gold-Label</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Top quartile of all clusters</source>
        <translation>Oberstes Quartil aller Cluster</translation>
    </message>
    <message>
        <location filename="../../app/scoring/peers.py" line="45"/>
        <source>Technology area not set</source>
        <translation>Technologiefeld nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SectionAgreementModel</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="299"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="301"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="304"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="310"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="316"/>
        <source>Items agreeing</source>
        <translation>Übereinstimmende Fragen</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../app/ui/practice_window.py" line="190"/>
        <source>Session</source>
        <extracomment>Opens an interview in its window (the home window&apos;s ``open_interview``). Shown for a number that does not exist (no score, no earlier session).</extracomment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="191"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="193"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="215"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="215"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="215"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="215"/>
        <source>Returned by supervisor</source>
        <translation>Zur Überarbeitung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice_window.py" line="215"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings.py" line="169"/>
        <source>Settings</source>
        <extracomment>How often the store is copied to the backups folder (before a migration: always).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="172"/>
        <source>Expert name</source>
        <translation>Name der Expertin / des Experten</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="174"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="176"/>
        <source>Default interview mode</source>
        <translation>Standard-Interviewart</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="181"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="186"/>
        <source>The new language is used from the next start of ClusterBench.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ClusterBench.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="189"/>
        <source>Note on the language</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="190"/>
        <source>Compact layout (small screens)</source>
        <translation>Kompakte Ansicht (kleine Bildschirme)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="193"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="195"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="196"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="197"/>
        <source>Off (only before upgrades)</source>
        <translation>Aus (nur vor Updates)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="206"/>
        <location filename="../../app/ui/settings.py" line="256"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="209"/>
        <source>Where interviews, evidence, keys and backups are kept. Takes effect at the next start; the data in the old folder stays where it is.</source>
        <translation>Wo Interviews, Nachweise, Schlüssel und Sicherungen liegen. Gilt ab dem nächsten Start; die Daten im alten Ordner bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="213"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="214"/>
        <source>Choose the data folder</source>
        <translation>Den Datenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="222"/>
        <source>Expert name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="223"/>
        <source>Expert ID:</source>
        <translation>Expert:innen-ID:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="224"/>
        <source>Default mode:</source>
        <translation>Standard-Interviewart:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="225"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="228"/>
        <source>Automatic backups:</source>
        <translation>Automatische Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="229"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="261"/>
        <source>ClusterBench will use this folder from its next start.</source>
        <translation>ClusterBench verwendet diesen Ordner ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="178"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="178"/>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings.py" line="178"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../app/ui/share_view.py" line="35"/>
        <source>ClusterBench — shared question</source>
        <translation>ClusterBench — geteilte Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="36"/>
        <source>Shared question</source>
        <translation>Geteilte Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="39"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="41"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="44"/>
        <location filename="../../app/ui/share_view.py" line="46"/>
        <source>Answer as given</source>
        <translation>Antwort wie gegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="78"/>
        <source>(not answered yet)</source>
        <translation>(noch nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/share_view.py" line="84"/>
        <source>Please wait for the next question.</source>
        <translation>Bitte warten Sie auf die nächste Frage.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="231"/>
        <location filename="../../app/ui/command_palette.py" line="232"/>
        <location filename="../../app/ui/command_palette.py" line="237"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="246"/>
        <source>Every action has a key. Ctrl+K finds any question, section or command.</source>
        <translation>Jede Aktion hat ein Tastenkürzel. Strg+K findet jede Frage, jeden Abschnitt und jeden Befehl.</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="252"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../app/ui/command_palette.py" line="210"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="211"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/command_palette.py" line="212"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="129"/>
        <source>Details: {message}</source>
        <translation>Details: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="132"/>
        <source>Backup copy to open</source>
        <translation>Zu öffnende Sicherungskopie</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="135"/>
        <source>Open this backup</source>
        <translation>Diese Sicherung öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="136"/>
        <source>Start with an empty store</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="137"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="138"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="153"/>
        <source>No backup copies were found.</source>
        <translation>Es wurden keine Sicherungskopien gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="188"/>
        <source>The store is in use</source>
        <translation>Die Datenbank wird bereits verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="189"/>
        <source>Another ClusterBench window is already using the store
{path}

Only one window may write to it at a time, so that no answer is lost. Close the other window and choose Try again, or quit.</source>
        <translation>Ein anderes ClusterBench-Fenster verwendet bereits die Datenbank
{path}

Es darf immer nur ein Fenster hineinschreiben, damit keine Antwort verloren geht. Schließen Sie das andere Fenster und wählen Sie „Erneut versuchen“, oder beenden Sie das Programm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="194"/>
        <source>The store cannot be used where it is</source>
        <translation>Der Datenspeicher kann an diesem Ort nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="195"/>
        <source>ClusterBench cannot work with its store
{path}

The reason is given below. Nothing has been changed or moved. Put it right and choose Try again, or quit and start ClusterBench with another data folder (CLUSTERBENCH_DATA_DIR, or the settings once it runs).</source>
        <translation>ClusterBench kann mit seinem Datenspeicher
{path}
nicht arbeiten.

Der Grund steht unten. Es wurde nichts verändert oder verschoben. Beheben Sie das Problem und wählen Sie „Erneut versuchen“, oder beenden Sie ClusterBench und starten Sie es mit einem anderen Datenordner (CLUSTERBENCH_DATA_DIR oder später in den Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="201"/>
        <source>The store is from a newer ClusterBench</source>
        <translation>Die Datenbank stammt von einem neueren ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="202"/>
        <source>The store
{path}
was written by a newer version of ClusterBench than this one. Install the newer version to go on working with it; this version leaves the file untouched. You can also open a backup copy instead: the newer file is then set aside (renamed, not deleted).</source>
        <translation>Die Datenbank
{path}
wurde von einer neueren ClusterBench-Version geschrieben als dieser. Installieren Sie die neuere Version, um damit weiterzuarbeiten; diese Version lässt die Datei unverändert. Sie können stattdessen auch eine Sicherungskopie öffnen: Die neuere Datei wird dann beiseitegelegt (umbenannt, nicht gelöscht).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="209"/>
        <source>The damaged file has been set aside as
{aside}
and will never be overwritten, so answers may still be recovered from it.</source>
        <translation>Die beschädigte Datei wurde beiseitegelegt als
{aside}
und wird nie überschrieben, sodass sich Antworten daraus noch retten lassen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="215"/>
        <source>The store is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_dialogs.py" line="216"/>
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
        <location filename="../../app/ui/supervisor.py" line="445"/>
        <source>Review a bundle — ClusterBench</source>
        <translation>Berichtspaket prüfen — ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="469"/>
        <location filename="../../app/ui/supervisor.py" line="812"/>
        <source>&amp;Open bundle…</source>
        <translation>Berichtspaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="470"/>
        <location filename="../../app/ui/supervisor.py" line="842"/>
        <source>Open a bundle</source>
        <translation>Ein Berichtspaket öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="472"/>
        <location filename="../../app/ui/supervisor.py" line="813"/>
        <source>Decryption &amp;key…</source>
        <translation>&amp;Schlüssel zum Entschlüsseln…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="473"/>
        <source>Choose the age key for encrypted bundles</source>
        <translation>Den age-Schlüssel für verschlüsselte Berichtspakete wählen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="476"/>
        <source>Bundle file</source>
        <translation>Datei des Berichtspakets</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="478"/>
        <source>Decryption key</source>
        <translation>Schlüssel zum Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="479"/>
        <location filename="../../app/ui/supervisor.py" line="814"/>
        <source>Keys and &amp;trust…</source>
        <translation>Schlüssel und &amp;Vertrauen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="480"/>
        <source>Keys and trust</source>
        <translation>Schlüssel und Vertrauen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="495"/>
        <source>{banner}: a trainee&apos;s practice bundle with a fictional cluster.</source>
        <translation>{banner}: ein Übungspaket aus dem Training, mit einem fiktiven Cluster.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="500"/>
        <source>Practice bundle</source>
        <translation>Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="502"/>
        <source>Verification verdict</source>
        <translation>Ergebnis der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="505"/>
        <source>Verification message</source>
        <translation>Meldung der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="514"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="519"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="520"/>
        <source>&amp;Verification</source>
        <translation>Ver&amp;ifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="522"/>
        <source>&amp;Answers and comments</source>
        <translation>&amp;Antworten und Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="524"/>
        <source>&amp;Scores</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="526"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="528"/>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="530"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="535"/>
        <source>Signer</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="537"/>
        <source>Signer fingerprint</source>
        <translation>Fingerabdruck der signierenden Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="539"/>
        <source>Trust verdict</source>
        <translation>Vertrauensstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="541"/>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="543"/>
        <source>Bundle</source>
        <translation>Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="545"/>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Scores recompute</source>
        <translation>Bewertung nachgerechnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="547"/>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="548"/>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="549"/>
        <source>Trust:</source>
        <translation>Vertrauen:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="550"/>
        <source>Signed at:</source>
        <translation>Signiert am:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="551"/>
        <source>Bundle:</source>
        <translation>Berichtspaket:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="552"/>
        <source>Scores:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="555"/>
        <source>Verification checks</source>
        <translation>Prüfschritte der Verifizierung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="562"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="563"/>
        <location filename="../../app/ui/supervisor.py" line="691"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="564"/>
        <location filename="../../app/ui/supervisor.py" line="692"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="568"/>
        <source>Files in the bundle</source>
        <translation>Dateien im Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="569"/>
        <source>Files (each hash checked against the signed manifest)</source>
        <translation>Dateien (jeder Hashwert gegen das signierte Manifest geprüft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="592"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="607"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="609"/>
        <location filename="../../app/ui/supervisor.py" line="690"/>
        <location filename="../../app/ui/supervisor.py" line="756"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="612"/>
        <source>Question details</source>
        <translation>Details zur Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="615"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="620"/>
        <source>Expert&apos;s note for the report</source>
        <translation>Notiz der Expertin / des Experten für den Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="621"/>
        <source>Expert&apos;s note for the report:</source>
        <translation>Notiz der Expertin / des Experten für den Bericht:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="623"/>
        <source>Evidence for this question</source>
        <translation>Nachweise zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="625"/>
        <source>Your comment on this question</source>
        <translation>Ihr Kommentar zu dieser Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="627"/>
        <source>Your comment on this question for the expert (optional).</source>
        <translation>Ihr Kommentar zu dieser Frage für die Expertin / den Experten (optional).</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="636"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="641"/>
        <source>Your &amp;comment:</source>
        <translation>Ihr &amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="675"/>
        <source>These scores were recomputed from the bundled answers, pack and reference data during verification and match the bundle&apos;s own.</source>
        <translation>Diese Bewertung wurde bei der Verifizierung aus den Antworten, dem Fragebogen-Paket und den Vergleichsdaten im Berichtspaket nachgerechnet und stimmt mit der des Berichtspakets überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="689"/>
        <source>File name given by the expert</source>
        <translation>Dateiname laut Expertin / Experte</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="696"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="698"/>
        <source>Save &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="699"/>
        <location filename="../../app/ui/supervisor.py" line="1416"/>
        <source>Save a copy of the evidence file</source>
        <translation>Eine Kopie der Nachweisdatei speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="702"/>
        <source>Evidence message</source>
        <translation>Meldung zu Nachweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="705"/>
        <source>Evidence files come from outside and are never opened inside ClusterBench. Save a copy and check it with your usual tools before opening it.</source>
        <translation>Nachweisdateien stammen von außen und werden in ClusterBench nie geöffnet. Speichern Sie eine Kopie und prüfen Sie sie mit Ihren üblichen Werkzeugen, bevor Sie sie öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="722"/>
        <source>The bundle carries the expert&apos;s report PDF. It is not shown inside ClusterBench: a PDF from outside could show other numbers than the verified answers and scores in this window, or attack the viewer that opens it. The review here is rebuilt from the verified data. Save the PDF to read it with your usual viewer.</source>
        <translation>Das Berichtspaket enthält das Berichts-PDF der Expertin / des Experten. Es wird in ClusterBench nicht angezeigt: Ein PDF von außen könnte andere Zahlen zeigen als die verifizierten Antworten und Bewertungen in diesem Fenster oder den Betrachter angreifen, der es öffnet. Die Prüfansicht hier wird aus den verifizierten Daten aufgebaut. Speichern Sie das PDF, um es mit Ihrem üblichen Betrachter zu lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="730"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="731"/>
        <source>Save &amp;PDF…</source>
        <translation>PDF spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="732"/>
        <location filename="../../app/ui/supervisor.py" line="1011"/>
        <source>Save the report PDF</source>
        <translation>Das Berichts-PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="735"/>
        <source>Report message</source>
        <translation>Meldung zum Bericht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="752"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="754"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="755"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="757"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="758"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="762"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="769"/>
        <source>Your name as the expert will see it</source>
        <translation>Ihr Name, wie ihn die Expertin / der Experte sieht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="770"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="773"/>
        <source>Comment on the interview as a whole</source>
        <translation>Kommentar zum Interview insgesamt</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="775"/>
        <source>Comment on the interview as a whole (needed when returning it).</source>
        <translation>Kommentar zum Interview insgesamt (nötig bei einer Rückgabe).</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="780"/>
        <source>Number of comments</source>
        <translation>Anzahl der Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="781"/>
        <source>A&amp;pprove…</source>
        <translation>Frei&amp;geben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="782"/>
        <source>Approve the interview</source>
        <translation>Das Interview freigeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="784"/>
        <source>Re&amp;turn to expert…</source>
        <translation>&amp;Zur Überarbeitung zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="785"/>
        <source>Return the interview to the expert</source>
        <translation>Das Interview zur Überarbeitung zurückgeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="788"/>
        <source>Decision message</source>
        <translation>Meldung zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="790"/>
        <source>Supervisor:</source>
        <translation>Prüfer:in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="802"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="844"/>
        <source>ClusterBench bundles (*.zip *.age *.cmob);;All files (*)</source>
        <translation>ClusterBench-Berichtspakete (*.zip *.age *.cmob);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="852"/>
        <source>The age key for encrypted bundles</source>
        <translation>Der age-Schlüssel für verschlüsselte Berichtspakete</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="861"/>
        <source>Decryption key: {name}</source>
        <translation>Schlüssel zum Entschlüsseln: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="879"/>
        <source>{name} — Review a bundle — ClusterBench</source>
        <translation>{name} — Berichtspaket prüfen — ClusterBench</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="884"/>
        <source>Verifying…</source>
        <translation>Wird verifiziert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="885"/>
        <source>Checking the archive, the manifests, the signature and the signer.</source>
        <translation>Archiv, Manifeste, Signatur und signierende Person werden geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="935"/>
        <source>Open a bundle that verifies before deciding.</source>
        <translation>Öffnen Sie vor der Entscheidung ein Berichtspaket, das die Verifizierung besteht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="961"/>
        <source>Signing the decision…</source>
        <translation>Die Entscheidung wird signiert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="996"/>
        <location filename="../../app/ui/supervisor.py" line="1029"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1005"/>
        <source>Benchmarking report - {cluster}</source>
        <translation>Benchmarking-Bericht - {cluster}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1013"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1058"/>
        <source>The bundle could not be checked: {error}</source>
        <translation>Das Berichtspaket konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1071"/>
        <source>✓ Verified: intact and signed by a trusted key</source>
        <translation>✓ Verifiziert: unverändert und mit einem vertrauenswürdigen Schlüssel signiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1073"/>
        <source>Signed by {signer} ({fingerprint}), revision {revision}; every file matches the signed manifest and the scores recompute.</source>
        <translation>Signiert von {signer} ({fingerprint}), Fassung {revision}; jede Datei stimmt mit dem signierten Manifest überein und die Bewertung lässt sich nachrechnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1083"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1086"/>
        <source>✗ Not verified — {check} failed</source>
        <translation>✗ Nicht verifiziert — {check} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1087"/>
        <source>Nothing in this bundle is shown or trusted.</source>
        <translation>Nichts aus diesem Berichtspaket wird angezeigt oder als vertrauenswürdig behandelt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1095"/>
        <location filename="../../app/ui/supervisor.py" line="1123"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1098"/>
        <source>trusted: the key is enrolled, valid and not revoked</source>
        <translation>vertrauenswürdig: Der Schlüssel ist registriert, gültig und nicht widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1110"/>
        <location filename="../../app/ui/supervisor.py" line="1147"/>
        <source>revision {n}</source>
        <translation>Fassung {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1111"/>
        <source>pack {id} {version}</source>
        <translation>Fragebogen-Paket {id} {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1114"/>
        <source>ClusterBench {v}</source>
        <translation>ClusterBench {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1117"/>
        <source>was encrypted (age)</source>
        <translation>war verschlüsselt (age)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1127"/>
        <source>match: recomputed from the answers, they equal the bundle&apos;s scores</source>
        <translation>stimmt: Aus den Antworten nachgerechnet, entspricht sie der Bewertung im Berichtspaket</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1131"/>
        <source>do not match: {m}</source>
        <translation>stimmt nicht: {m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1146"/>
        <source>expert {name}</source>
        <translation>Expert:in {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1162"/>
        <source>The bundle carries no evidence files.</source>
        <translation>Das Berichtspaket enthält keine Nachweisdateien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1166"/>
        <source>report.pdf · {size} · SHA-256 {digest}</source>
        <translation>report.pdf · {size} · SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1172"/>
        <source>The bundle carries no report PDF.</source>
        <translation>Das Berichtspaket enthält kein Berichts-PDF.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1186"/>
        <source>Comment beside any question in Answers and comments, then approve or return the interview. The decision is signed with your key.</source>
        <translation>Kommentieren Sie unter „Antworten und Kommentare“ neben jeder beliebigen Frage, dann geben Sie das Interview frei oder zur Überarbeitung zurück. Die Entscheidung wird mit Ihrem Schlüssel signiert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1242"/>
        <source>No bundle open</source>
        <translation>Kein Berichtspaket geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1244"/>
        <source>Open a bundle (Ctrl+O) to check that it is complete, unchanged and signed by an enrolled expert. Add experts&apos; keys in Keys and trust first.</source>
        <translation>Öffnen Sie ein Berichtspaket (Strg+O), um zu prüfen, ob es vollständig, unverändert und von registrierten Expert:innen signiert ist. Fügen Sie deren Schlüssel zuerst unter „Schlüssel und Vertrauen“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1275"/>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1275"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1281"/>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1289"/>
        <source>Evidence: {names}</source>
        <translation>Nachweise: {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1313"/>
        <source>{n} comments on questions</source>
        <translation>{n} Kommentare zu Fragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1315"/>
        <source>1 comment on a question</source>
        <translation>1 Kommentar zu einer Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1330"/>
        <source>You need a signing key to sign decisions; create it first.</source>
        <translation>Zum Signieren von Entscheidungen brauchen Sie einen Signaturschlüssel; erstellen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1338"/>
        <source>Approve the interview.</source>
        <translation>Das Interview freigeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1340"/>
        <source>Return the interview with {n} comments.</source>
        <translation>Das Interview mit {n} Kommentaren zurückgeben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1345"/>
        <source>Type your passphrase to sign the decision.</source>
        <translation>Geben Sie Ihre Passphrase ein, um die Entscheidung zu signieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1357"/>
        <source>Save the signed decision</source>
        <translation>Die signierte Entscheidung speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1359"/>
        <source>Decision files (*.json)</source>
        <translation>Entscheidungsdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1366"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1366"/>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1369"/>
        <source>{outcome}. The signed decision is written to {path}; send it to the expert.</source>
        <translation>{outcome}. Die signierte Entscheidung ist in {path} geschrieben; senden Sie sie an die Expertin / den Experten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1381"/>
        <source>The decision could not be written: {e}</source>
        <translation>Die Entscheidung konnte nicht geschrieben werden: {e}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1388"/>
        <source>No decision was written: {m}</source>
        <translation>Es wurde keine Entscheidung geschrieben: {m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="1409"/>
        <source>Select an evidence file first.</source>
        <translation>Wählen Sie zuerst eine Nachweisdatei aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="811"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="817"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="815"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="818"/>
        <source>Answers and comments</source>
        <translation>Antworten und Kommentare</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="819"/>
        <source>Comment on this question</source>
        <translation>Diese Frage kommentieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="820"/>
        <source>Save report PDF…</source>
        <translation>Berichts-PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="821"/>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location filename="../../app/ui/supervisor.py" line="822"/>
        <source>Return to expert…</source>
        <translation>Zur Überarbeitung zurückgeben…</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Archive structure</source>
        <translation>Aufbau des Archivs</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Bag completeness and manifests</source>
        <translation>Vollständigkeit des Pakets und Manifeste</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Signer trusted</source>
        <translation>Signierende Person vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Not a practice bundle</source>
        <translation>Kein Übungspaket</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Content consistent</source>
        <translation>Inhalt stimmig</translation>
    </message>
    <message>
        <location filename="../../app/export/verify.py" line="64"/>
        <source>Newest revision</source>
        <translation>Neueste Fassung</translation>
    </message>
</context>
<context>
    <name>TrustedKeysModel</name>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="354"/>
        <source>Expert ID</source>
        <translation>Expert:innen-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="355"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="356"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="357"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="358"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="359"/>
        <source>Revoked at</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="360"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="484"/>
        <source>Invalid: {problem}</source>
        <translation>Ungültig: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="486"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="491"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/keys_dialog.py" line="494"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <location filename="../../app/ui/editors.py" line="402"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/editors.py" line="402"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>
