# journeymap — English texts of the Mermaid import and export.
# Every message here must also exist in ../de/mermaid.ftl (a test checks both ways).
#
# The problems (mermaid-* without -at-/-note-) are parts of a sentence: they begin in lower case
# and end without a full stop, so they fit after "Line 3:". Notes are whole sentences.

## Where
mermaid-at-line = Line { $line }: { $problem }.
mermaid-at-column = Line { $line }, column { $column }: { $problem }.

## What is wrong
mermaid-binary = this is not a text file; choose the .mmd or .md file that holds the journey
mermaid-not-utf8 = the file is not saved as UTF-8 text; save it as UTF-8 in your editor and import it again
mermaid-empty = the file holds no diagram; a Mermaid journey starts with the line “journey”
mermaid-not-journey = this is a Mermaid { QUOTE($found) } diagram, not a journey; only diagrams that start with “journey” can be imported
mermaid-no-journey-block = the Markdown file has no Mermaid journey; journeys are imported from blocks that start with ```mermaid and whose first line is “journey”
mermaid-journey-again = Mermaid reads “journey” here as the start of a new diagram; a task or section may not begin with that word (write #106;ourney for it)
mermaid-task-without-score = the task { QUOTE($task) } has no score; Mermaid expects a colon and a score from 1 to 5 after the task’s name, as in “Pay: 3”
mermaid-lone-colon = a colon with no score after it; Mermaid expects a score from 1 to 5 after the colon
mermaid-colon-in-section = a section name ends at a colon, so Mermaid finds a score here with no task; write #58; for a colon in a section name
mermaid-score-without-task = a score with no task before it; Mermaid expects “Task name: 3”, and a line starting with “title” or “section” is a heading, not a task
mermaid-invalid-char = Mermaid does not allow { QUOTE($char) } here; write #59; for a semicolon in a text
mermaid-unclosed = the description after “accDescr” opens a brace that is never closed, so Mermaid would read the rest of the file as description
mermaid-score-missing = the task has no score; Mermaid expects a score from 1 to 5 after the colon
mermaid-score-not-number = { QUOTE($score) } is not a score; Mermaid expects a whole number from 1 to 5
mermaid-score-not-whole = the score { $score } is not a whole number; journeymap takes scores from 1 to 5 without fractions
mermaid-score-out-of-range = the score { $score } is outside 1 to 5; give each task a score from 1 (very bad) to 5 (very good)
mermaid-no-tasks = the journey has no tasks, so there is nothing to put on a map
mermaid-too-many-stages = the journey has { $count } tasks, more than the { $max } stages a map can have; split it into several journeys
mermaid-too-long = this text is longer than the { $max } characters a text on a map can have
mermaid-invalid = the journey does not make a valid map: { $reason }

## Notes
mermaid-note-skipped-block = The Mermaid block on line { $line } is a { QUOTE($kind) } diagram, not a journey, and was skipped.
mermaid-note-extra-actors = A map shows at most { $max } personas, so the scores of { $count ->
    [one] { $names }
   *[other] { $count } more actors ({ $names })
} were left out.
mermaid-note-after-second-colon = Line { $line }: Mermaid ignores { QUOTE($text) } after the second colon, and so does journeymap.
mermaid-note-hash-comment = Line { $line }: Mermaid reads “#” as the start of a comment, so the rest of the line was left out; write #35; for a “#” in a text.
mermaid-note-empty-sections = { $count ->
    [one] The section on line { $line } has no tasks and was left out.
   *[other] { $count } sections have no tasks and were left out (the first on line { $line }).
}
mermaid-note-no-emotion-lane = This kind of map has no emotion lane, so the scores were left out.
mermaid-customer = Customer
mermaid-persona = Persona { $number }
