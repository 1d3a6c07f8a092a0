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
    .keywords = new map, create, blank, start, template, new journey
cmd-open = Open…
    .keywords = open map, load, file, browse
cmd-import = Import…
    .keywords = import, spreadsheet, excel, csv, tsv, xlsx, ods, table, mermaid, markdown
cmd-save = Save
    .keywords = save map, store, keep, write
cmd-save-as = Save as…
    .keywords = save copy, rename file, duplicate file
cmd-save-as-template = Save as template…
    .keywords = template, my templates, reuse, structure, pattern, blueprint, workshop preset
menu-export = Export
cmd-export-png = Export picture (PNG)…
    .keywords = picture, image, screenshot, png, download
cmd-export-slides = Export slides (PNG)…
    .keywords = slides, presentation, png, beamer
cmd-export-deck = Export slide deck (PowerPoint)…
    .keywords = powerpoint, pptx, keynote, impress, slides
cmd-export-svg = Export vector picture (SVG)…
    .keywords = vector, svg, inkscape, illustrator
cmd-export-pdf = Export PDF…
    .keywords = print, printout, pdf, poster, paper, a4, a3
cmd-export-csv = Export touchpoint table (CSV)…
    .keywords = table, spreadsheet, excel, csv, list
cmd-map-info = Map info…
    .keywords = title, goal, persona, target group, properties, details
cmd-choose-photo = Choose photo…
    .keywords = persona photo, picture, portrait, image
cmd-start-future-state = Start a future state from this map
    .keywords = future, target state, to be, vision
cmd-start-competitor = Start a competitor's journey from this map
    .keywords = competition, competitor, benchmark
cmd-compare-with = Compare with…
    .keywords = compare, difference, diff, side by side
cmd-close-map = Close map
    .keywords = close tab, close file
cmd-next-map = Show next map
    .keywords = next tab, switch map
cmd-previous-map = Show previous map
    .keywords = previous tab, switch map
cmd-quit = Quit
    .keywords = exit, close program, leave

## Edit
cmd-undo = Undo
    .keywords = undo, take back, revert, oops
cmd-undo-named = Undo { $what }
cmd-redo = Redo
    .keywords = redo, again, repeat
cmd-redo-named = Redo { $what }
cmd-add-card = Add card
    .keywords = new card, note, sticky note, insert card
cmd-edit-card = Edit card text
    .keywords = write, type, change text, rename card
cmd-cut = Cut
    .keywords = cut, move to clipboard
cmd-copy = Copy
    .keywords = copy, clipboard
cmd-copy-image = Copy map as image
    .keywords = copy picture, screenshot, clipboard image
cmd-paste = Paste
    .keywords = paste, insert, clipboard
cmd-duplicate = Duplicate
    .keywords = clone, copy card
cmd-delete = Delete
    .keywords = remove, erase, delete card, trash
cmd-select-all = Select all cards
    .keywords = select everything, mark all
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
    .keywords = remove score, unrated
cmd-next-persona = Score the next persona
    .keywords = persona, switch persona

## Stages
cmd-add-stage-before = Add stage before
    .keywords = new stage, new column, insert column
cmd-add-stage-after = Add stage after
    .keywords = new stage, new column, insert column
cmd-rename-stage = Rename stage
    .keywords = stage name, column name
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
    .keywords = remove stage, remove column

## Lanes
lane-add-below = Add lane below
cmd-add-lane-touchpoints = Add lane below: touchpoints
    .keywords = new row, new lane, insert row
cmd-add-lane-actions = Add lane below: customer actions
cmd-add-lane-thoughts = Add lane below: thoughts
cmd-add-lane-pain-points = Add lane below: pain points
cmd-add-lane-opportunities = Add lane below: opportunities
cmd-add-lane-notes = Add lane below: notes
cmd-add-lane-emotions = Add lane below: emotions
cmd-add-lane-divider = Add lane below: line of visibility
cmd-rename-lane = Rename lane
    .keywords = lane name, row name
cmd-move-lane-up = Move lane up
cmd-move-lane-down = Move lane down
cmd-fold-lane = Collapse lane
    .keywords = fold, hide lane, minimise row
cmd-unfold-lane = Expand lane
cmd-reset-lane-height = Fit lane height to content
cmd-delete-lane = Delete lane and its cards
    .keywords = remove lane, remove row

## View
cmd-toggle-palette = Touchpoint palette
    .keywords = touchpoints, channels, sidebar, left panel, show, hide
cmd-toggle-inspector = Inspector
    .keywords = properties, details, right panel, show, hide
cmd-toggle-analysis = Analysis panel
    .keywords = analysis, statistics, charts, matrix, facets
cmd-zoom-in = Zoom in
    .keywords = bigger, enlarge, magnify
cmd-zoom-out = Zoom out
    .keywords = smaller, shrink
cmd-zoom-fit = Fit map to window
    .keywords = whole map, overview, fit, fit to screen
cmd-zoom-reset = Zoom to 100 %
    .keywords = actual size, 100, original size
cmd-present = Present to the room
    .keywords = presentation, full screen, fullscreen, beamer, projector, slideshow
cmd-next-stage = Next stage
cmd-previous-stage = Previous stage
cmd-scroll-down = Show more of the stage below
cmd-scroll-up = Show more of the stage above
cmd-end-presentation = End presentation
    .keywords = exit full screen, stop presenting
cmd-command-palette = Find a command…

## The command palette
palette-commands-hint = Type what you want to do…
palette-commands-field = Command

## Keys, as the keyboard labels them
key-ctrl = Ctrl
key-shift = Shift
key-alt = Alt
key-delete = Delete
key-insert = Insert
key-backspace = Backspace
key-enter = Enter
key-escape = Escape
key-space = Space
key-tab = Tab
key-page-up = PageUp
key-page-down = PageDown
key-home = Home
key-end = End
key-left = Left
key-right = Right
key-up = Up
key-down = Down

## Why a command cannot run now (the command palette lists it greyed with this)
reason-no-map = Open or start a map first.
reason-presenting = Not while presenting; press Esc to end the presentation.
reason-one-map = Only one map is open.
reason-nothing-to-undo = Nothing to undo yet.
reason-nothing-to-redo = Nothing undone to redo.
reason-no-lane-for-cards = The map needs a stage and an expanded lane for cards.
reason-no-selection = Select a card first.
reason-cannot-move = The selected cards cannot move that way.
reason-nothing-to-delete = Select cards, an arrow or an emotion point first.
reason-no-cards = The map has no cards yet.
reason-no-emotion-lane = The map has no expanded emotion lane.
reason-no-score = This stage has no emotion score.
reason-one-persona = The map has only one persona.
reason-no-stage = Select a card or a stage first.
reason-first-stage = It is the first stage already.
reason-last-stage = It is the last stage already.
reason-standard-width = The stage has the standard width already.
reason-no-lane = Select a card or a lane first.
reason-top-lane = It is the top lane already.
reason-bottom-lane = It is the bottom lane already.
reason-fitted-lane = The lane fits its content already.
reason-divider = A line of the blueprint cannot be collapsed.
reason-not-presenting = Only while presenting (F5).
reason-not-now = Not possible right now.

palette-commands-nothing = Nothing found for { QUOTE($query) }.
palette-commands-nearest = Did you mean:
