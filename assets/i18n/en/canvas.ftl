# journeymap — English texts of the map canvas.
# Every message here must also exist in ../de/canvas.ftl (a test checks both ways).

## Presenting to the room
present-counter = { $current } / { $total }
present-hint = Space or Right arrow: next stage · Left arrow: back · Esc: end the presentation

## The title band, edited in place
canvas-edit-title-hint = Enter keeps · Esc cancels

# A phase's segment of the band above the stage headers, as assistive technology names it.
canvas-phase = Phase { $title }
# The title a new phase gets before it is typed.
phase-new-title = Phase { $number }

## What the room produced, on the map picture (in the map's language)
# The room's curve in an emotion lane's key, with how many people scored the stages.
room-curve-key = The room ({ $count })
# The end of a card's accessible name when the room put dots on it.
room-card-dots = { $count ->
        [one] 1 dot
       *[other] { $count } dots
    }
