# journeymap — deutsche Texte.
# Jede Nachricht hier muss es auch in ../en/editor.ftl geben (ein Test prüft beide Richtungen).

## Die vier Arten von Maps
kind-current-state = Ist-Zustand
kind-day-in-the-life = Ein Tag im Leben
kind-future-state = Soll-Zustand
kind-service-blueprint = Service Blueprint

## Touchpoint-Facetten
setting-online = Online
setting-offline = Offline
ownership-owned = Eigen
ownership-paid = Bezahlt
ownership-earned = Verdient
ownership-shared = Geteilt
ownership-managed = Betreut
phase-pre-purchase = Vor dem Kauf
phase-purchase = Kauf
phase-post-purchase = Nach dem Kauf

## Der Titelbereich einer Map
map-goal = Ziel
persona-goals = Ziele
persona-needs = Bedürfnisse
persona-frustrations = Frustrationen
legend-touchpoint-media = Touchpoint-Medien

## Namen von Änderungen, für „Rückgängig: …“ und „Wiederholen: …“
edit-add-cards = Karten hinzufügen
edit-move-cards = Karten verschieben
edit-update-card = Karte bearbeiten
edit-take-notes = Notizen aus dem Raum übernehmen
edit-reject-notes = Notizen aus dem Raum ablehnen
edit-delete-cards = Karten löschen
edit-add-stage = Phase hinzufügen
edit-rename-stage = Phase umbenennen
edit-move-stage = Phase verschieben
edit-delete-stage = Phase löschen
edit-set-stage-phase = Kaufphase der Phase ändern
edit-add-lane = Zeile hinzufügen
edit-rename-lane = Zeile umbenennen
edit-move-lane = Zeile verschieben
edit-delete-lane = Zeile löschen
edit-resize-stage = Phasenbreite ändern
edit-resize-lane = Zeilenhöhe ändern
edit-collapse-lane = Zeile einklappen
edit-expand-lane = Zeile ausklappen
edit-set-emotion = Emotion ändern
edit-connect = Karten verbinden
edit-disconnect = Verbindung entfernen
edit-set-info = Map-Infos bearbeiten
edit-set-questions = Kundenfragen bearbeiten
edit-set-touchpoints-per-stage = Touchpoints pro Phase festlegen
edit-change = Änderung

## Menüs und Befehle des Editors
title-untitled = Unbenannte Map

## Statusleiste
status-saved = { $file } gespeichert.
status-open-failed-hint = Die geöffnete Map ist unverändert.
status-open-failed-hint-start = Wählen Sie eine andere Map oder beginnen Sie eine neue.
status-dismiss = Meldung schließen

## Dialoge
dialog-open-title = Map öffnen
dialog-save-title = Map speichern unter
dialog-path-hint = Geben Sie den Pfad der Datei ein oder wählen Sie sie mit „Durchsuchen…“.
dialog-browse = Durchsuchen…
dialog-no-chooser = Auf diesem System lässt sich kein Dateiauswahl-Fenster öffnen; geben Sie den Pfad der Datei oben ein.
dialog-open = Öffnen
dialog-save = Speichern
dialog-cancel = Abbrechen
dialog-unsaved-title = Änderungen speichern?
dialog-unsaved-body = Diese Map hat Änderungen, die noch nicht gespeichert sind. Ohne Speichern gehen sie verloren.
dialog-unsaved-save = Speichern
dialog-unsaved-discard = Nicht speichern

## Touchpoint-Palette
palette-title = Touchpoints
palette-search = Touchpoints suchen…
palette-custom = Eigener Touchpoint…
palette-custom-hint = Namen eingeben und auf eine Zeile ziehen.
palette-drag-hint = Auf eine Zeile ziehen oder anklicken: Er kommt in die Phase der gewählten Karte.
category-web = Website & Shop
category-advertising = Werbung
category-search-and-listings = Suche, Einträge & Bewertungen
category-social-and-word-of-mouth = Social Media & Mundpropaganda
category-direct-contact = Direkter Kontakt
category-in-person = Vor Ort & nach dem Kauf
category-other = Sonstiges
channel-website = Website
    .keywords = Homepage, Webseite, Internetseite, Internet
channel-landing-page = Landingpage
    .keywords = Kampagnenseite, Aktionsseite, Webseite
channel-navigation-search = Navigation & Suche
    .keywords = Menü, Seitensuche, Orientierung, Bedienbarkeit
channel-contact-page = Kontaktseite & -daten
    .keywords = Adresse, Öffnungszeiten, Impressum, Telefonnummer
channel-shop-checkout = Onlineshop-Kasse
    .keywords = Onlineshop, Webshop, E-Commerce, Warenkorb, Bezahlung, online bestellen
channel-mobile-app = Smartphone-App
    .keywords = App, Smartphone, Handy, iPhone, Android, Bestell-App, App Store
channel-newsletter = Newsletter
    .keywords = E-Mail, Mail, Mailing, Rundbrief
channel-follow-up-email = Follow-up-E-Mail
    .keywords = E-Mail, Mail, Bestätigung, Erinnerung, Nachfass-Mail
channel-messenger = Messenger-Chat
    .keywords = WhatsApp, Signal, Telegram, Threema, Chat, Nachricht, SMS, Direktnachricht
channel-social-profile = Social-Media-Profil
    .keywords = Instagram, Facebook, LinkedIn, soziale Medien, Seite
channel-video = Videokanal
    .keywords = YouTube, TikTok, Reels, Shorts, Video, Clip, Vlog, Vimeo
channel-social-ad = Social-Media-Anzeige
    .keywords = Instagram-Werbung, Facebook-Werbung, gesponserter Beitrag, Anzeige
channel-search-ad = Suchmaschinenanzeige
    .keywords = Google Ads, SEA, bezahlte Suche, gesponsertes Ergebnis
channel-search-result = Suchergebnis (SEO)
    .keywords = Google, SEO, organische Suche, online gefunden
channel-display-banner = Display-Banner
    .keywords = Banner, Onlinewerbung, Werbebanner
channel-poster = Plakat
    .keywords = Plakatwand, Litfaßsäule, Bushaltestelle, Außenwerbung, Schild
channel-flyer = Flyer
    .keywords = Handzettel, Prospekt, Broschüre, Postwurf, Druck
channel-review-portal = Bewertungsportal
    .keywords = Bewertungen, Rezensionen, Sterne, Trustpilot, Yelp, Tripadvisor
channel-marketplace-listing = Marktplatz-Angebot
    .keywords = Amazon, eBay, Etsy, Marktplatz, Plattform
channel-maps-listing = Google-Maps-Eintrag
    .keywords = Google Maps, Apple Maps, Unternehmensprofil, Branchenbuch, Standort
channel-blog-post = Blogartikel
    .keywords = Artikel, Blog, Beitrag, Ratgeber
channel-recommendation = Empfehlung von Freunden
    .keywords = Mundpropaganda, Weiterempfehlung, Tipp, Freunde, Familie
channel-press-article = Presseartikel
    .keywords = Zeitung, Zeitschrift, Presse, Medien, Journalist
channel-chatbot = Chatbot
    .keywords = Bot, Chat, Assistent, KI-Chat, Live-Chat
channel-hotline = Telefon / Hotline
    .keywords = Telefon, Anruf, Hotline, Callcenter
channel-complaint-handling = Beschwerdemanagement
    .keywords = Beschwerde, Reklamation, Retoure, Erstattung, Problem
channel-store-visit = Besuch im Geschäft
    .keywords = Laden, Geschäft, Filiale, Theke, Bäckerei, vor Ort
channel-consultation = Verkaufsgespräch / Beratung
    .keywords = Beratung, Beratungsgespräch, Kundengespräch, Termin, Verkauf
channel-delivery = Lieferung / Paket
    .keywords = Versand, Paket, Lieferung, Kurier, Post
channel-invoice = Rechnung
    .keywords = Rechnung, Quittung, Kassenbon, Zahlung
channel-customer-service = Kundenservice
    .keywords = Support, Kundendienst, Service, Hilfe
channel-loyalty-programme = Treueprogramm / Rabatt
    .keywords = Bonuskarte, Stempelkarte, Punkte, Rabatt, Gutschein, Coupon
channel-branding = Logo & Markenauftritt
    .keywords = Logo, Marke, Corporate Design, Erscheinungsbild
channel-survey = Umfrage
    .keywords = Fragebogen, Feedback, Befragung, Umfrage, NPS
channel-custom = Eigener Touchpoint

## Inspektor
inspector-title = Karte
inspector-empty = Klicken Sie auf eine Karte, um alles an ihr zu sehen und zu ändern.
inspector-many = { $count } Karten ausgewählt. Entf löscht sie, Strg+D dupliziert sie.
inspector-card-title = Titel
inspector-notes = Notizen
inspector-touchpoint = Diese Karte ist ein Touchpoint
inspector-channel = Kanal
inspector-setting = Umfeld
inspector-ownership = Medium
inspector-phase = Kaufphase
inspector-lane = Zeile
inspector-stage = Phase

## Export, neue Map, Map-Infos
dialog-export-title = Map als Bild exportieren
dialog-export = Exportieren
dialog-photo-title = Persona-Foto
dialog-photo-hint = Ein PNG- oder JPEG-Bild. Es wird in den Ordner der Map kopiert, falls es dort noch nicht liegt, damit Map und Foto zusammenbleiben.
dialog-photo = Foto verwenden
dialog-export-scale = Skalierung
dialog-export-scale-hint = 2× ist auf einem 4K-Beamer scharf; 1× hält die Datei klein.
dialog-export-transparent = Transparenter Hintergrund
status-exported = { $file } exportiert.
status-export-failed-hint = Wählen Sie einen anderen Ordner oder eine kleinere Skalierung.
dialog-export-slides-title = Map als Folien exportieren
dialog-export-csv-title = Touchpoints als Tabelle exportieren
dialog-export-deck-title = Map als Foliensatz exportieren
dialog-export-svg-title = Map als Vektorgrafik exportieren
dialog-export-svg-hint = Dasselbe Bild wie das PNG, in jeder Größe scharf: für Webseiten und zum Bearbeiten in Inkscape, Illustrator oder LibreOffice Draw. Die Buchstaben sind als Formen gezeichnet, daher sieht es auch auf Rechnern ohne die Schriften der Map gleich aus.
dialog-export-pdf-title = Map als PDF exportieren
dialog-export-page = Seite
dialog-export-page-fit = Größe der Map
dialog-export-pdf-hint = Der Text bleibt Text: Er lässt sich markieren und durchsuchen. „Größe der Map“ macht die Seite so groß wie die Map; A4 bis A0 drucken sie quer auf ein Blatt oder ein Plakat für die Workshop-Wand.
dialog-export-deck-hint = Eine PowerPoint-Datei (auch LibreOffice Impress öffnet sie): eine Titelfolie mit Titel, Ziel und Personas als bearbeitbarem Text, dann die Map auf Folien eingepasst – zwischen den Phasen aufgeteilt, wenn sie für eine Folie zu breit ist; jede Folie der Map hat Notizen mit den Pain Points und Chancen ihrer Phasen.
dialog-export-slide-shape = Folienformat
dialog-export-slide-size = Größe
dialog-export-slide-full-hd = Full HD ({ $width } × { $height })
dialog-export-slide-4k = 4K ({ $width } × { $height })
dialog-export-stages = Phasen
dialog-export-stages-to = bis
dialog-export-first-stage = Erste Phase
dialog-export-last-stage = Letzte Phase
status-exported-several = { $count } Dateien exportiert, { $first } bis { $last }.
status-exporting = Wird exportiert …
status-copying-image = Map wird als Bild kopiert …
status-export-cancelling = Wird angehalten …
status-export-busy = Ein Export läuft noch. Warten Sie ihn ab oder brechen Sie ihn zuerst ab.
status-export-crashed = Der Export wurde unerwartet beendet. Es wurde nichts geschrieben; bitte versuchen Sie es erneut.
status-export-cancelled = Export abgebrochen. Es wurde nichts geschrieben.
status-copy-cancelled = Kopieren abgebrochen.
status-copied-image = Die Map wurde als Bild kopiert. Fügen Sie sie in Ihre Folien oder Ihr Dokument ein.
status-export-rescaled = Für ein Bild in { $asked }× war sie zu groß, daher wurde sie in { $used }× erstellt.
status-export-tiled = Für ein einzelnes Bild war sie zu groß, daher wurde sie in { $count } Bilder geteilt, { $across } nebeneinander und { $down } untereinander, nummeriert von links nach rechts und oben nach unten.
status-export-series = Die Map war für eine Folie zu breit und wurde zwischen den Phasen auf { $count } Folien verteilt.
dialog-new-title = Neue Map
dialog-new-language = Sprache der Phasen- und Zeilennamen
dialog-new-create = Anlegen
kind-current-state-about = Wie die Journey heute abläuft: Handlungen, Gedanken und Gefühle an jedem Touchpoint.
kind-day-in-the-life-about = Ein ganzer Tag der Person, mit oder ohne Ihr Unternehmen darin.
kind-future-state-about = Wie die Journey ablaufen soll, verknüpft mit Zielen und Ideen.
kind-service-blueprint-about = Was hinter den Kulissen passiert, damit jeder Schritt gelingt.
info-title = Map-Infos
info-map-title = Titel
info-goal = Ziel der Map
info-persona = Persona
info-persona-name = Name
info-persona-role = Rolle oder Situation
info-persona-quote = Typisches Zitat
info-persona-goals = Ziele (eines pro Zeile)
info-persona-needs = Bedürfnisse (eines pro Zeile)
info-persona-frustrations = Frustrationen (eine pro Zeile)
info-persona-photo = Foto
info-persona-no-photo = keines
info-persona-remove-photo = Foto entfernen
photo-save-map-first = Speichern Sie die Map zuerst: Das Persona-Foto liegt im Ordner der Map.
photo-not-shown = Das Persona-Foto kann nicht angezeigt werden: { $error }
photo-not-used = Dieses Bild kann nicht das Persona-Foto sein: { $error }
photo-bad-name = der Name von { $file } enthält Zeichen, die eine Map nicht speichern kann; benennen Sie das Bild um
photo-crowded = im Ordner der Map liegen schon viele Bilder mit einem Namen wie { $file }; benennen Sie das Bild um
photo-copy-failed = es konnte nicht nach { $file } kopiert werden: { $reason }
info-close = Schließen
dialog-path = Dateipfad
canvas-emotion = Emotion bei { $stage }

## Canvas: Kopfzeilen und Umbenennen
canvas-rename = Umbenennen
canvas-add-card-hint = Doppelklick fügt eine Karte hinzu
canvas-card-empty = Leere Karte
canvas-card-text = Kartentext
canvas-card-keys = Eingabe: nächste Karte  ·  Umschalt+Eingabe: Zeilenumbruch  ·  Tab: nächste Phase  ·  Esc: fertig
canvas-drop-as-touchpoint = Fügt den Touchpoint { QUOTE($name) } hinzu
canvas-drop-as-note = Fügt { QUOTE($name) } als Notiz in diese Zeile ein
stage-new-title = Neue Phase
lane-new-touchpoints = Touchpoints
lane-new-actions = Kundenaktionen
lane-new-thoughts = Gedanken
lane-new-pain-points = Pain Points
lane-new-opportunities = Chancen
lane-new-notes = Notizen
lane-new-emotions = Emotionen
lane-new-divider = Sichtbarkeitslinie
canvas-connect = Mit einer anderen Karte verbinden
canvas-stage-width = Breite von { $stage }
canvas-lane-height = Höhe von { $lane }
canvas-lane-collapse = { $lane } einklappen
canvas-lane-expand = { $lane } ausklappen
canvas-collapsed-cards = { $count ->
    [one] 1 Karte
   *[other] { $count } Karten
}

## Startseite
start-title = journeymap
start-subtitle = Zeichnen Sie auf, wie Ihre Kundschaft Ihr Unternehmen erlebt – Phase für Phase, Touchpoint für Touchpoint.
start-new = Neue Map beginnen
start-examples = Ein Beispiel öffnen
start-recent = Zuletzt geöffnet
start-recent-none = Maps, die Sie öffnen oder speichern, erscheinen hier.
start-recent-missing = Fehlt in { $folder }
start-recent-forget = { QUOTE($title) } aus der Liste entfernen

## Saving safely
save-failed = { $file } konnte nicht gespeichert werden: { $reason }.
save-failed-backup = { $file } wurde nicht gespeichert, weil die Sicherungskopie { $backup } nicht angelegt werden konnte: { $reason }.
save-reason-missing-folder = der Ordner existiert nicht (mehr)
save-reason-folder-takes-no-files = der Ordner ist zwar da, nimmt aber keine neuen Dateien an
save-reason-read-only = der Datenträger oder Ordner ist schreibgeschützt
save-reason-not-allowed = Sie dürfen dort nicht schreiben, oder die Datei ist gegen Änderungen geschützt
save-reason-disk-full = der Datenträger ist voll
save-reason-in-use = ein anderes Programm verwendet die Datei
save-advice-missing-folder = Vielleicht wurde der Ordner verschoben oder umbenannt, oder er liegt auf einem Laufwerk oder einer Netzwerkfreigabe, die nicht verbunden ist: Verbinden Sie es wieder oder wählen Sie mit „Speichern unter…“ einen anderen Ordner.
save-advice-folder-takes-no-files = Manche Ordner gehören dem System oder einem Gerät, das Dateien nur anzeigt: Wählen Sie mit „Speichern unter…“ einen anderen Ordner, etwa „Dokumente“.
save-advice-read-only = Das passiert bei schreibgeschützten USB-Sticks und Speicherkarten und bei freigegebenen Ordnern, die Sie nur lesen dürfen: Wählen Sie mit „Speichern unter…“ einen anderen Ordner.
save-advice-not-allowed = Wählen Sie mit „Speichern unter…“ einen anderen Ordner oder bitten Sie die Person, die den Ordner verwaltet, um Schreibrechte.
save-advice-disk-full = Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen, die Sie nicht mehr brauchen) und speichern Sie erneut, oder wählen Sie mit „Speichern unter…“ einen anderen Datenträger.
save-advice-in-use = Schließen Sie die Datei im anderen Programm (oder warten Sie, bis eine Synchronisierung fertig ist) und speichern Sie erneut, oder speichern Sie mit „Speichern unter…“ eine Kopie.
save-advice-other = Wählen Sie mit „Speichern unter…“ einen anderen Ordner.
save-advice-backup = Um ohne Sicherungskopie zu speichern, stellen Sie im Menü „Datei“ „Sicherungskopien behalten“ auf „Keine Sicherungskopien“.
save-unchanged = Die Datei auf dem Datenträger wurde nicht verändert.
save-still-open = Ihre Map bleibt mit allen Änderungen geöffnet.
save-conflict-changed = { $file } wurde seit dem Öffnen von einem anderen Programm geändert
save-conflict-missing = { $file } wurde seit dem Öffnen von einem anderen Programm verschoben oder gelöscht
save-conflict-body = Wenn Sie überschreiben, ersetzt Ihre Map die Änderungen des anderen Programms (die Fassung auf dem Datenträger bleibt als Sicherungskopie erhalten, wenn Sicherungskopien eingeschaltet sind). Mit „Speichern unter…“ behalten Sie beide.
save-conflict-body-missing = Speichern legt Ihre Map wieder unter diesem Namen an. Mit „Speichern unter…“ wählen Sie einen anderen.
save-conflict-overwrite = Überschreiben
save-conflict-cancelled = Nicht gespeichert; { $file } bleibt, wie das andere Programm die Datei hinterlassen hat.
save-backups = Sicherungskopien behalten: { $count }
save-backups-hint = Beim Speichern über eine Map bleibt die ersetzte Fassung daneben als NAME.ron.bak erhalten, ältere als NAME.ron.bak2 und so weiter.
save-backups-count = { $count ->
    [0] Keine Sicherungskopien
    [one] 1 Sicherungskopie
   *[other] { $count } Sicherungskopien
}

## Ungespeicherte Arbeit wiederherstellen
recovery-title = Ungespeicherte Arbeit wiederherstellen
recovery-intro = journeymap wurde beendet, ohne diese Maps zu speichern. Stellen Sie eine wieder her, um dort weiterzumachen, wo Sie aufgehört haben, oder verwerfen Sie sie.
recovery-untitled = Map ohne Titel
recovery-never-saved = nie gespeichert
recovery-just-now = gerade eben
recovery-minutes-ago = { $count ->
    [one] vor 1 Minute
   *[other] vor { $count } Minuten
}
recovery-hours-ago = { $count ->
    [one] vor 1 Stunde
   *[other] vor { $count } Stunden
}
recovery-days-ago = { $count ->
    [one] vor 1 Tag
   *[other] vor { $count } Tagen
}
recovery-unreadable = Diese Kopie lässt sich nicht lesen ({ $error }); verwerfen Sie sie.
recovery-restore = Wiederherstellen
recovery-discard = Verwerfen
recovery-later = Später entscheiden
recovery-restored = { QUOTE($title) } wiederhergestellt. Speichern Sie die Map, um sie zu behalten.
recovery-write-failed = Ungespeicherte Änderungen konnten nicht für die Wiederherstellung kopiert werden ({ $error }). Speichern Sie Ihre Map bald.

## Tabs
tab-name = Map { $title }
tab-close = Diese Map schließen
tab-close-named = { $title } schließen

## Analyse-Bereich
analysis-title = Analyse
analysis-matrix = Prioritätenmatrix
analysis-heat = Heatmap
analysis-channels = Kanäle × Phasen
analysis-density = Dichte
analysis-facets = Merkmale
analysis-matrix-dot = { $title }: Wichtigkeit { $importance }, Leistung { $performance }
analysis-matrix-empty = Noch hat kein Touchpoint beide Bewertungen. Bewerten Sie Wichtigkeit und Leistung im Inspektor.
analysis-not-rated = Nicht bewertet ({ $count }):
analysis-no-touchpoints = Die Map hat noch keine Touchpoints.
analysis-channel = Kanal
analysis-total = Summe
analysis-density-hint = Zu wenige Touchpoints in einer Phase, und Kundinnen und Kunden bemerken Sie dort kaum; mehr als { $limit }, und sie verlieren den Überblick.
analysis-density-empty = keine – hier bemerkt man Sie kaum
analysis-density-crowded = { $count }, mehr als { $limit } – überladen
analysis-facets-hint = Klicken Sie auf einen Wert, um seine Touchpoints auf der Map hervorzuheben; die übrigen treten zurück.
analysis-show-all = Alle zeigen
analysis-heat-hint = Färben Sie die Touchpoint-Karten nach einer Bewertung oder Kennzahl; die Legende steht über den Zeilennamen, am Bildschirm und im exportierten Bild.
analysis-heat-off = Keine Färbung
analysis-heat-count = { $count } von { $total } Touchpoints haben einen Wert.
analysis-questions = Fragen
questions-hint = Fragen Sie echte Kundinnen und Kunden und notieren Sie, was sie sagen. Haken Sie eine Frage ab, sobald sie gut genug beantwortet ist.
questions-progress = { $done } von { $count } Fragen beantwortet
questions-done = Beantwortet
questions-done-named = Beantwortet: { $question }
questions-answer = Antwort auf: { $question }
questions-answer-hint = Was Kundinnen und Kunden sagten …
questions-own = Eigene Frage
questions-own-hint = Frage eingeben …
questions-remove = Diese Frage entfernen
questions-add = Eigene Frage hinzufügen
analysis-votes = Stimmen
analysis-votes-empty = Noch keine Punkte. Öffnen Sie den Raum im Modus „Abstimmen“: Die Karten, auf die die Teilnehmenden ihre Punkte setzen, stehen dann hier, die meisten zuerst.
analysis-votes-total = { $dots } { $dots ->
        [one] Punkt
       *[other] Punkte
    } auf { $cards } { $cards ->
        [one] Karte
       *[other] Karten
    }. Klicken Sie auf eine Karte, um sie auf der Map zu zeigen.
analysis-votes-entry = { $title }: { $count ->
        [one] 1 Punkt
       *[other] { $count } Punkte
    } ({ $stage } · { $lane })

# Die gezeigte Map mit einer anderen vergleichen.
compare-pick-title = { QUOTE($title) } vergleichen mit…
compare-pick-tabs = Einer geöffneten Map:
compare-pick-no-tabs = Keine andere Map ist geöffnet.
compare-pick-file = …oder einer Map-Datei:
compare-pick-path = Map-Datei zum Vergleichen
compare-pick-compare = Vergleichen
compare-heading = { $a } im Vergleich mit { $b }
compare-close = Vergleich schließen
compare-hint = Nur Ansicht. Ziehen oder Scrollen verschiebt, Strg+Scrollen zoomt, Esc führt zurück zum Editor.
compare-hover-removed = { $title }: entfallen (nur in Map A)
compare-hover-added = { $title }: hinzugekommen (nur in Map B)
compare-hover-changed = { $title }: geändert ({ $what })

palette-nothing-found = Nichts gefunden für { QUOTE($query) }.
palette-add-as-own = { QUOTE($name) } als eigenen Touchpoint hinzufügen
palette-custom-guessed = Aus dem Namen geschätzt; zum Ändern anklicken.

# Pasting plain text: one card per line.
status-paste-lines-added = { $count ->
    [one] Eine Karte eingefügt. Rückgängig nimmt sie wieder heraus.
   *[other] { $count } Karten eingefügt, eine pro Zeile. Rückgängig nimmt alle wieder heraus.
}
status-paste-lines-where = Wählen Sie zuerst eine Karte oder eine Zelle aus und fügen Sie dann ein: Jede Zeile des Textes wird dort zu einer Karte.
status-paste-lines-empty = Der eingefügte Text hat nur leere Zeilen: Es wurden keine Karten angelegt.
status-paste-lines-too-large = Nichts eingefügt: Der Text ist größer als 1 MB. Fügen Sie eine kürzere Liste ein.
status-paste-lines-too-many = Nichts eingefügt: Der Text hat { $count } Zeilen, mehr als { $max } Karten auf einmal. Fügen Sie eine kürzere Liste ein.
status-paste-lines-too-long = Nichts eingefügt: Zeile { $line } hat { $chars } Zeichen, mehr als eine Karte fasst ({ $max }).
status-paste-lines-no-room = { $room ->
    [0] Nichts eingefügt: Die Map ist voll und hat keinen Platz für weitere Karten.
   *[other] Nichts eingefügt: Die Map hat nur noch Platz für { $room } Karten.
}
status-paste-lines-failed = Nichts eingefügt: Die Map konnte diese Karten nicht aufnehmen.

# Abschnitte: benannte Gruppen von Phasen, als Band über den Phasenköpfen gezeichnet.
edit-add-phase = Abschnitt anlegen
edit-rename-phase = Abschnitt umbenennen
edit-recolour-phase = Farbe des Abschnitts ändern
edit-remove-phase = Abschnitt entfernen
edit-merge-phases = Abschnitte zusammenführen
edit-stage-in-phase = Abschnitt der Phase ändern
edit-split-phase = Abschnitt teilen
