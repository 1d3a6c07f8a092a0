## Die Vorschau beim Einfügen: ein Block aus einer Tabellenkalkulation, gezeigt, bevor er die Map ändert

paste-preview-title = Tabelle einfügen
paste-preview-shape = Tabelle lesen als:
paste-preview-grid = Raster
paste-preview-list = Liste
paste-preview-grid-hint = Die erste Zeile nennt die Phasen, die erste Spalte die Zeilen der Map; jede Zeile einer Zelle wird eine Karte.
paste-preview-list-hint = Jede Tabellenzeile wird eine Karte; wählen Sie unten, was in jeder Spalte steht. Zeilen ohne Phase oder Zeile kommen in die ausgewählte Zelle.
paste-preview-header = Erste Zeile enthält Überschriften
paste-preview-column = Spalte { $letter }
paste-preview-summary = { $cards ->
    [0] Das fügt keine Karten hinzu.
    [one] Das fügt eine Karte hinzu
   *[other] Das fügt { $cards } Karten hinzu
}{ $cards ->
    [0] {""}
   *[other] { $stages ->
        [0] {""}
        [one] , eine neue Phase
       *[other] , { $stages } neue Phasen
    }{ $lanes ->
        [0] {""}
        [one] , eine neue Zeile
       *[other] , { $lanes } neue Zeilen
    }.
}
paste-preview-new = neu
paste-preview-more = + { $count } weitere
paste-preview-unplaced = { $count ->
    [one] Nicht untergebracht oder nicht verstanden: ein Eintrag
   *[other] Nicht untergebracht oder nicht verstanden: { $count } Einträge
}
paste-preview-add = { $count ->
    [0] Keine Karten hinzufügen
    [one] Eine Karte hinzufügen
   *[other] { $count } Karten hinzufügen
}
paste-table-added = { $cards ->
    [one] Eine Karte hinzugefügt
   *[other] { $cards } Karten hinzugefügt
}{ $stages ->
    [0] {""}
    [one] , eine neue Phase
   *[other] , { $stages } neue Phasen
}{ $lanes ->
    [0] {""}
    [one] , eine neue Zeile
   *[other] , { $lanes } neue Zeilen
}. Rückgängig nimmt alles wieder heraus.

## Datei ▸ Importieren

import-dialog-title = Tabelle oder Mermaid-Journey importieren
import-dialog-hint = Eine Tabellenkalkulation (.xlsx, .ods), eine Tabelle (.csv, .tsv, .txt) oder eine Mermaid-Journey (.mmd, oder eine Markdown-Datei mit Journey-Blöcken) wird eine neue Map. Die geöffneten Maps bleiben, wie sie sind.
import-dialog-confirm = Importieren
import-preview-title = { $file } importieren
import-preview-list-hint = Jede Tabellenzeile wird eine Karte; wählen Sie unten, was in jeder Spalte steht.
import-preview-sheet = Tabellenblatt:
import-preview-kind = Art der Map:
import-preview-create = { $count ->
    [0] Leere Map anlegen
    [one] Map mit einer Karte anlegen
   *[other] Map mit { $count } Karten anlegen
}
import-read-failed = Die Datei lässt sich nicht lesen: { $error }
import-done = { $cards ->
    [one] Eine Karte
   *[other] { $cards } Karten
} in { $stages ->
    [one] einer Phase
   *[other] { $stages } Phasen
} importiert. Die Map ist noch nicht gespeichert: Speichern Sie sie, um sie zu behalten.
import-others-left = { $count ->
    [one] Die andere Journey der Datei können Sie aus derselben Datei noch einmal importieren.
   *[other] Die { $count } anderen Journeys der Datei können Sie aus derselben Datei noch einmal importieren.
}
import-choose-title = Journeys in { $file }
import-choose-body = Diese Datei enthält { $count } Journeys. Ein Fenster zeigt eine Map: Wählen Sie die, die geöffnet werden soll; für eine andere importieren Sie die Datei noch einmal.
import-choose-untitled = Journey { $number } (ohne Titel)
import-choose-open = Diese Journey öffnen
import-failed-title = { $file } lässt sich nicht importieren
import-failed-untouched = Nichts wurde geändert; die geöffneten Maps sind, wie sie waren.
import-failed-ok = OK

## Datei ▸ Exportieren ▸ Mermaid

cmd-export-mermaid = Mermaid-Diagramm exportieren (.mmd)…
    .keywords = Mermaid, Journey, Markdown, Wiki, Diagramm, mmd, GitHub, GitLab
dialog-export-mermaid-title = Map als Mermaid-Journey exportieren
dialog-export-mermaid-hint = Eine Textdatei, die Wikis, GitHub, GitLab und Markdown-Editoren als Journey-Diagramm zeichnen: Die Phasen werden Aufgaben mit den Bewertungen jeder Persona, gruppiert in den Abschnitten der Map. Eine Mermaid-Journey kennt keine Karten, sie bleiben nur in der Map.
