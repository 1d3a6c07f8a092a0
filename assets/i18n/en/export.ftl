# Exporting and saving without overwriting by surprise; the priority matrix as a picture.

cmd-export-matrix = Export priority matrix (PNG)…
dialog-export-matrix-title = Export the priority matrix as a picture
dialog-export-matrix-hint = The rated touchpoints by importance and performance, each dot labelled, with the media legend: for the slide that says what to fix first.
dialog-export-slides-series-hint = The map is fitted on the slide. A map too wide to read on one slide becomes several, split between stages. The name you give is the first slide's; the others count on from it: journey-slides-1.png, journey-slides-2.png …
# The map's name in a suggested file name when it has no title.
file-name-untitled = Journey map

overwrite-title = { $count ->
    [one] Replace the existing file?
   *[other] Replace { $count } existing files?
}
overwrite-body = { $count ->
    [one] This file is already there. Replacing it loses what it holds now:
   *[other] These files are already there. Replacing them loses what they hold now:
}
overwrite-replace = Replace
overwrite-another-name = Choose another name
overwrite-export-cancelled = Nothing was exported; the files that were there stay as they were.
overwrite-save-cancelled = Not saved; { $file } stays as it was.

dialog-export-deck-matrix = End with the priority matrix on a slide of its own
