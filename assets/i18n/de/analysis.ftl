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

matrix-fix-first = Zuerst verbessern
matrix-keep-it-up = Weiter so
matrix-possible-overkill = Womöglich zu viel
matrix-low-priority = Geringe Priorität
matrix-importance-axis = Wichtigkeit
matrix-performance-axis = Leistung (Kundenzufriedenheit)
matrix-title = Prioritätenmatrix
matrix-not-rated = Nicht bewertet: { $titles }
