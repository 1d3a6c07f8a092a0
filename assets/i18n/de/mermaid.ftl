# journeymap — deutsche Texte zum Import und Export von Mermaid.
# Jede Nachricht hier muss es auch in ../en/mermaid.ftl geben (ein Test prüft beide Richtungen).
#
# Die Probleme (mermaid-* ohne -at-/-note-) sind Satzteile: Sie beginnen klein und enden ohne
# Punkt, damit sie nach „Zeile 3:“ passen. Hinweise sind ganze Sätze.

## Wo
mermaid-at-line = Zeile { $line }: { $problem }.
mermaid-at-column = Zeile { $line }, Spalte { $column }: { $problem }.

## Was nicht stimmt
mermaid-binary = das ist keine Textdatei; wählen Sie die .mmd- oder .md-Datei mit der Journey
mermaid-not-utf8 = die Datei ist nicht als UTF-8-Text gespeichert; speichern Sie sie in Ihrem Editor als UTF-8 und importieren Sie sie erneut
mermaid-empty = die Datei enthält kein Diagramm; eine Mermaid-Journey beginnt mit der Zeile „journey“
mermaid-not-journey = das ist ein Mermaid-Diagramm vom Typ { QUOTE($found) }, keine Journey; importieren lassen sich nur Diagramme, die mit „journey“ beginnen
mermaid-no-journey-block = die Markdown-Datei enthält keine Mermaid-Journey; importiert werden Blöcke, die mit ```mermaid beginnen und deren erste Zeile „journey“ ist
mermaid-journey-again = Mermaid liest „journey“ hier als Beginn eines neuen Diagramms; eine Aufgabe oder ein Abschnitt darf nicht mit diesem Wort beginnen (schreiben Sie dafür #106;ourney)
mermaid-task-without-score = die Aufgabe { QUOTE($task) } hat keine Bewertung; Mermaid erwartet nach dem Namen der Aufgabe einen Doppelpunkt und eine Bewertung von 1 bis 5, etwa „Bezahlen: 3“
mermaid-lone-colon = nach dem Doppelpunkt fehlt die Bewertung; Mermaid erwartet dort eine Zahl von 1 bis 5
mermaid-colon-in-section = ein Abschnittsname endet am Doppelpunkt, deshalb findet Mermaid hier eine Bewertung ohne Aufgabe; schreiben Sie #58; für einen Doppelpunkt im Abschnittsnamen
mermaid-score-without-task = eine Bewertung ohne Aufgabe davor; Mermaid erwartet „Aufgabe: 3“, und eine Zeile, die mit „title“ oder „section“ beginnt, ist eine Überschrift, keine Aufgabe
mermaid-invalid-char = Mermaid erlaubt { QUOTE($char) } an dieser Stelle nicht; schreiben Sie #59; für ein Semikolon im Text
mermaid-unclosed = die Beschreibung nach „accDescr“ öffnet eine geschweifte Klammer, die nie geschlossen wird; Mermaid würde also den Rest der Datei als Beschreibung lesen
mermaid-score-missing = die Aufgabe hat keine Bewertung; Mermaid erwartet nach dem Doppelpunkt eine Zahl von 1 bis 5
mermaid-score-not-number = { QUOTE($score) } ist keine Bewertung; Mermaid erwartet eine ganze Zahl von 1 bis 5
mermaid-score-not-whole = die Bewertung { $score } ist keine ganze Zahl; journeymap nimmt Bewertungen von 1 bis 5 ohne Nachkommastellen
mermaid-score-out-of-range = die Bewertung { $score } liegt nicht zwischen 1 und 5; geben Sie jeder Aufgabe eine Bewertung von 1 (sehr schlecht) bis 5 (sehr gut)
mermaid-no-tasks = die Journey hat keine Aufgaben, es gibt also nichts, was auf eine Map käme
mermaid-too-many-stages = die Journey hat { $count } Aufgaben, mehr als die { $max } Phasen, die eine Map haben kann; teilen Sie sie in mehrere Journeys auf
mermaid-too-long = dieser Text ist länger als die { $max } Zeichen, die ein Text auf einer Map haben kann
mermaid-invalid = aus der Journey wird keine gültige Map: { $reason }

## Hinweise
mermaid-note-skipped-block = Der Mermaid-Block in Zeile { $line } ist ein Diagramm vom Typ { QUOTE($kind) }, keine Journey, und wurde übersprungen.
mermaid-note-extra-actors = Eine Map zeigt höchstens { $max } Personas, deshalb wurden die Bewertungen { $count ->
    [one] von { $names }
   *[other] von { $count } weiteren Beteiligten ({ $names })
} weggelassen.
mermaid-note-after-second-colon = Zeile { $line }: Mermaid übergeht { QUOTE($text) } nach dem zweiten Doppelpunkt, journeymap ebenso.
mermaid-note-hash-comment = Zeile { $line }: Mermaid liest „#“ als Beginn eines Kommentars, der Rest der Zeile wurde deshalb weggelassen; schreiben Sie #35; für ein „#“ im Text.
mermaid-note-empty-sections = { $count ->
    [one] Der Abschnitt in Zeile { $line } hat keine Aufgaben und wurde weggelassen.
   *[other] { $count } Abschnitte haben keine Aufgaben und wurden weggelassen (der erste in Zeile { $line }).
}
mermaid-note-no-emotion-lane = Diese Art von Map hat keine Emotionszeile, deshalb wurden die Bewertungen weggelassen.
mermaid-customer = Kunde
mermaid-persona = Persona { $number }
