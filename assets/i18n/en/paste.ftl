## The paste preview: a block copied from a spreadsheet, shown before it changes the map

paste-preview-title = Paste a table
paste-preview-shape = Read the table as:
paste-preview-grid = Grid
paste-preview-list = List
paste-preview-grid-hint = The first row names the stages, the first column the lanes; each line of a cell becomes a card.
paste-preview-list-hint = Each row becomes one card; choose below what each column holds. Rows without a stage or lane go into the selected cell.
paste-preview-header = First row holds headers
paste-preview-column = Column { $letter }
paste-preview-summary = { $cards ->
    [0] This adds no cards.
    [one] This adds one card
   *[other] This adds { $cards } cards
}{ $cards ->
    [0] {""}
   *[other] { $stages ->
        [0] {""}
        [one] , one new stage
       *[other] , { $stages } new stages
    }{ $lanes ->
        [0] {""}
        [one] , one new lane
       *[other] , { $lanes } new lanes
    }.
}
paste-preview-new = new
paste-preview-more = + { $count } more
paste-preview-unplaced = { $count ->
    [one] Not placed or not understood: one item
   *[other] Not placed or not understood: { $count } items
}
paste-preview-add = { $count ->
    [0] Add no cards
    [one] Add one card
   *[other] Add { $count } cards
}
paste-table-added = { $cards ->
    [one] Added one card
   *[other] Added { $cards } cards
}{ $stages ->
    [0] {""}
    [one] , one new stage
   *[other] , { $stages } new stages
}{ $lanes ->
    [0] {""}
    [one] , one new lane
   *[other] , { $lanes } new lanes
}. Undo takes it all back.

## File ▸ Import

import-dialog-title = Import a table or a Mermaid journey
import-dialog-hint = A spreadsheet (.xlsx, .ods), a table (.csv, .tsv, .txt) or a Mermaid journey (.mmd, or a Markdown file with journey blocks) becomes a new map. The open maps stay as they are.
import-dialog-confirm = Import
import-preview-title = Import { $file }
import-preview-list-hint = Each row becomes one card; choose below what each column holds.
import-preview-sheet = Sheet:
import-preview-kind = Kind of map:
import-preview-create = { $count ->
    [0] Create an empty map
    [one] Create the map with one card
   *[other] Create the map with { $count } cards
}
import-read-failed = The file cannot be read: { $error }
import-done = { $cards ->
    [one] Imported one card
   *[other] Imported { $cards } cards
} in { $stages ->
    [one] one stage
   *[other] { $stages } stages
}. The map is not saved yet: save it to keep it.
import-others-left = { $count ->
    [one] The file's other journey can be imported from the same file again.
   *[other] The file's { $count } other journeys can be imported from the same file again.
}
import-choose-title = Journeys in { $file }
import-choose-body = This file holds { $count } journeys. One window shows one map: choose the one to open; import the file again for another.
import-choose-untitled = Journey { $number } (no title)
import-choose-open = Open this journey
import-failed-title = { $file } cannot be imported
import-failed-untouched = Nothing was changed; the open maps are as they were.
import-failed-ok = OK

## File ▸ Export ▸ Mermaid

cmd-export-mermaid = Export Mermaid diagram (.mmd)…
    .keywords = mermaid, journey, markdown, wiki, diagram, mmd, github, gitlab
dialog-export-mermaid-title = Export the map as a Mermaid journey
dialog-export-mermaid-hint = A text file that wikis, GitHub, GitLab and Markdown editors draw as a journey diagram: the stages become tasks with each persona's scores, grouped in the map's sections. A Mermaid journey holds no cards, so they stay in the map only.
