# Mehrere Personas auf einer Karte: Namen, die Legende in der Emotionszeile, das Fenster Karten-Infos.
persona-number = Persona { $number }
persona-heading = Persona
persona-others = Außerdem auf dieser Karte
persona-key-entry = Kurve von { $name }
persona-key-hint = Klicken, um die Kurve dieser Persona in der Emotionszeile zu bewerten
persona-scoring = Bewertet wird: { $name }
persona-tabs = Personas
persona-add = Persona hinzufügen
persona-remove = Diese Persona entfernen
persona-limit = Eine Karte zeigt höchstens { $max } Personas: mehr Kurven in einer Zeile sind nicht mehr zu unterscheiden.
persona-curve-hint = Die Emotionszeile bewertet die hier gewählte Persona; jede Persona hat eine Kurve in eigener Farbe.
persona-photo-first-only = Die Karte zeigt nur das Foto der ersten Persona.
edit-add-persona = Persona hinzufügen
edit-set-persona = Persona bearbeiten
edit-remove-persona = Persona entfernen
