## Tables

table-too-large = Die Tabelle ist { $megabytes } MB groß; journeymap liest Tabellen bis { $max } MB. Speichern Sie nur den Teil mit der Journey oder teilen Sie ihn auf mehrere Dateien auf.
table-too-many-rows = Die Tabelle hat mehr als { $max } Zeilen. Speichern Sie nur die Zeilen mit der Journey und importieren Sie diese.
table-too-many-columns = Zeile { $row } hat { $columns } Spalten; eine Tabelle darf { $max } haben. Ist das die richtige Datei?
table-empty = In dieser Tabelle steht nichts: keine Zelle enthält Text.
table-not-text = Diese Datei ist keine Tabelle: Sie enthält Bytes, die in keinem Text vorkommen (bei Byte { $offset }). Hat vielleicht ein Bild oder ein Archiv den falschen Namen?
table-workbook = Die Arbeitsmappe lässt sich nicht lesen ({ $detail }). Öffnen Sie sie in Ihrer Tabellenkalkulation und speichern Sie sie erneut als .xlsx oder .ods.
table-unusable = Aus der Tabelle lässt sich keine Map machen ({ $detail }).
table-not-a-table = Eine .{ $extension }-Datei ist keine Tabelle. journeymap importiert .csv-, .tsv-, .txt-, .xlsx- und .ods-Dateien.
table-note-encoding = Der Text wurde als { $encoding } gelesen.
table-note-mixed-encoding = Teile des Textes waren kein UTF-8 ({ $count } Bytes); sie wurden als Windows-1252 gelesen, der Rest als UTF-8. Prüfen Sie die Umlaute.
table-note-replaced = { $count ->
    [one] Ein Zeichen ließ sich nicht lesen und erscheint als �.
   *[other] { $count } Zeichen ließen sich nicht lesen und erscheinen als �.
}
table-note-formulas = { $count ->
    [one] Eine Zelle enthält eine Formel: Ihr zuletzt berechneter Wert wurde übernommen.
   *[other] { $count } Zellen enthalten Formeln: Ihre zuletzt berechneten Werte wurden übernommen.
}
table-note-merged = { $count ->
    [one] Ein verbundener Bereich: Sein Text steht in seiner ersten Zelle.
   *[other] { $count } verbundene Bereiche: Ihre Texte stehen in ihren ersten Zellen.
}
table-note-cell-errors = { $count ->
    [one] Eine Zelle zeigt einen Fehler wie #DIV/0!; er wurde als Text übernommen.
   *[other] { $count } Zellen zeigen Fehler wie #DIV/0!; sie wurden als Text übernommen.
}
table-note-empty-sheets = { $count ->
    [one] Das leere Blatt { $names } wurde ausgelassen.
   *[other] Die leeren Blätter { $names } wurden ausgelassen.
}
table-field-ignore = (auslassen)
table-field-phase = Abschnitt (Gruppe von Phasen)
table-field-emotion = Emotion
table-field-metric = Kennzahl: { $name }
table-first-stage = Journey
table-touchpoint-lane = Touchpoints
table-notes-lane = Notizen
table-summary = { $stages ->
    [one] 1 neue Phase
   *[other] { $stages } neue Phasen
}, { $lanes ->
    [one] 1 neue Zeile
   *[other] { $lanes } neue Zeilen
}, { $cards ->
    [one] 1 Karte
   *[other] { $cards } Karten
}{ $unplaced ->
    [0] .
    [one] ; 1 Eintrag lässt sich nicht einordnen.
   *[other] ; { $unplaced } Einträge lassen sich nicht einordnen.
}
unplaced-at-row = Zeile { $row }
unplaced-at-cell = Zeile { $row }, Spalte { $column }
unplaced-empty-stage = { QUOTE($text) } hat keinen Phasennamen darüber.
unplaced-empty-lane = { QUOTE($text) } hat keinen Zeilennamen daneben.
unplaced-lane-holds-no-cards = { QUOTE($text) }: Die Zeile { QUOTE($lane) } nimmt keine Karten auf.
unplaced-rating = { QUOTE($text) } ist keine Bewertung von 1 bis 5.
unplaced-emotion = { QUOTE($text) } ist keine Emotion von -2 bis 2.
unplaced-no-emotion-lane = Die Emotion { QUOTE($text) } hat keinen Platz: Die Map hat keine Emotionszeile.
unplaced-channel = { QUOTE($text) } ist kein Kanal, den journeymap kennt; die Karte ist ein eigener Touchpoint.
unplaced-setting = { QUOTE($text) } ist weder online noch offline.
unplaced-media = { QUOTE($text) } ist keine Medienart (eigene, bezahlte, verdiente, geteilte oder betreute Medien).
unplaced-purchase-phase = { QUOTE($text) } ist keine Kaufphase (vor, während oder nach dem Kauf).
unplaced-evidence = { QUOTE($text) } ist keine Beleglage (Annahme, teilweise belegt oder belegt).
unplaced-metric = { QUOTE($text) } ist keine Zahl.
unplaced-phase-not-set = Die Phase ist schon auf der Map und behält ihren Abschnitt, daher wurde { QUOTE($text) } nicht gesetzt; gruppieren Sie Phasen im Editor.
unplaced-phase-conflict = Die Phase gehört schon zu einem anderen Abschnitt, daher wurde { QUOTE($text) } ausgelassen.
unplaced-too-many-stages = { QUOTE($text) }: Die Map hat so viele Phasen, wie sie haben darf.
unplaced-too-many-lanes = { QUOTE($text) }: Die Map hat so viele Zeilen, wie sie haben darf.
unplaced-too-many-cards = { QUOTE($text) }: Die Map hat so viele Karten, wie sie haben darf.
unplaced-truncated = Der Text war länger, als eine Karte fasst; die letzten { $chars } Zeichen ({ QUOTE($text) }) wurden abgeschnitten.
import-cannot-read = { $path } lässt sich nicht lesen: { $reason }
import-other-sheet = Das Blatt { QUOTE($sheet) } wurde nicht importiert; nur das erste Blatt mit Inhalt wird importiert. Speichern Sie das gewünschte Blatt als eigene Datei, um es zu importieren.
