## Tables

table-too-large = The table is { $megabytes } MB; journeymap reads tables of up to { $max } MB. Save only the part with the journey, or split it into several files.
table-too-many-rows = The table has more than { $max } rows. Save only the rows with the journey and import them.
table-too-many-columns = Row { $row } has { $columns } columns; a table may have { $max }. Is this the right file?
table-empty = There is nothing in this table: no cell holds any text.
table-not-text = This file is not a table: it holds bytes no text has (at byte { $offset }). Perhaps a picture or an archive was given the wrong name?
table-workbook = The workbook cannot be read ({ $detail }). Open it in your spreadsheet program and save it again as .xlsx or .ods.
table-unusable = The table cannot become a map ({ $detail }).
table-not-a-table = A .{ $extension } file is not a table. journeymap imports .csv, .tsv, .txt, .xlsx and .ods files.
table-note-encoding = The text was read as { $encoding }.
table-note-mixed-encoding = Parts of the text were not UTF-8 ({ $count } bytes); they were read as Windows-1252, the rest as UTF-8. Check the umlauts.
table-note-replaced = { $count ->
    [one] One character could not be read and shows as �.
   *[other] { $count } characters could not be read and show as �.
}
table-note-formulas = { $count ->
    [one] One cell holds a formula: its last computed value was taken.
   *[other] { $count } cells hold formulas: their last computed values were taken.
}
table-note-merged = { $count ->
    [one] One merged area: its text stands in its first cell.
   *[other] { $count } merged areas: their texts stand in their first cells.
}
table-note-cell-errors = { $count ->
    [one] One cell shows a spreadsheet error such as #DIV/0!; it was taken as text.
   *[other] { $count } cells show spreadsheet errors such as #DIV/0!; they were taken as text.
}
table-note-empty-sheets = { $count ->
    [one] The empty sheet { $names } was left out.
   *[other] The empty sheets { $names } were left out.
}
table-field-ignore = (leave out)
table-field-phase = Phase (group of stages)
table-field-emotion = Emotion
table-field-metric = Figure: { $name }
table-first-stage = Journey
table-touchpoint-lane = Touchpoints
table-notes-lane = Notes
table-summary = { $stages ->
    [one] 1 new stage
   *[other] { $stages } new stages
}, { $lanes ->
    [one] 1 new lane
   *[other] { $lanes } new lanes
}, { $cards ->
    [one] 1 card
   *[other] { $cards } cards
}{ $unplaced ->
    [0] .
    [one] ; 1 thing cannot be placed.
   *[other] ; { $unplaced } things cannot be placed.
}
unplaced-at-row = Row { $row }
unplaced-at-cell = Row { $row }, column { $column }
unplaced-empty-stage = { QUOTE($text) } has no stage name above it.
unplaced-empty-lane = { QUOTE($text) } has no lane name beside it.
unplaced-lane-holds-no-cards = { QUOTE($text) }: the lane { QUOTE($lane) } holds no cards.
unplaced-rating = { QUOTE($text) } is not a rating from 1 to 5.
unplaced-emotion = { QUOTE($text) } is not an emotion from -2 to 2.
unplaced-no-emotion-lane = the emotion { QUOTE($text) } has no place: the map has no emotion lane.
unplaced-channel = { QUOTE($text) } is no channel journeymap knows; the card is a touchpoint of its own kind.
unplaced-setting = { QUOTE($text) } is neither online nor offline.
unplaced-media = { QUOTE($text) } is not owned, paid, earned, shared or managed media.
unplaced-purchase-phase = { QUOTE($text) } is no purchase phase (before, during or after the purchase).
unplaced-evidence = { QUOTE($text) } is no evidence level (assumption, partly backed or backed).
unplaced-metric = { QUOTE($text) } is not a number.
unplaced-phase-not-set = the stage is already on the map and keeps its phase, so { QUOTE($text) } was not set; group stages in the editor.
unplaced-phase-conflict = the stage is already in another phase, so { QUOTE($text) } was left out.
unplaced-too-many-stages = { QUOTE($text) }: the map has as many stages as it may.
unplaced-too-many-lanes = { QUOTE($text) }: the map has as many lanes as it may.
unplaced-too-many-cards = { QUOTE($text) }: the map has as many cards as it may.
unplaced-truncated = the text was longer than a card holds; the last { $chars } characters ({ QUOTE($text) }) were cut off.
import-cannot-read = Cannot read { $path }: { $reason }
import-other-sheet = the sheet { QUOTE($sheet) } was not imported; only the first sheet with content is. Save the sheet you need as a file of its own to import it.
