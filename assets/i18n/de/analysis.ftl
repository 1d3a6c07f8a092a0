# Begriffe des Touchpoint-Managements, die Maps und ihre Exporte zeigen: die Bewertungen, die
# Belegstufen, die Kundenfragen der Methode. In der Sprache der Map.

rating-importance = Wichtigkeit
rating-performance = Leistung
evidence-assumption = Annahme
evidence-partly-backed = Teilweise belegt
evidence-backed = Durch Forschung belegt
legend-evidence = Belegstufe

question-first-heard = Wie haben Sie zum ersten Mal von uns gehört?
question-found-us = Wie haben Sie uns gefunden: über eine Suche, eine Anzeige, eine Empfehlung?
question-goal = Was möchten Sie erreichen?
question-website = Was gefällt Ihnen an unserer Website, und was sollte besser werden?
question-bought = Was haben Sie bei uns gekauft, und wie war es?
question-why-bought = Was hat Sie zum Kauf bewogen?
question-did-not-buy = Haben Sie sich schon einmal gegen einen Kauf entschieden, und warum?
question-website-ease = Wie leicht finden Sie sich auf unserer Website zurecht, auf einer Skala von 1 bis 10?
question-help-to-buy = Wie könnten wir Ihnen den Kauf erleichtern?

derived-future-state-title = { $title } – Soll-Zustand
derived-competitor-title = { $title } – Wettbewerber

# Spaltenköpfe des CSV-Exports der Touchpoints einer Map.
csv-stage = Phase
csv-lane = Zeile
csv-title = Titel
csv-channel = Kanal
csv-setting = Online/offline
csv-media = Medien
csv-phase = Kaufphase
csv-importance = Wichtigkeit
csv-performance = Leistung
csv-evidence = Beleglage
csv-owner = Verantwortlich
csv-strengths = Stärken
csv-weaknesses = Schwächen
csv-quotes = Kundenzitate
csv-notes = Notizen
csv-dots = Punkte

matrix-fix-first = Zuerst verbessern
matrix-keep-it-up = Weiter so
matrix-possible-overkill = Womöglich zu viel
matrix-low-priority = Geringe Priorität
matrix-importance-axis = Wichtigkeit
matrix-performance-axis = Leistung (Kundenzufriedenheit)
matrix-title = Prioritätenmatrix
matrix-not-rated = Nicht bewertet: { $titles }

# Zwei Maps vergleichen (das Vergleichsbild, in der Sprache der ersten Map).
compare-summary = { $added } hinzugekommen, { $removed } entfallen, { $changed } { $changed ->
        [one] geänderter Touchpoint
       *[other] geänderte Touchpoints
    }; Emotion unterschiedlich in { $stages } { $stages ->
        [one] Phase
       *[other] Phasen
    }
compare-side-a = Map A · vorher / wir
compare-side-b = Map B · nachher / Wettbewerb
compare-legend-removed = Entfallen: nur in Map A
compare-legend-added = Hinzugekommen: nur in Map B
compare-legend-changed = Geändert: in beiden, verschieden
compare-mark-removed = entfallen
compare-mark-added = neu
compare-change-title = Titel
compare-change-stage = Phase
compare-change-channel = Kanal
compare-change-setting = online/offline
compare-change-ownership = Medium
compare-change-phase = Kaufphase
compare-change-importance = Wichtigkeit
compare-change-performance = Leistung
compare-change-evidence = Beleglage
compare-change-metrics = Kennzahlen
compare-more-changes = +{ $count }
compare-emotion-title = Emotionskurven im Vergleich
compare-emotion-only-a = nur in Map A
compare-emotion-only-b = nur in Map B
compare-emotion-none = Noch hat keine der beiden Maps Emotionswerte.
compare-scaled-note = Beide Maps sind auf { $percent } % verkleinert, damit das Bild passt.
deck-notes-stage = Phase { $number }
deck-notes-none = Keine Pain Points oder Chancen notiert.
deck-notes-nothing-to-fix = Kein bewerteter Touchpoint ist zugleich wichtig und schwach.

# Die CSV-Spalte des Abschnitts (Gruppe von Phasen), in dem die Phase eines Touchpoints liegt.
csv-group = Abschnitt
