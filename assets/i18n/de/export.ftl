# Exportieren und Speichern, ohne unbemerkt zu überschreiben; die Prioritätenmatrix als Bild.

cmd-export-matrix = Prioritätenmatrix exportieren (PNG)…
dialog-export-matrix-title = Prioritätenmatrix als Bild exportieren
dialog-export-matrix-hint = Die bewerteten Touchpoints nach Wichtigkeit und Leistung, jeder Punkt beschriftet, mit der Medien-Legende: für die Folie, die zeigt, was zuerst verbessert werden muss.
dialog-export-slides-series-hint = Die Map wird auf die Folie eingepasst. Ist sie zu breit, um auf einer Folie lesbar zu sein, wird sie zwischen den Phasen auf mehrere Folien verteilt. Der Name, den Sie angeben, ist der der ersten Folie; die weiteren zählen von dort weiter: journey-slides-1.png, journey-slides-2.png …
# Der Name der Map in einem vorgeschlagenen Dateinamen, wenn sie keinen Titel hat.
file-name-untitled = Journey-Map

overwrite-title = { $count ->
    [one] Vorhandene Datei ersetzen?
   *[other] { $count } vorhandene Dateien ersetzen?
}
overwrite-body = { $count ->
    [one] Diese Datei gibt es schon. Wenn Sie sie ersetzen, geht ihr jetziger Inhalt verloren:
   *[other] Diese Dateien gibt es schon. Wenn Sie sie ersetzen, geht ihr jetziger Inhalt verloren:
}
overwrite-replace = Ersetzen
overwrite-another-name = Anderen Namen wählen
overwrite-export-cancelled = Nichts exportiert; die vorhandenen Dateien bleiben, wie sie waren.
overwrite-save-cancelled = Nicht gespeichert; { $file } bleibt, wie die Datei war.

dialog-export-deck-matrix = Zum Schluss die Prioritätenmatrix auf einer eigenen Folie
