# Several personas on one map: names, the key in the emotion lane, the map info window.
persona-number = Persona { $number }
persona-heading = Persona
persona-others = Also on this map
persona-key-entry = Curve of { $name }
persona-key-hint = Click to score this persona's curve in the emotion lane
persona-scoring = Scoring: { $name }
persona-tabs = Personas
persona-add = Add persona
persona-remove = Remove this persona
persona-limit = A map shows at most { $max } personas: more curves in one lane cannot be told apart.
persona-curve-hint = The emotion lane scores the persona chosen here; each persona has a curve of its own colour.
persona-photo-first-only = The map shows the photo of the first persona only.
edit-add-persona = Add persona
edit-set-persona = Edit persona
edit-remove-persona = Remove persona

## The room's curve kept as a persona (in the map's language)
room-persona-name = The room
room-persona-role = Workshop, { $date }
# A day as the kept persona's role names it: "7 Dec 2026".
date-short = { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }
