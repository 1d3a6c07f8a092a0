# journeymap — deutsche Texte.
# Jede Nachricht hier muss es auch in en.ftl geben (ein Test prüft beide Richtungen).

## Die vier Arten von Maps
kind-current-state = Ist-Zustand
kind-day-in-the-life = Ein Tag im Leben
kind-future-state = Soll-Zustand
kind-service-blueprint = Service Blueprint

## Touchpoint-Facetten
setting-online = Online
setting-offline = Offline
ownership-owned = Eigen
ownership-paid = Bezahlt
ownership-earned = Verdient
ownership-shared = Geteilt
ownership-managed = Betreut
phase-pre-purchase = Vor dem Kauf
phase-purchase = Kauf
phase-post-purchase = Nach dem Kauf

## Der Titelbereich einer Map
map-goal = Ziel
persona-goals = Ziele
persona-needs = Bedürfnisse
persona-frustrations = Frustrationen
legend-touchpoint-media = Touchpoint-Medien

## Namen von Änderungen, für „Rückgängig: …“ und „Wiederholen: …“
edit-add-cards = Karten hinzufügen
edit-move-cards = Karten verschieben
edit-update-card = Karte bearbeiten
edit-delete-cards = Karten löschen
edit-add-stage = Phase hinzufügen
edit-rename-stage = Phase umbenennen
edit-move-stage = Phase verschieben
edit-delete-stage = Phase löschen
edit-add-lane = Zeile hinzufügen
edit-rename-lane = Zeile umbenennen
edit-move-lane = Zeile verschieben
edit-delete-lane = Zeile löschen
edit-set-emotion = Emotion ändern
edit-connect = Karten verbinden
edit-disconnect = Verbindung entfernen
edit-set-info = Map-Infos bearbeiten
edit-change = Änderung
