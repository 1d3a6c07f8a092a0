# journeymap — die Befehle des Editors, wie Menüs, Kontextmenüs und die Befehlssuche sie nennen.
# Jede Nachricht hier muss es auch in ../en/commands.ftl geben.

## Menüs
menu-file = Datei
menu-edit = Bearbeiten
menu-map = Map
menu-view = Ansicht
menu-language = Sprache
menu-open-recent = Zuletzt geöffnet
menu-stage = Phase
menu-lane = Zeile
menu-emotion = Emotionswert
lang-en = English
lang-de = Deutsch

## Datei
cmd-new = Neue Map…
cmd-open = Öffnen…
cmd-save = Speichern
cmd-save-as = Speichern unter…
menu-export = Exportieren
cmd-export-png = Bild exportieren (PNG)…
cmd-export-slides = Folien exportieren (PNG)…
cmd-export-deck = Foliensatz exportieren (PowerPoint)…
cmd-export-svg = Vektorgrafik exportieren (SVG)…
cmd-export-pdf = PDF exportieren…
cmd-export-csv = Touchpoint-Tabelle exportieren (CSV)…
cmd-map-info = Map-Infos…
cmd-choose-photo = Foto auswählen…
cmd-start-future-state = Soll-Zustand aus dieser Map beginnen
cmd-start-competitor = Journey eines Wettbewerbers aus dieser Map beginnen
cmd-compare-with = Vergleichen mit…
cmd-close-map = Map schließen
cmd-next-map = Nächste Map zeigen
cmd-previous-map = Vorige Map zeigen
cmd-quit = Beenden

## Bearbeiten
cmd-undo = Rückgängig
cmd-undo-named = Rückgängig: { $what }
cmd-redo = Wiederholen
cmd-redo-named = Wiederholen: { $what }
cmd-add-card = Karte hinzufügen
cmd-edit-card = Kartentext bearbeiten
cmd-cut = Ausschneiden
cmd-copy = Kopieren
cmd-copy-image = Map als Bild kopieren
cmd-paste = Einfügen
cmd-duplicate = Duplizieren
cmd-delete = Löschen
cmd-select-all = Alle Karten auswählen
cmd-select-left = Karte links auswählen
cmd-select-right = Karte rechts auswählen
cmd-select-up = Karte darüber auswählen
cmd-select-down = Karte darunter auswählen
cmd-move-cards-left = Karten in die vorige Phase verschieben
cmd-move-cards-right = Karten in die nächste Phase verschieben
cmd-move-cards-up = Karten nach oben verschieben
cmd-move-cards-down = Karten nach unten verschieben

## Emotionswerte
cmd-score-plus-2 = Emotion: sehr positiv (+2)
cmd-score-plus-1 = Emotion: positiv (+1)
cmd-score-0 = Emotion: neutral (0)
cmd-score-minus-1 = Emotion: negativ (−1)
cmd-score-minus-2 = Emotion: sehr negativ (−2)
score-plus-2 = Sehr positiv (+2)
score-plus-1 = Positiv (+1)
score-0 = Neutral (0)
score-minus-1 = Negativ (−1)
score-minus-2 = Sehr negativ (−2)
cmd-clear-score = Emotionswert entfernen
cmd-next-persona = Nächste Persona bewerten

## Phasen
cmd-add-stage-before = Phase davor einfügen
cmd-add-stage-after = Phase danach einfügen
cmd-rename-stage = Phase umbenennen
cmd-move-stage-left = Phase nach links
cmd-move-stage-right = Phase nach rechts
cmd-reset-stage-width = Standardbreite der Phase
stage-phase-menu = Kaufphase
stage-phase-none = Keine Kaufphase
cmd-stage-phase-pre-purchase = Kaufphase der Phase: vor dem Kauf
cmd-stage-phase-purchase = Kaufphase der Phase: Kauf
cmd-stage-phase-post-purchase = Kaufphase der Phase: nach dem Kauf
cmd-stage-phase-none = Kaufphase der Phase: keine
cmd-delete-stage = Phase mit ihren Karten löschen

## Zeilen
lane-add-below = Zeile darunter einfügen
cmd-add-lane-touchpoints = Zeile darunter einfügen: Touchpoints
cmd-add-lane-actions = Zeile darunter einfügen: Kundenaktionen
cmd-add-lane-thoughts = Zeile darunter einfügen: Gedanken
cmd-add-lane-pain-points = Zeile darunter einfügen: Pain Points
cmd-add-lane-opportunities = Zeile darunter einfügen: Chancen
cmd-add-lane-notes = Zeile darunter einfügen: Notizen
cmd-add-lane-emotions = Zeile darunter einfügen: Emotionen
cmd-add-lane-divider = Zeile darunter einfügen: Sichtbarkeitslinie
cmd-rename-lane = Zeile umbenennen
cmd-move-lane-up = Zeile nach oben
cmd-move-lane-down = Zeile nach unten
cmd-fold-lane = Zeile einklappen
cmd-unfold-lane = Zeile ausklappen
cmd-reset-lane-height = Zeilenhöhe an Inhalt anpassen
cmd-delete-lane = Zeile mit ihren Karten löschen

## Ansicht
cmd-toggle-palette = Touchpoint-Palette
cmd-toggle-inspector = Inspektor
cmd-toggle-analysis = Analyse-Bereich
cmd-zoom-in = Vergrößern
cmd-zoom-out = Verkleinern
cmd-zoom-fit = Ganze Map zeigen
cmd-zoom-reset = Originalgröße (100 %)
cmd-present = Vor der Gruppe präsentieren
cmd-next-stage = Nächste Phase
cmd-previous-stage = Vorige Phase
cmd-scroll-down = Mehr von der Phase weiter unten zeigen
cmd-scroll-up = Mehr von der Phase weiter oben zeigen
cmd-end-presentation = Präsentation beenden
cmd-command-palette = Befehl suchen…

## Befehlssuche
palette-commands-hint = Was möchten Sie tun? Tippen Sie los…
palette-commands-field = Befehl
palette-commands-none = Kein Befehl passt.
