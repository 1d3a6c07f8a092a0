# journeymap — the editor's commands, as the menus, the context menus and the command palette
# name them. Every message here must also exist in ../de/commands.ftl.

## Menus
menu-file = File
menu-edit = Edit
menu-map = Map
menu-view = View
menu-language = Language
menu-open-recent = Open recent
menu-stage = Stage
menu-lane = Lane
menu-emotion = Emotion score
lang-en = English
lang-de = Deutsch

## File
cmd-new = New map…
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save as…
menu-export = Export
cmd-export-png = Export picture (PNG)…
cmd-export-slides = Export slides (PNG)…
cmd-export-deck = Export slide deck (PowerPoint)…
cmd-export-svg = Export vector picture (SVG)…
cmd-export-pdf = Export PDF…
cmd-export-csv = Export touchpoint table (CSV)…
cmd-map-info = Map info…
cmd-choose-photo = Choose photo…
cmd-start-future-state = Start a future state from this map
cmd-start-competitor = Start a competitor's journey from this map
cmd-compare-with = Compare with…
cmd-close-map = Close map
cmd-next-map = Show next map
cmd-previous-map = Show previous map
cmd-quit = Quit

## Edit
cmd-undo = Undo
cmd-undo-named = Undo { $what }
cmd-redo = Redo
cmd-redo-named = Redo { $what }
cmd-add-card = Add card
cmd-edit-card = Edit card text
cmd-cut = Cut
cmd-copy = Copy
cmd-copy-image = Copy map as image
cmd-paste = Paste
cmd-duplicate = Duplicate
cmd-delete = Delete
cmd-select-all = Select all cards
cmd-select-left = Select the card to the left
cmd-select-right = Select the card to the right
cmd-select-up = Select the card above
cmd-select-down = Select the card below
cmd-move-cards-left = Move cards to the previous stage
cmd-move-cards-right = Move cards to the next stage
cmd-move-cards-up = Move cards up
cmd-move-cards-down = Move cards down

## Emotion scores
cmd-score-plus-2 = Emotion: very positive (+2)
cmd-score-plus-1 = Emotion: positive (+1)
cmd-score-0 = Emotion: neutral (0)
cmd-score-minus-1 = Emotion: negative (−1)
cmd-score-minus-2 = Emotion: very negative (−2)
score-plus-2 = Very positive (+2)
score-plus-1 = Positive (+1)
score-0 = Neutral (0)
score-minus-1 = Negative (−1)
score-minus-2 = Very negative (−2)
cmd-clear-score = Clear emotion score
cmd-next-persona = Score the next persona

## Stages
cmd-add-stage-before = Add stage before
cmd-add-stage-after = Add stage after
cmd-rename-stage = Rename stage
cmd-move-stage-left = Move stage left
cmd-move-stage-right = Move stage right
cmd-reset-stage-width = Standard stage width
stage-phase-menu = Purchase phase
stage-phase-none = No purchase phase
cmd-stage-phase-pre-purchase = Stage phase: pre-purchase
cmd-stage-phase-purchase = Stage phase: purchase
cmd-stage-phase-post-purchase = Stage phase: post-purchase
cmd-stage-phase-none = Stage phase: none
cmd-delete-stage = Delete stage and its cards

## Lanes
lane-add-below = Add lane below
cmd-add-lane-touchpoints = Add lane below: touchpoints
cmd-add-lane-actions = Add lane below: customer actions
cmd-add-lane-thoughts = Add lane below: thoughts
cmd-add-lane-pain-points = Add lane below: pain points
cmd-add-lane-opportunities = Add lane below: opportunities
cmd-add-lane-notes = Add lane below: notes
cmd-add-lane-emotions = Add lane below: emotions
cmd-add-lane-divider = Add lane below: line of visibility
cmd-rename-lane = Rename lane
cmd-move-lane-up = Move lane up
cmd-move-lane-down = Move lane down
cmd-fold-lane = Collapse lane
cmd-unfold-lane = Expand lane
cmd-reset-lane-height = Fit lane height to content
cmd-delete-lane = Delete lane and its cards

## View
cmd-toggle-palette = Touchpoint palette
cmd-toggle-inspector = Inspector
cmd-toggle-analysis = Analysis panel
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-fit = Fit map to window
cmd-zoom-reset = Zoom to 100 %
cmd-present = Present to the room
cmd-next-stage = Next stage
cmd-previous-stage = Previous stage
cmd-scroll-down = Show more of the stage below
cmd-scroll-up = Show more of the stage above
cmd-end-presentation = End presentation
cmd-command-palette = Find a command…

## The command palette
palette-commands-hint = Type what you want to do…
palette-commands-field = Command
palette-commands-none = No command matches.
