# journeymap — deutsche Texte zu Map-Dateien: warum sich eine nicht öffnen lässt und was zu tun ist.
# Jede Nachricht hier muss es auch in ../en/files.ftl geben (ein Test prüft beide Richtungen).
#
# Die Probleme (file-format-*, file-syntax-*, file-invalid-*, file-photo-*) sind Satzteile: Sie
# beginnen klein und enden ohne Punkt, damit sie nach „konnte nicht geöffnet werden:“ und in
# Klammern passen. Die Nachrichten darum herum (file-open-*, file-advice-*) sind ganze Sätze.
# Geschweifte Klammern im Text werden {"{"} und {"}"} geschrieben.

## Eine Map öffnen
file-open-failed = { $file } konnte nicht geöffnet werden: { $reason }.
file-open-failed-at = { $file } konnte nicht geöffnet werden. In Zeile { $line }, Spalte { $column }: { $problem }.
file-advice-fix = Korrigieren Sie die Stelle in einem Texteditor oder öffnen Sie die Sicherungskopie { $backup }, falls es eine gibt.
file-advice-fix-map = Korrigieren Sie das in einem Texteditor oder öffnen Sie die Sicherungskopie { $backup }, falls es eine gibt.
file-advice-backup = Falls daneben eine Sicherungskopie liegt ({ $backup }), öffnen Sie stattdessen diese.
file-advice-not-a-map = Wählen Sie die .ron-Datei der Map: journeymap speichert Maps als Text, der mit „(format:“ beginnt.
file-read-missing = die Datei gibt es nicht (mehr)
file-read-not-allowed = Sie dürfen sie nicht lesen
file-read-folder = das ist ein Ordner, keine Map-Datei
file-read-in-use = ein anderes Programm verwendet die Datei
file-read-other = das System meldet „{ $system }“
file-read-advice-missing = Vielleicht wurde sie verschoben, umbenannt oder gelöscht: Wählen Sie sie mit „Öffnen…“ erneut aus.
file-read-advice-not-allowed = Bitten Sie die Person, die die Datei verwaltet, um Zugriff, oder öffnen Sie eine Kopie.
file-read-advice-folder = Wählen Sie darin die .ron-Datei der Map aus.
file-read-advice-in-use = Schließen Sie die Datei im anderen Programm und öffnen Sie sie erneut.
file-read-advice-other = Versuchen Sie es noch einmal oder öffnen Sie eine Kopie der Datei.
file-too-large = sie ist größer als { $max } MiB, weit mehr, als eine Journey Map je braucht
file-too-large-advice = Prüfen Sie, ob Sie wirklich eine journeymap-Map (eine .ron-Datei) gewählt haben.

## Was in einer Datei nicht stimmt
file-format-empty = die Datei ist leer
file-format-not-text = sie ist keine Textdatei (Byte { $offset } ist kein UTF-8) und damit keine journeymap-Map
file-format-utf16 = sie ist als UTF-16-Text gespeichert, journeymap-Maps sind aber UTF-8; speichern Sie sie in Ihrem Texteditor als UTF-8 und öffnen Sie sie erneut
file-format-no-version = ihr fehlt die Angabe „format:“, sie ist also keine journeymap-Map
file-format-newer = sie stammt aus einem neueren journeymap (Dateiformat { $found }; dieses journeymap liest bis Format { $supported }); aktualisieren Sie journeymap, um sie zu öffnen
file-format-at = Zeile { $line }, Spalte { $column }: { $problem }

## Syntax: was an einer Stelle der Datei steht und was dort hingehört
file-syntax-map-start = hier muss die Map mit `(format: …` beginnen
file-syntax-map-start-found = `{ $found }` gehört hier nicht hin: Eine journeymap-Map beginnt mit `(format: …`
file-syntax-opening = hier muss { $part } mit `(` beginnen
file-syntax-opening-found = `{ $found }` gehört hier nicht hin; { $part } beginnt mit `(`
file-syntax-opening-here = hier muss eine `(` stehen
file-syntax-opening-here-found = `{ $found }` gehört hier nicht hin, sondern eine `(`
file-syntax-name-required = die Zeile `#![enable(…)]` am Anfang der Datei verlangt vor jeder `(` einen Namen, den Maps nicht haben; löschen Sie diese Zeile
file-syntax-closing = hier fehlt eine schließende Klammer `{ $bracket }`
file-syntax-list = hier muss eine Liste in eckigen Klammern `[…]` stehen
file-syntax-scores = hier müssen Emotionswerte in geschweiften Klammern stehen, etwa `{"{"}1: 2, 2: -1{"}"}`
file-syntax-colon = hier fehlt ein Doppelpunkt; schreiben Sie ein Feld als `name: Wert` und einen Emotionswert als `Phase: Wert`
file-syntax-comma = hier fehlt ein Komma `,` oder eine schließende Klammer
file-syntax-name = hier muss ein Name ohne Anführungszeichen stehen: ein Feldname wie `title` oder eine Auswahl wie `CurrentState`
file-syntax-not-a-name = `{ $found }` gehört hier nicht hin; hier muss ein Name aus Buchstaben ohne Anführungszeichen stehen, etwa der Feldname `title` oder die Auswahl `CurrentState`
file-syntax-text = hier muss ein Text in doppelten Anführungszeichen stehen
file-syntax-single-quotes = Texte stehen in doppelten Anführungszeichen (`"…"`), nicht in einfachen
file-syntax-byte-text = `b"…"` ist kein Text, den journeymap liest; löschen Sie das `b` vor den Anführungszeichen
file-syntax-unclosed-text = ein Text in Anführungszeichen wird nicht mit `"` geschlossen
file-syntax-escape-unknown = in einem Text folgt auf einen Backslash ein unbekanntes Zeichen; schreiben Sie `\\` für einen Backslash
file-syntax-escape-malformed = eine Folge `\u{"{"}…{"}"}` in einem Text ist unvollständig; tippen Sie das Zeichen lieber direkt ein (und `\\` für einen Backslash)
file-syntax-escape-no-character = eine Folge mit Backslash in einem Text steht für kein gültiges Zeichen; tippen Sie das Zeichen lieber direkt ein (und `\\` für einen Backslash)
file-syntax-whole-number = hier muss eine ganze Zahl stehen
file-syntax-not-whole = `{ $digit }` kann nicht Teil einer ganzen Zahl sein; IDs und Emotionswerte haben keine Nachkommastellen
file-syntax-number = hier muss eine Zahl stehen, etwa `240` oder `240.5` (mit Punkt)
file-syntax-underscore = in dieser Zahl steht ein `_` an falscher Stelle; schreiben Sie nur die Ziffern
file-syntax-out-of-range = diese Zahl ist hier zu groß oder zu klein: IDs reichen von 0 bis 4294967295, Emotionswerte von -2 bis +2
file-syntax-yes-no = hier muss `true` (ja) oder `false` (nein) stehen
file-syntax-optional = hier muss `Some(…)` oder `None` stehen
file-syntax-empty = hier muss `()` stehen
file-syntax-wrong-value = hier muss { $kind } stehen
file-syntax-wrong-count = in diesen Klammern stehen { $count } Einträge, das passt hier nicht
file-syntax-unknown-field = ein Feld `{ $found }` gibt es { $where } nicht; { $allowed }
file-syntax-missing-field = { $where } fehlt `{ $field }:`; ergänzen Sie das Feld
file-syntax-duplicate-field = `{ $field }:` steht { $where } zweimal; behalten Sie nur eines
file-syntax-unknown-choice = `{ $found }` ist als { $choice } unbekannt; { $allowed }
file-syntax-character = das Zeichen `{ $character }` gehört hier nicht hin
file-syntax-unclosed-comment = ein Kommentar mit `/*` wird nicht mit `*/` geschlossen
file-syntax-unclosed-line-comment = ein Kommentar mit `//` wird nicht durch einen Zeilenumbruch beendet
file-syntax-reader-setting = journeymap versteht die Zeile `#![…]` am Anfang der Datei nicht; Maps brauchen keine, löschen Sie sie also
file-syntax-cut-off = die Datei endet mitten in der Map; vielleicht wurde sie abgeschnitten
file-syntax-too-deep = die Klammern sind viel tiefer verschachtelt als in jeder Map; die Datei ist wohl beschädigt
file-syntax-more-after-end = nach dem Ende der Map folgt noch etwas; eine Datei enthält genau eine Map, löschen Sie also alles nach ihrer letzten schließenden Klammer
file-syntax-list-too-long = eine Persona-Liste hat mehr als { $max } Einträge; journeymap öffnet höchstens { $max }
file-syntax-scored-twice = Phase { $stage } hat in einer Emotionszeile zwei Werte; behalten Sie einen
file-syntax-unreadable = journeymap kann die Map an dieser Stelle nicht lesen; vergleichen Sie die Stelle mit einer Map, die journeymap gespeichert hat
file-allowed-none = hier ist nichts anderes möglich
file-allowed-one = möglich ist nur { $list }
file-allowed-many = möglich sind { $list }
file-list-or = { $init } oder { $last }
file-list-more = { $list } und { $more } weitere
file-part-map-file = die Map-Datei
file-part-map = die Map
file-part-persona = die Persona
file-part-stage = die Phase
file-part-lane = die Zeile
file-part-card = die Karte
file-part-touchpoint = der Touchpoint
file-part-connection = die Verbindung
file-part-emotion = die Emotionszeile
file-part-unknown = dieser Teil
file-in-map-file = in der Map-Datei
file-in-map = in der Map
file-in-persona = in der Persona
file-in-stage = in der Phase
file-in-lane = in der Zeile
file-in-card = in der Karte
file-in-touchpoint = im Touchpoint
file-in-connection = in der Verbindung
file-in-emotion = in der Emotionszeile
file-in-unknown = hier
file-choice-map-kind = Map-Art
file-choice-lang = Sprache
file-choice-lane-kind = Zeilenart
file-choice-text-role = Rolle einer Textzeile
file-choice-divider-line = Trennlinie
file-choice-channel = Kanal
file-choice-setting = Umfeld
file-choice-ownership = Medium
file-choice-purchase-phase = Kaufphase
file-choice-unknown = Wert
file-value-whole-number = eine ganze Zahl
file-value-number = eine Zahl
file-value-text = ein Text in doppelten Anführungszeichen
file-value-yes-no = `true` oder `false`
file-value-list = eine Liste in `[…]`
file-value-scores = eine Gruppe von Emotionswerten in `{"{"}…{"}"}`
file-value-optional = `Some(…)` oder `None`
file-value-group = eine Gruppe in `(…)`
file-value-name = ein Name ohne Anführungszeichen
file-value-other = ein Wert anderer Art

## Eine Map, die sich lesen lässt, aber nicht zusammenpasst
file-invalid-duplicate-stage = zwei Phasen haben die ID { $id }; jede Phase braucht ihre eigene ID
file-invalid-duplicate-lane = zwei Zeilen haben die ID { $id }; jede Zeile braucht ihre eigene ID
file-invalid-duplicate-card = zwei Karten haben die ID { $id }; jede Karte braucht ihre eigene ID
file-invalid-unknown-lane = Karte { $card } liegt in Zeile { $lane }, aber eine Zeile mit dieser ID gibt es nicht
file-invalid-unknown-stage = Karte { $card } liegt in Phase { $stage }, aber eine Phase mit dieser ID gibt es nicht
file-invalid-lane-holds-no-cards = Karte { $card } liegt in Zeile { $lane } („{ $title }“), die keine Karten aufnehmen kann
file-invalid-unknown-connection-end = eine Verbindung führt zu Karte { $card }, aber eine Karte mit dieser ID gibt es nicht
file-invalid-self-connection = eine Verbindung führt von Karte { $card } zu ihr selbst; ein Pfeil verbindet zwei verschiedene Karten
file-invalid-duplicate-connection = die Verbindung von Karte { $from } zu Karte { $to } steht zweimal in der Map; behalten Sie eine
file-invalid-score-for-unknown-stage = Emotionszeile { $lane } hat einen Wert für Phase { $stage }, aber diese Phase gibt es nicht
file-invalid-score-out-of-range = Emotionszeile { $lane } bewertet Phase { $stage } mit { $score }; Werte reichen von { $min } bis +{ $max }
file-invalid-stage-width = Phase { $stage } ist { $width } Punkte breit; eine Phase ist { $min } bis { $max } Punkte breit
file-invalid-lane-height = Zeile { $lane } ist { $height } Punkte hoch; eine Zeile ist { $min } bis { $max } Punkte hoch
file-invalid-too-many = die Map hat { $count } { $what }; journeymap öffnet höchstens { $max }
file-invalid-text-too-long = { $what } stehen { $chars } Zeichen, mehr als die { $max }, die journeymap erlaubt; kürzen Sie den Text
file-invalid-photo-outside = der Pfad des Persona-Fotos „{ $path }“ muss relativ zum Ordner der Map sein und darin bleiben
file-counted-stages = Phasen
file-counted-lanes = Zeilen
file-counted-cards = Karten
file-counted-connections = Verbindungen
file-counted-persona-goals = Ziele der Persona
file-counted-persona-needs = Bedürfnisse der Persona
file-counted-persona-frustrations = Frustrationen der Persona
file-text-title = im Titel
file-text-goal = im Ziel
file-text-persona-name = im Namen der Persona
file-text-persona-role = in der Rolle der Persona
file-text-persona-quote = im Zitat der Persona
file-text-persona-list-entry = in einem Eintrag einer Persona-Liste
file-text-stage-title = im Titel von Phase { $id }
file-text-lane-title = im Titel von Zeile { $id }
file-text-card-title = im Titel von Karte { $id }
file-text-card-notes = in den Notizen von Karte { $id }
file-text-new-stage-title = im Titel der neuen Phase
file-text-new-lane-title = im Titel der neuen Zeile

## Persona-Fotos
file-photo-outside = „{ $path }“ liegt nicht im Ordner der Map; legen Sie das Foto in den Ordner der Map (oder einen Ordner darin) und wählen Sie es erneut aus
file-photo-read = { $file } lässt sich nicht lesen: { $reason }
file-photo-too-large = { $file } ist größer als { $max } MiB; nehmen Sie ein kleineres Bild
file-photo-too-many-pixels = { $file } hat { $width } × { $height } Pixel, journeymap zeigt Fotos bis { $max } × { $max }; verkleinern Sie das Bild
file-photo-not-an-image = { $file } ist kein Bild, das journeymap lesen kann; speichern Sie es als PNG oder JPEG
