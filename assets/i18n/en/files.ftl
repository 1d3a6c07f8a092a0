# journeymap — English texts about map files: why one cannot be opened, and what to do.
# Every message here must also be in ../de/files.ftl (a test checks both ways).
#
# The problems (file-format-*, file-syntax-*, file-invalid-*, file-photo-*) are clauses: they
# start in lower case and end without a full stop, so they fit after "could not be opened:" and
# in brackets. The messages around them (file-open-*, file-advice-*) are whole sentences.
# Curly brackets in a text are written {"{"} and {"}"}.

## Opening a map
file-open-failed = { $file } could not be opened: { $reason }.
file-open-failed-at = { $file } could not be opened. At line { $line }, column { $column }: { $problem }.
file-advice-fix = Correct this in a text editor, or open the backup { $backup } if there is one.
file-advice-fix-map = Correct it in a text editor, or open the backup { $backup } if there is one.
file-advice-backup = If there is a backup beside it ({ $backup }), open that instead.
file-advice-not-a-map = Choose the map's .ron file: journeymap saves maps as text that starts with "(format:".
file-read-missing = the file does not exist (any more)
file-read-not-allowed = you are not allowed to read it
file-read-folder = that is a folder, not a map file
file-read-in-use = another program is using the file
file-read-other = the system reports "{ $system }"
file-read-advice-missing = It may have been moved, renamed or deleted: choose it again with "Open…".
file-read-advice-not-allowed = Ask whoever manages the file for access, or open a copy of it.
file-read-advice-folder = Choose the map's .ron file inside it.
file-read-advice-in-use = Close it in the other program and open it again.
file-read-advice-other = Try again, or open a copy of the file.
file-too-large = it is larger than { $max } MiB, far more than any journey map needs
file-too-large-advice = Check that you chose a journeymap map (a .ron file).

## What is wrong inside a file
file-format-empty = the file is empty
file-format-not-text = it is not a text file (byte { $offset } is not UTF-8), so it is not a journeymap map
file-format-utf16 = it is saved as UTF-16 text, but journeymap maps are UTF-8; save it as UTF-8 in your text editor and open it again
file-format-no-version = it has no "format:" version, so it is not a journeymap map
file-format-newer = it was made by a newer journeymap (file format { $found }; this journeymap reads up to format { $supported }); update journeymap to open it
file-format-at = line { $line }, column { $column }: { $problem }

## Syntax: what the file says at a place, and what belongs there
file-syntax-map-start = a journeymap map should start here with `(format: …`
file-syntax-map-start-found = `{ $found }` cannot stand here: a journeymap map starts with `(format: …`
file-syntax-opening = { $part } should start here with `(`
file-syntax-opening-found = `{ $found }` cannot stand here: { $part } starts with `(`
file-syntax-opening-here = a `(` should stand here
file-syntax-opening-here-found = `{ $found }` cannot stand here; a `(` should
file-syntax-name-required = the `#![enable(…)]` line at the start of the file asks for a name before every `(`, which maps do not have; delete that line
file-syntax-closing = a closing `{ $bracket }` is missing here
file-syntax-list = a list in square brackets `[…]` should stand here
file-syntax-scores = emotion scores in curly brackets should stand here, such as `{"{"}1: 2, 2: -1{"}"}`
file-syntax-colon = a `:` is missing here; write a field as `name: value` and a score as `stage: score`
file-syntax-comma = a `,` or a closing bracket is missing here
file-syntax-name = a name without quotes should stand here: a field name such as `title` or a choice such as `CurrentState`
file-syntax-not-a-name = `{ $found }` cannot stand here; a name of letters without quotes should, such as the field name `title` or the choice `CurrentState`
file-syntax-text = a text in double quotes should stand here
file-syntax-single-quotes = texts are written in double quotes (`"…"`), not in single quotes
file-syntax-byte-text = `b"…"` is not a text journeymap reads; delete the `b` before the quotes
file-syntax-unclosed-text = a text in quotes is not closed with `"`
file-syntax-escape-unknown = a backslash in a text starts an unknown sequence; write `\\` for a backslash
file-syntax-escape-malformed = a `\u{"{"}…{"}"}` sequence in a text is incomplete; type the character itself instead (and `\\` for a backslash)
file-syntax-escape-no-character = a backslash sequence in a text stands for no character; type the character itself instead (and `\\` for a backslash)
file-syntax-whole-number = a whole number should stand here
file-syntax-not-whole = `{ $digit }` cannot be part of a whole number; ids and scores have no decimals
file-syntax-number = a number should stand here, such as `240` or `240.5`
file-syntax-underscore = a `_` is out of place in this number; write the digits alone
file-syntax-out-of-range = this number is out of range here: ids go from 0 to 4294967295, emotion scores from -2 to +2
file-syntax-yes-no = `true` or `false` should stand here
file-syntax-optional = `Some(…)` or `None` should stand here
file-syntax-empty = `()` should stand here
file-syntax-wrong-value = { $kind } should stand here
file-syntax-wrong-count = these brackets hold { $count } entries, which does not fit here
file-syntax-unknown-field = there is no field `{ $found }` { $where }; { $allowed }
file-syntax-missing-field = `{ $field }:` is missing { $where }; add it
file-syntax-duplicate-field = `{ $field }:` appears twice { $where }; keep only one
file-syntax-unknown-choice = unknown { $choice } `{ $found }`; { $allowed }
file-syntax-character = the character `{ $character }` cannot stand here
file-syntax-unclosed-comment = a `/*` comment is not closed with `*/`
file-syntax-unclosed-line-comment = a `//` comment is not ended by a line break
file-syntax-reader-setting = journeymap does not understand the `#![…]` line at the start of the file; maps need none, so delete it
file-syntax-cut-off = the file ends in the middle of the map; it may have been cut off
file-syntax-too-deep = brackets are nested far deeper than in any map; the file is probably damaged
file-syntax-more-after-end = there is more after the end of the map; a file holds exactly one map, so delete what follows its last closing bracket
file-syntax-list-too-long = a persona list has more than { $max } entries; journeymap opens at most { $max }
file-syntax-scored-twice = stage { $stage } is scored twice in an emotion lane; keep one score
file-syntax-unreadable = journeymap cannot read the map here; compare this place with a map journeymap saved
file-allowed-none = nothing else can stand here
file-allowed-one = it must be { $list }
file-allowed-many = it must be one of { $list }
file-list-or = { $init } or { $last }
file-list-more = { $list } and { $more } more
file-part-map-file = the map file
file-part-map = the map
file-part-persona = the persona
file-part-stage = the stage
file-part-lane = the lane
file-part-card = the card
file-part-touchpoint = the touchpoint
file-part-connection = the connection
file-part-emotion = the emotion lane
file-part-unknown = this part
file-in-map-file = in the map file
file-in-map = in the map
file-in-persona = in the persona
file-in-stage = in the stage
file-in-lane = in the lane
file-in-card = in the card
file-in-touchpoint = in the touchpoint
file-in-connection = in the connection
file-in-emotion = in the emotion lane
file-in-unknown = here
file-choice-map-kind = map kind
file-choice-lang = language
file-choice-lane-kind = lane kind
file-choice-text-role = text lane role
file-choice-divider-line = divider line
file-choice-channel = channel
file-choice-setting = setting
file-choice-ownership = ownership
file-choice-purchase-phase = purchase phase
file-choice-unknown = value
file-value-whole-number = a whole number
file-value-number = a number
file-value-text = a text in double quotes
file-value-yes-no = `true` or `false`
file-value-list = a list in `[…]`
file-value-scores = scores in `{"{"}…{"}"}`
file-value-optional = `Some(…)` or `None`
file-value-group = a group in `(…)`
file-value-name = a name without quotes
file-value-other = another kind of value

## A map that reads but does not hold together
file-invalid-duplicate-stage = two stages have the id { $id }; every stage needs its own id
file-invalid-duplicate-lane = two lanes have the id { $id }; every lane needs its own id
file-invalid-duplicate-card = two cards have the id { $id }; every card needs its own id
file-invalid-unknown-lane = card { $card } is in lane { $lane }, but there is no lane with that id
file-invalid-unknown-stage = card { $card } is in stage { $stage }, but there is no stage with that id
file-invalid-lane-holds-no-cards = card { $card } is in lane { $lane } ("{ $title }"), which cannot hold cards
file-invalid-unknown-connection-end = a connection refers to card { $card }, but there is no card with that id
file-invalid-self-connection = a connection joins card { $card } to itself; an arrow joins two different cards
file-invalid-duplicate-connection = the connection from card { $from } to card { $to } is there twice; keep one
file-invalid-score-for-unknown-stage = emotion lane { $lane } has a score for stage { $stage }, but there is no such stage
file-invalid-score-out-of-range = emotion lane { $lane } scores stage { $stage } as { $score }; scores go from { $min } to +{ $max }
file-invalid-stage-width = stage { $stage } is { $width } points wide; a stage is { $min } to { $max } points wide
file-invalid-lane-height = lane { $lane } is { $height } points high; a lane is { $min } to { $max } points high
file-invalid-too-many = the map has { $count } { $what }; journeymap opens at most { $max }
file-invalid-text-too-long = there are { $chars } characters { $what }, more than the { $max } journeymap allows; shorten the text
file-invalid-photo-outside = the persona photo path "{ $path }" must be relative to the map's folder and stay inside it
file-counted-stages = stages
file-counted-lanes = lanes
file-counted-cards = cards
file-counted-connections = connections
file-counted-persona-goals = persona goals
file-counted-persona-needs = persona needs
file-counted-persona-frustrations = persona frustrations
file-text-title = in the title
file-text-goal = in the goal
file-text-persona-name = in the persona's name
file-text-persona-role = in the persona's role
file-text-persona-quote = in the persona's quote
file-text-persona-list-entry = in an entry of a persona list
file-text-stage-title = in the title of stage { $id }
file-text-lane-title = in the title of lane { $id }
file-text-card-title = in the title of card { $id }
file-text-card-notes = in the notes of card { $id }
file-text-new-stage-title = in the title of the new stage
file-text-new-lane-title = in the title of the new lane

## Persona photos
file-photo-outside = "{ $path }" is not inside the map's folder; put the photo in the map's folder (or a folder inside it) and choose it again
file-photo-read = { $file } cannot be read: { $reason }
file-photo-too-large = { $file } is larger than { $max } MiB; use a smaller picture
file-photo-too-many-pixels = { $file } is { $width } × { $height } pixels, and journeymap shows photos up to { $max } × { $max }; scale it down
file-photo-not-an-image = { $file } is not a picture journeymap can read; save it as PNG or JPEG
