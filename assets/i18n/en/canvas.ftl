# journeymap — English texts of the map canvas.
# Every message here must also exist in ../de/canvas.ftl (a test checks both ways).

## Presenting to the room
present-counter = { $current } / { $total }
present-hint = Space or Right arrow: next stage · Left arrow: back · Esc: end the presentation

## The title band, edited in place
canvas-edit-title-hint = Enter keeps · Esc cancels
