# Der Raum: Notizen der Teilnehmenden von ihren Handys, und die Seite der Moderation.

room-panel-title = Raum
room-inbox-title = Wartende Notizen
room-inbox-empty = Keine Notizen warten.
room-inbox-count = { $count ->
    [one] 1 Notiz wartet
   *[other] { $count } Notizen warten
}
room-anonymous = Anonym { $number }
room-place-gone = Ort gelöscht
room-note-select = Notiz { $number } auswählen
room-note-text = Text von Notiz { $number }
room-note-stage = Phase von Notiz { $number }
room-note-lane = Zeile von Notiz { $number }
room-accept = Übernehmen
room-accept-note = Notiz { $number } übernehmen
room-reject = Ablehnen
room-reject-note = Notiz { $number } ablehnen
room-edit = Bearbeiten
room-edit-note = Notiz { $number } bearbeiten
room-merge = Zu einer Karte zusammenführen
room-accept-all = Alle übernehmen
room-direct = Direkt auf die Map
room-direct-hint = Eingehende Notizen werden sofort zu Karten, in der Zelle, für die sie geschrieben wurden.
room-port = Port
room-code-label = Code
room-code = Raumcode { $code }
room-people = { $count ->
    [one] 1 Person im Raum
   *[other] { $count } Personen im Raum
}
room-plain-http = Der Raum nutzt einfaches HTTP im lokalen Netz: Nichts verlässt es, aber bitte keine Geheimnisse eintippen.
room-firewall = Windows fragt beim ersten Mal, ob journeymap in privaten Netzwerken erreichbar sein darf: Bitte zulassen.
room-mode-collect = Sammeln
room-mode-vote = Abstimmen
room-mode-feel = Stimmung
room-note-lanes = Zeilen für Notizen
room-note-stages = Phasen für Notizen
room-vote-lanes = Zeilen zum Abstimmen
room-dots = Punkte pro Person
room-clear-dots = Stimmen löschen
room-clear-feelings = Bewertungen löschen
room-clear-sure = Das lässt sich nicht rückgängig machen. Löschen?
room-keep = Behalten
room-port-in-use = Port { $port } wird von einem anderen Programm genutzt. Wählen Sie einen anderen Port, etwa { $other }, und öffnen Sie den Raum erneut.
room-open-failed = Der Raum konnte nicht geöffnet werden: { $error }
room-join-slide = Zum Mitmachen scannen

## Befehle
cmd-open-room = Raum öffnen…
    .keywords = Raum, Workshop, Handys, Smartphones, Teilnehmende, QR, QR-Code, beitreten, Notizen sammeln, abstimmen, Punkte kleben, room, phones, participants
cmd-close-room = Raum schließen
    .keywords = Raum, Workshop, Handys, Teilnehmende, beenden, room, phones, participants
cmd-toggle-room = Raum-Bereich
    .keywords = Raum, Eingang, wartende Notizen, Workshop, Handys, Teilnehmende, room, inbox, notes
reason-room-open = Der Raum ist schon offen.
reason-room-closed = Der Raum ist nicht offen.
reason-no-room = Diese Ausgabe von journeymap hat keinen Raum.
room-inbox-more = …und { $count } ältere, die erscheinen, sobald über diese entschieden ist.
