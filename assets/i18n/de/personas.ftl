# Mehrere Personas auf einer Map: Namen, die Legende in der Emotionszeile, das Fenster Map-Infos.
persona-number = Persona { $number }
persona-heading = Persona
persona-others = Außerdem auf dieser Map
persona-key-entry = Kurve von { $name }
persona-key-hint = Klicken, um die Kurve dieser Persona in der Emotionszeile zu bewerten
persona-scoring = Bewertet wird: { $name }
persona-tabs = Personas
persona-add = Persona hinzufügen
persona-remove = Diese Persona entfernen
persona-limit = Eine Map zeigt höchstens { $max } Personas: mehr Kurven in einer Zeile sind nicht mehr zu unterscheiden.
persona-curve-hint = Die Emotionszeile bewertet die hier gewählte Persona; jede Persona hat eine Kurve in eigener Farbe.
persona-photo-first-only = Die Map zeigt nur das Foto der ersten Persona.
edit-add-persona = Persona hinzufügen
edit-set-persona = Persona bearbeiten
edit-remove-persona = Persona entfernen

## Die Kurve des Raums als Persona behalten (in der Sprache der Map)
room-persona-name = Der Raum
room-persona-role = Workshop, { $date }
# Ein Tag, wie ihn die Rolle der behaltenen Persona nennt: „7. Dez. 2026“.
date-short = { $day }. { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    } { $year }
