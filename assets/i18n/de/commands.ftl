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
    .keywords = neue Map, neue Karte, neue Journey, neu, anlegen, erstellen, Vorlage, leer
cmd-open = Öffnen…
    .keywords = Map öffnen, laden, Datei, aufmachen
cmd-import = Importieren…
    .keywords = importieren, Tabellenkalkulation, Excel, CSV, TSV, xlsx, ods, Tabelle, Mermaid, Markdown, einlesen
cmd-save = Speichern
    .keywords = Map speichern, sichern, ablegen
cmd-save-as = Speichern unter…
    .keywords = Kopie speichern, Datei umbenennen, speichern als
cmd-save-as-template = Als Vorlage speichern…
    .keywords = Vorlage, eigene Vorlagen, wiederverwenden, Struktur, Muster, Schablone, Workshop
menu-export = Exportieren
cmd-export-png = Bild exportieren (PNG)…
    .keywords = Bild, Grafik, Screenshot, png, herunterladen
cmd-export-slides = Folien exportieren (PNG)…
    .keywords = Folien, Präsentation, Beamer, png
cmd-export-deck = Foliensatz exportieren (PowerPoint)…
    .keywords = PowerPoint, pptx, Präsentation, Impress, Folien
cmd-export-svg = Vektorgrafik exportieren (SVG)…
    .keywords = Vektor, svg, Inkscape, Illustrator
cmd-export-pdf = PDF exportieren…
    .keywords = drucken, Druck, ausdrucken, pdf, Plakat, Poster, Papier, A4, A3
cmd-export-csv = Touchpoint-Tabelle exportieren (CSV)…
    .keywords = Tabelle, Excel, Tabellenkalkulation, csv, Liste
cmd-map-info = Map-Infos…
    .keywords = Titel, Ziel, Persona, Zielgruppe, Eigenschaften, Angaben
cmd-choose-photo = Foto auswählen…
    .keywords = Persona-Foto, Bild, Porträt
cmd-start-future-state = Soll-Zustand aus dieser Map beginnen
    .keywords = Zukunft, Sollzustand, Soll, Vision
cmd-start-competitor = Journey eines Wettbewerbers aus dieser Map beginnen
    .keywords = Konkurrenz, Mitbewerber, Wettbewerb, Vergleich
cmd-compare-with = Vergleichen mit…
    .keywords = vergleichen, Unterschied, nebeneinander
cmd-close-map = Map schließen
    .keywords = Tab schließen, Datei schließen
cmd-next-map = Nächste Map zeigen
    .keywords = nächster Tab, Map wechseln
cmd-previous-map = Vorige Map zeigen
    .keywords = voriger Tab, Map wechseln
cmd-quit = Beenden
    .keywords = beenden, verlassen, Programm schließen

## Bearbeiten
cmd-undo = Rückgängig
    .keywords = rückgängig, zurücknehmen, widerrufen, zurück, hoppla
cmd-undo-named = Rückgängig: { $what }
cmd-redo = Wiederholen
    .keywords = wiederherstellen, wiederholen, nochmal
cmd-redo-named = Wiederholen: { $what }
cmd-add-card = Karte hinzufügen
    .keywords = neue Karte, Notiz, Zettel, Karte einfügen
cmd-edit-card = Kartentext bearbeiten
    .keywords = schreiben, Text ändern, Karte umbenennen
cmd-cut = Ausschneiden
    .keywords = ausschneiden, Zwischenablage
cmd-copy = Kopieren
    .keywords = kopieren, Zwischenablage
cmd-copy-image = Map als Bild kopieren
    .keywords = Bild kopieren, Screenshot, Zwischenablage
cmd-paste = Einfügen
    .keywords = einfügen, Zwischenablage
cmd-duplicate = Duplizieren
    .keywords = verdoppeln, klonen, Karte kopieren
cmd-delete = Löschen
    .keywords = löschen, entfernen, Karte löschen, Papierkorb
cmd-select-all = Alle Karten auswählen
    .keywords = alles auswählen, alle markieren
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
    .keywords = Wert entfernen, unbewertet
cmd-next-persona = Nächste Persona bewerten
    .keywords = Persona wechseln

## Phasen
cmd-add-stage-before = Phase davor einfügen
    .keywords = neue Phase, neue Spalte, Spalte einfügen
cmd-add-stage-after = Phase danach einfügen
    .keywords = neue Phase, neue Spalte, Spalte einfügen
cmd-rename-stage = Phase umbenennen
    .keywords = Phasenname, Spaltenname
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
    .keywords = Phase entfernen, Spalte entfernen

## Zeilen
lane-add-below = Zeile darunter einfügen
cmd-add-lane-touchpoints = Zeile darunter einfügen: Touchpoints
    .keywords = neue Zeile, Zeile einfügen
cmd-add-lane-actions = Zeile darunter einfügen: Kundenaktionen
cmd-add-lane-thoughts = Zeile darunter einfügen: Gedanken
cmd-add-lane-pain-points = Zeile darunter einfügen: Pain Points
cmd-add-lane-opportunities = Zeile darunter einfügen: Chancen
cmd-add-lane-notes = Zeile darunter einfügen: Notizen
cmd-add-lane-emotions = Zeile darunter einfügen: Emotionen
cmd-add-lane-divider = Zeile darunter einfügen: Sichtbarkeitslinie
cmd-rename-lane = Zeile umbenennen
    .keywords = Zeilenname
cmd-move-lane-up = Zeile nach oben
cmd-move-lane-down = Zeile nach unten
cmd-fold-lane = Zeile einklappen
    .keywords = einklappen, Zeile verbergen, minimieren
cmd-unfold-lane = Zeile ausklappen
cmd-reset-lane-height = Zeilenhöhe an Inhalt anpassen
cmd-delete-lane = Zeile mit ihren Karten löschen
    .keywords = Zeile entfernen

## Ansicht
cmd-toggle-palette = Touchpoint-Palette
    .keywords = Touchpoints, Kanäle, Seitenleiste, links, zeigen, ausblenden
cmd-toggle-inspector = Inspektor
    .keywords = Eigenschaften, Details, rechts, zeigen, ausblenden
cmd-toggle-analysis = Analyse-Bereich
    .keywords = Auswertung, Statistik, Diagramme, Matrix, Facetten
cmd-zoom-in = Vergrößern
    .keywords = vergrößern, größer, heranzoomen
cmd-zoom-out = Verkleinern
    .keywords = verkleinern, kleiner, herauszoomen
cmd-zoom-fit = Ganze Map zeigen
    .keywords = ganze Map, Übersicht, einpassen
cmd-zoom-reset = Originalgröße (100 %)
    .keywords = Originalgröße, 100, tatsächliche Größe
cmd-present = Vor der Gruppe präsentieren
    .keywords = Präsentation, Vollbild, Beamer, Projektor, vorführen
cmd-next-stage = Nächste Phase
cmd-previous-stage = Vorige Phase
cmd-scroll-down = Mehr von der Phase weiter unten zeigen
cmd-scroll-up = Mehr von der Phase weiter oben zeigen
cmd-end-presentation = Präsentation beenden
    .keywords = Vollbild beenden, Präsentation beenden
cmd-command-palette = Befehl suchen…

## Befehlssuche
palette-commands-hint = Was möchten Sie tun? Tippen Sie los…
palette-commands-field = Befehl

## Tasten, wie eine deutsche Tastatur sie beschriftet
key-ctrl = Strg
key-shift = Umschalt
key-alt = Alt
key-delete = Entf
key-insert = Einfg
key-backspace = Rücktaste
key-enter = Eingabe
key-escape = Esc
key-space = Leertaste
key-tab = Tab
key-page-up = Bild auf
key-page-down = Bild ab
key-home = Pos1
key-end = Ende
key-left = Pfeil links
key-right = Pfeil rechts
key-up = Pfeil hoch
key-down = Pfeil runter

## Warum ein Befehl gerade nicht geht (die Befehlssuche zeigt ihn damit ausgegraut)
reason-no-map = Öffnen oder beginnen Sie zuerst eine Map.
reason-presenting = Nicht während der Präsentation; Esc beendet sie.
reason-one-map = Nur eine Map ist geöffnet.
reason-nothing-to-undo = Noch gibt es nichts rückgängig zu machen.
reason-nothing-to-redo = Nichts wurde rückgängig gemacht.
reason-no-lane-for-cards = Die Map braucht eine Phase und eine aufgeklappte Zeile für Karten.
reason-no-selection = Wählen Sie zuerst eine Karte aus.
reason-cannot-move = Die ausgewählten Karten können nicht in diese Richtung.
reason-nothing-to-delete = Wählen Sie zuerst Karten, einen Pfeil oder einen Emotionspunkt aus.
reason-no-cards = Die Map hat noch keine Karten.
reason-no-emotion-lane = Die Map hat keine aufgeklappte Emotionszeile.
reason-no-score = Diese Phase hat keinen Emotionswert.
reason-one-persona = Die Map hat nur eine Persona.
reason-no-stage = Wählen Sie zuerst eine Karte oder eine Phase aus.
reason-first-stage = Das ist schon die erste Phase.
reason-last-stage = Das ist schon die letzte Phase.
reason-standard-width = Die Phase hat schon die Standardbreite.
reason-no-lane = Wählen Sie zuerst eine Karte oder eine Zeile aus.
reason-top-lane = Das ist schon die oberste Zeile.
reason-bottom-lane = Das ist schon die unterste Zeile.
reason-fitted-lane = Die Zeile passt schon zu ihrem Inhalt.
reason-divider = Eine Linie des Blueprints lässt sich nicht einklappen.
reason-not-presenting = Nur während der Präsentation (F5).
reason-not-now = Gerade nicht möglich.

palette-commands-nothing = Nichts gefunden für { QUOTE($query) }.
palette-commands-nearest = Meinten Sie:
