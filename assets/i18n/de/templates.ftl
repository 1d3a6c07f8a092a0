## Eigene Vorlagen: Datei ▸ Als Vorlage speichern… und die Liste auf der Startseite

start-templates = Ihre Vorlagen
start-templates-none = Um neue Maps aus einer eigenen Map zu beginnen, öffnen Sie sie und wählen im Menü Datei „Als Vorlage speichern…“.
start-template-rename = Vorlage { QUOTE($name) } umbenennen
start-template-delete = Vorlage { QUOTE($name) } löschen

template-save-title = Als Vorlage speichern
template-save-hint = Die Vorlage behält die Phasen mit ihren Abschnitten und die Zeilen, die Art der Map und ihre Sprache. Persona und Ziel bleiben bei dieser Map.
template-name = Name der Vorlage
template-keep-cards = Karten behalten
template-save = Speichern
template-saved = Vorlage { QUOTE($name) } gespeichert. Sie steht auf der Startseite unter „Ihre Vorlagen“.
template-no-folder = Auf diesem Computer gibt es keinen Ordner für Vorlagen, oder der Name enthält keine Zeichen, die ein Dateiname fassen kann.
template-rename-title = Vorlage umbenennen
template-rename = Umbenennen
template-name-taken = Es gibt schon eine Vorlage namens { QUOTE($name) }. Wählen Sie einen anderen Namen.
template-delete-title = Vorlage { QUOTE($name) } löschen?
template-delete-body = Die Datei der Vorlage wird gelöscht. Maps, die mit ihr begonnen wurden, bleiben, wie sie sind.
template-delete = Löschen
template-remove-failed = { $file } konnte nicht gelöscht werden: { $reason }.
