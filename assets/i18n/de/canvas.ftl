# journeymap — deutsche Texte der Karten-Arbeitsfläche.
# Jede Meldung hier muss es auch in ../en/canvas.ftl geben (ein Test prüft beide Richtungen).

## Vor dem Raum präsentieren
present-counter = { $current } / { $total }
present-hint = Leertaste oder Pfeil nach rechts: nächste Phase · Pfeil nach links: zurück · Esc: Präsentation beenden

## Titelband direkt bearbeiten
canvas-edit-title-hint = Eingabetaste übernimmt · Esc verwirft

# Ein Abschnitt im Band über den Phasenköpfen, wie Hilfstechnik ihn nennt.
canvas-phase = Abschnitt { $title }
# Der Titel eines neuen Abschnitts, bevor er eingetippt wird.
phase-new-title = Abschnitt { $number }

## Was der Raum beigetragen hat, auf dem Bild der Map (in der Sprache der Map)
# Die Kurve des Raums in der Legende einer Emotionszeile, mit der Zahl der Bewertenden.
room-curve-key = Der Raum ({ $count })
# Das Ende des Namens einer Karte für Hilfstechnik, wenn der Raum Punkte auf sie gesetzt hat.
room-card-dots = { $count ->
        [one] 1 Punkt
       *[other] { $count } Punkte
    }
