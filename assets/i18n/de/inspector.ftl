# Der Abschnitt des Inspektors über das, was das Team über einen Touchpoint weiß. Jede Meldung
# hier muss es auch in ../en/inspector.ftl geben (ein Test prüft beide Richtungen).

inspector-knowledge = Was wir wissen

## Bewertungen: 1 (am wenigsten) bis 5 (am meisten)
inspector-importance = Wichtigkeit
inspector-importance-about = Wie wichtig dieser Touchpoint für die Journey ist, von 1 = kaum wichtig bis 5 = entscheidend.
inspector-importance-level = { $value ->
    [1] 1 · kaum wichtig
    [2] 2 · wenig wichtig
    [3] 3 · wichtig
    [4] 4 · sehr wichtig
   *[5] 5 · entscheidend
}
inspector-importance-value = Wichtigkeit { $value }
inspector-importance-none = Wichtigkeit nicht bewertet
inspector-performance = Leistung / Kundenzufriedenheit
inspector-performance-about = Wie gut dieser Touchpoint heute aus Sicht der Kundschaft funktioniert, von 1 = funktioniert schlecht bis 5 = funktioniert sehr gut.
inspector-performance-level = { $value ->
    [1] 1 · funktioniert schlecht
    [2] 2 · funktioniert eher schlecht
    [3] 3 · funktioniert mittelmäßig
    [4] 4 · funktioniert gut
   *[5] 5 · funktioniert sehr gut
}
inspector-performance-value = Leistung { $value }
inspector-performance-none = Leistung nicht bewertet
inspector-not-rated = Nicht bewertet

## Wie gut es belegt ist
inspector-evidence = Belegstufe
inspector-evidence-about = Wie gut ist belegt, was die Map über diesen Touchpoint sagt? Die Karte zeigt die Antwort als Punkt oben rechts.
inspector-evidence-none = Nicht angegeben
inspector-evidence-none-about = Noch hat niemand gesagt, wie gut das belegt ist. Die Karte zeigt keinen Punkt.
inspector-evidence-assumption-about = Das Team nimmt es an; geprüft hat es noch niemand.
inspector-evidence-partly-backed-about = Einige Zahlen oder ein paar Gespräche mit Kundinnen und Kunden stützen es.
inspector-evidence-backed-about = Forschung belegt es: Messungen, eine Umfrage oder genügend Interviews.

## Gemessene Zahlen
inspector-metrics = Kennzahlen
inspector-metrics-about = Zahlen, die an diesem Touchpoint gemessen wurden: Besuche, Konversionsrate, Durchschnittsbewertung, Kosten je Kontakt … Geben Sie derselben Zahl auf jeder Karte denselben Namen, damit die Map sie vergleichen kann.
inspector-metric-add = Kennzahl hinzufügen
inspector-metric-name = Name von Kennzahl { $number }
inspector-metric-name-hint = Name
inspector-metric-suggestions = Namen von anderen Karten, für Kennzahl { $number }
inspector-metric-suggestions-about = Schon auf anderen Karten verwendet:
inspector-metric-value = Wert von Kennzahl { $number }
inspector-metric-value-hint = Wert
inspector-metric-unit = Einheit von Kennzahl { $number }
inspector-metric-unit-hint = Einheit
inspector-metric-remove = Kennzahl { $number } entfernen
inspector-metric-empty = Geben Sie eine Zahl ein, z. B. 12,5 oder 1.234,5.
inspector-metric-not-a-number = { QUOTE($text) } ist keine Zahl, deshalb behält die Map den bisherigen Wert. Geben Sie eine Zahl ein, z. B. 12,5 oder 1.234,5.

## Wer sich kümmert, und wie es läuft
inspector-owner = Verantwortlich
inspector-owner-hint = Team oder Abteilung
inspector-strengths = Stärken
inspector-weaknesses = Schwächen

## Was Kundinnen und Kunden sagten
inspector-quotes = Zitate von Kunden
inspector-quotes-about = Was Kundinnen und Kunden über diesen Touchpoint gesagt haben, im Wortlaut.
inspector-quote = Zitat { $number }
inspector-quote-hint = Was die Kundin oder der Kunde sagte
inspector-quote-remove = Zitat { $number } entfernen
inspector-quote-add = Zitat hinzufügen
inspector-phase-from-stage = Von der Phase übernommen ({ $phase })
inspector-phase-from-channel = Üblich für den Kanal (die Phase liegt außerhalb des Kaufs)
inspector-phase-by-hand = Von Hand gesetzt
inspector-phase-follow-stage = Der Phase folgen
inspector-phase-follow-stage-about = Die Kaufphase wieder der Phase überlassen: Der Touchpoint wechselt dann mit ihr die Kaufphase, auch wenn er in eine andere Phase verschoben wird.
