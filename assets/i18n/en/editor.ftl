# journeymap — English texts.
# Every message here must also exist in ../de/editor.ftl (a test checks both ways).

## The four kinds of map
kind-current-state = Current state
kind-day-in-the-life = Day in the life
kind-future-state = Future state
kind-service-blueprint = Service blueprint

## Touchpoint facets
setting-online = Online
setting-offline = Offline
ownership-owned = Owned
ownership-paid = Paid
ownership-earned = Earned
ownership-shared = Shared
ownership-managed = Managed
phase-pre-purchase = Pre-purchase
phase-purchase = Purchase
phase-post-purchase = Post-purchase

## The title band of a map
map-goal = Goal
persona-goals = Goals
persona-needs = Needs
persona-frustrations = Frustrations
legend-touchpoint-media = Touchpoint media

## Names of changes, for "Undo …" and "Redo …"
edit-add-cards = Add cards
edit-move-cards = Move cards
edit-update-card = Edit card
edit-take-notes = Take notes from the room
edit-reject-notes = Reject notes from the room
edit-delete-cards = Delete cards
edit-add-stage = Add stage
edit-rename-stage = Rename stage
edit-move-stage = Move stage
edit-delete-stage = Delete stage
edit-set-stage-phase = Set stage phase
edit-add-lane = Add lane
edit-rename-lane = Rename lane
edit-move-lane = Move lane
edit-delete-lane = Delete lane
edit-resize-stage = Resize stage
edit-resize-lane = Resize lane
edit-collapse-lane = Collapse lane
edit-expand-lane = Expand lane
edit-set-emotion = Change emotion
edit-connect = Connect cards
edit-disconnect = Remove connection
edit-set-info = Edit map info
edit-set-questions = Edit customer questions
edit-set-touchpoints-per-stage = Set touchpoints per stage
edit-change = Change

## Editor menus and commands
title-untitled = Untitled map

## Status bar
status-saved = Saved { $file }.
status-open-failed-hint = The map you had open is unchanged.
status-open-failed-hint-start = Choose another map, or start a new one.
status-dismiss = Dismiss this message

## Dialogs
dialog-open-title = Open a map
dialog-save-title = Save the map as
dialog-path-hint = Type the file's path, or choose it with "Browse…".
dialog-browse = Browse…
dialog-no-chooser = This system has no file chooser to open; type the file's path above.
dialog-open = Open
dialog-save = Save
dialog-cancel = Cancel
dialog-unsaved-title = Save your changes?
dialog-unsaved-body = This map has changes that are not saved yet. If you don't save them, they are lost.
dialog-unsaved-save = Save
dialog-unsaved-discard = Don't save

## Touchpoint palette
palette-title = Touchpoints
palette-search = Search touchpoints…
palette-custom = Your own touchpoint…
palette-custom-hint = Type a name, then drag it onto a lane.
palette-drag-hint = Drag onto a lane, or click to add to the selected card's stage.
category-web = Website & shop
category-advertising = Advertising
category-search-and-listings = Search, listings & reviews
category-social-and-word-of-mouth = Social media & word of mouth
category-direct-contact = Direct contact
category-in-person = In person & after the sale
category-other = Other
channel-website = Website
    .keywords = homepage, web page, site, internet
channel-landing-page = Landing page
    .keywords = campaign page, microsite, web page
channel-navigation-search = Navigation & site search
    .keywords = menu, site search, finding things, usability
channel-contact-page = Contact page & details
    .keywords = address, opening hours, imprint, phone number
channel-shop-checkout = Online shop checkout
    .keywords = online shop, web shop, e-commerce, cart, basket, payment, order online
channel-mobile-app = Mobile app
    .keywords = app, smartphone, iphone, android, mobile, ordering app, app store
channel-newsletter = Newsletter
    .keywords = e-mail, email, mailing, mail
channel-follow-up-email = Follow-up e-mail
    .keywords = e-mail, email, mail, confirmation, reminder
channel-messenger = Messenger chat
    .keywords = whatsapp, signal, telegram, threema, chat, instant message, sms, text message, dm
channel-social-profile = Social media profile
    .keywords = instagram, facebook, linkedin, social media, page
channel-video = Video channel
    .keywords = youtube, tiktok, reels, shorts, video, clip, vlog, vimeo
channel-social-ad = Social media ad
    .keywords = instagram ad, facebook ad, sponsored post, advert
channel-search-ad = Search ad
    .keywords = google ads, sea, paid search, sponsored result
channel-search-result = Search result (SEO)
    .keywords = google, seo, organic search, found online
channel-display-banner = Display banner
    .keywords = banner, online ad, display ad
channel-poster = Poster / billboard
    .keywords = billboard, bus stop, outdoor ad, sign
channel-flyer = Flyer
    .keywords = leaflet, brochure, handout, print, mail drop
channel-review-portal = Review portal
    .keywords = reviews, ratings, stars, trustpilot, yelp, tripadvisor
channel-marketplace-listing = Marketplace listing
    .keywords = amazon, ebay, etsy, marketplace, platform
channel-maps-listing = Business listing on maps
    .keywords = google maps, apple maps, business profile, google business, location
channel-blog-post = Blog post
    .keywords = article, blog, content, guide
channel-recommendation = Recommendation by a friend
    .keywords = word of mouth, referral, tip, friends, family
channel-press-article = Press article
    .keywords = newspaper, magazine, press, media, journalist
channel-chatbot = Chatbot
    .keywords = bot, chat, assistant, ai chat, live chat
channel-hotline = Phone call / hotline
    .keywords = phone, telephone, call, hotline, call centre
channel-complaint-handling = Complaint handling
    .keywords = complaint, claim, returns, refund, problem
channel-store-visit = Store visit
    .keywords = shop, store, branch, counter, bakery, in person, walk in
channel-consultation = Sales conversation
    .keywords = consulting, consultation, advice, sales talk, meeting, appointment, counselling
channel-delivery = Delivery / parcel
    .keywords = shipping, parcel, package, courier, post
channel-invoice = Invoice
    .keywords = bill, receipt, payment
channel-customer-service = Customer service
    .keywords = support, help desk, service, after sales
channel-loyalty-programme = Loyalty programme / discount
    .keywords = bonus card, stamp card, points, discount, coupon, voucher
channel-branding = Logo & branding
    .keywords = logo, brand, corporate design, look
channel-survey = Survey
    .keywords = questionnaire, feedback, poll, nps
channel-custom = Custom touchpoint

## Inspector
inspector-title = Card
inspector-empty = Click a card to see and change everything about it.
inspector-many = { $count } cards selected. Delete removes them, Ctrl+D duplicates them.
inspector-card-title = Title
inspector-notes = Notes
inspector-touchpoint = This card is a touchpoint
inspector-channel = Channel
inspector-setting = Setting
inspector-ownership = Media
inspector-phase = Purchase phase
inspector-lane = Lane
inspector-stage = Stage

## Export, new map, map info
dialog-export-title = Export the map as a picture
dialog-export = Export
dialog-photo-title = Persona photo
dialog-photo-hint = A PNG or JPEG picture. It is copied into the map's folder if it is not there yet, so the map and its photo travel together.
dialog-photo = Use photo
dialog-export-scale = Scale
dialog-export-scale-hint = 2× is sharp on a 4K projector; 1× keeps the file small.
dialog-export-transparent = Transparent background
status-exported = Exported { $file }.
status-export-failed-hint = Choose another folder or a smaller scale.
dialog-export-slides-title = Export the map as slides
dialog-export-csv-title = Export the touchpoints as a table
dialog-export-deck-title = Export the map as a slide deck
dialog-export-svg-title = Export the map as a vector picture
dialog-export-svg-hint = The same picture as the PNG, sharp at any size: for web pages and for editing in Inkscape, Illustrator or LibreOffice Draw. The letters are drawn as shapes, so it looks the same on computers without the map's fonts.
dialog-export-pdf-title = Export the map as a PDF
dialog-export-page = Page
dialog-export-page-fit = Map size
dialog-export-pdf-hint = The text stays text: it can be selected and searched. "Map size" makes a page as large as the map; A4 to A0 print it on a landscape sheet or a poster for the workshop wall.
dialog-export-deck-hint = A PowerPoint file (LibreOffice Impress opens it too): a title slide with the title, goal and personas as text you can edit, then the map fitted on slides, split between stages when it is too wide to read on one; each map slide carries speaker notes with its stages' pain points and opportunities.
dialog-export-slide-shape = Slide shape
dialog-export-slide-size = Size
dialog-export-slide-full-hd = Full HD ({ $width } × { $height })
dialog-export-slide-4k = 4K ({ $width } × { $height })
dialog-export-stages = Stages
dialog-export-stages-to = to
dialog-export-first-stage = First stage
dialog-export-last-stage = Last stage
status-exported-several = Exported { $count } files, { $first } to { $last }.
status-exporting = Exporting…
status-copying-image = Copying the map as an image…
status-export-cancelling = Stopping…
status-export-busy = An export is still running. Wait for it or cancel it first.
status-export-crashed = The export stopped unexpectedly. Nothing was written; please try again.
status-export-cancelled = Export cancelled. Nothing was written.
status-copy-cancelled = Copying cancelled.
status-copied-image = Copied the map as an image. Paste it into your slides or document.
status-export-rescaled = It was too large for one picture at { $asked }×, so it was made at { $used }×.
status-export-tiled = It was too large for one picture, so it was cut into { $count } pictures, { $across } across and { $down } down, numbered left to right, top to bottom.
status-export-series = The map was too wide for one slide and was split between stages into { $count } slides.
dialog-new-title = New map
dialog-new-language = Language of the stage and lane names
dialog-new-create = Create
kind-current-state-about = How the journey runs today: actions, thoughts and feelings at each touchpoint.
kind-day-in-the-life-about = A whole day of the person, with or without your business in it.
kind-future-state-about = How the journey should run, tied to goals and ideas.
kind-service-blueprint-about = What happens behind the scenes to make each step work.
info-title = Map info
info-map-title = Title
info-goal = Goal of the map
info-persona = Persona
info-persona-name = Name
info-persona-role = Role or situation
info-persona-quote = Typical quote
info-persona-goals = Goals (one per line)
info-persona-needs = Needs (one per line)
info-persona-frustrations = Frustrations (one per line)
info-persona-photo = Photo
info-persona-no-photo = none
info-persona-remove-photo = Remove photo
photo-save-map-first = Save the map first: the persona photo is kept in the map's folder.
photo-not-shown = The persona photo cannot be shown: { $error }
photo-not-used = This picture cannot be the persona photo: { $error }
photo-bad-name = the name of { $file } has characters a map cannot store; rename the picture
photo-crowded = the map's folder already has many pictures named like { $file }; rename the picture
photo-copy-failed = it could not be copied to { $file }: { $reason }
info-close = Close
dialog-path = File path
canvas-emotion = Emotion at { $stage }

## Canvas: headers and renaming
canvas-rename = Rename
canvas-add-card-hint = Double-click to add a card
canvas-card-empty = Empty card
canvas-card-text = Card text
canvas-card-keys = Enter: next card  ·  Shift+Enter: new line  ·  Tab: next stage  ·  Esc: done
canvas-drop-as-touchpoint = Adds the touchpoint { QUOTE($name) }
canvas-drop-as-note = Adds a note { QUOTE($name) } to this lane
stage-new-title = New stage
lane-new-touchpoints = Touchpoints
lane-new-actions = Customer actions
lane-new-thoughts = Thoughts
lane-new-pain-points = Pain points
lane-new-opportunities = Opportunities
lane-new-notes = Notes
lane-new-emotions = Emotions
lane-new-divider = Line of visibility
canvas-connect = Connect to another card
canvas-stage-width = Width of { $stage }
canvas-lane-height = Height of { $lane }
canvas-lane-collapse = Collapse { $lane }
canvas-lane-expand = Expand { $lane }
canvas-collapsed-cards = { $count ->
    [one] 1 card
   *[other] { $count } cards
}

## Start screen
start-title = journeymap
start-subtitle = Map how your customers experience your business, stage by stage and touchpoint by touchpoint.
start-new = Start a new map
start-examples = Open an example
start-recent = Recent maps
start-recent-none = Maps you open or save appear here.
start-recent-missing = Missing from { $folder }
start-recent-forget = Remove { QUOTE($title) } from the list

## Saving safely
save-failed = { $file } could not be saved: { $reason }.
save-failed-backup = { $file } was not saved, because its backup { $backup } could not be made: { $reason }.
save-reason-missing-folder = its folder does not exist (any more)
save-reason-folder-takes-no-files = its folder exists but does not accept new files
save-reason-read-only = the disk or folder is read-only
save-reason-not-allowed = you are not allowed to write there, or the file is protected against changes
save-reason-disk-full = the disk is full
save-reason-in-use = another program is using the file
save-advice-missing-folder = The folder may have been moved or renamed, or be on a drive or network share that is not connected: reconnect it, or choose another folder with "Save as…".
save-advice-folder-takes-no-files = Some folders belong to the system or to a device that only shows files: choose another folder with "Save as…", such as your Documents folder.
save-advice-read-only = This happens with write-protected USB sticks and memory cards and with shared folders you may only read: choose another folder with "Save as…".
save-advice-not-allowed = Choose another folder with "Save as…", or ask whoever manages this folder for write access.
save-advice-disk-full = Free some space (empty the trash, delete large files you no longer need) and save again, or choose another disk with "Save as…".
save-advice-in-use = Close the file in the other program (or wait for a sync to finish) and save again, or save a copy with "Save as…".
save-advice-other = Choose another folder with "Save as…".
save-advice-backup = To save without a backup, set "Backups to keep" in the File menu to "No backups".
save-unchanged = The file on disk was not changed.
save-still-open = Your map is still open with all its changes.
save-conflict-changed = { $file } was changed by another program since you opened it
save-conflict-missing = { $file } was moved or deleted by another program since you opened it
save-conflict-body = If you overwrite it, your map replaces the other program's changes (the version on disk is kept as a backup if backups are on). "Save as…" keeps both.
save-conflict-body-missing = Saving puts your map back under this name. "Save as…" lets you choose another.
save-conflict-overwrite = Overwrite
save-conflict-cancelled = Not saved; { $file } stays as the other program left it.
save-backups = Backups to keep: { $count }
save-backups-hint = Saving over a map keeps the version it replaces beside it as NAME.ron.bak, older ones as NAME.ron.bak2 and so on.
save-backups-count = { $count ->
    [0] No backups
    [one] 1 backup
   *[other] { $count } backups
}

## Recovering unsaved work
recovery-title = Recover unsaved work
recovery-intro = journeymap closed without saving these maps. Restore one to go on where you left off, or discard it.
recovery-untitled = Untitled map
recovery-never-saved = never saved
recovery-just-now = just now
recovery-minutes-ago = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
recovery-hours-ago = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
recovery-days-ago = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
recovery-unreadable = This copy cannot be read ({ $error }); discard it.
recovery-restore = Restore
recovery-discard = Discard
recovery-later = Decide later
recovery-restored = Restored { QUOTE($title) }. Save it to keep it.
recovery-write-failed = Unsaved changes could not be copied for recovery ({ $error }). Save your map soon.

## Tabs
tab-name = Map { $title }
tab-close = Close this map
tab-close-named = Close { $title }

## Analysis panel
analysis-title = Analysis
analysis-matrix = Priority matrix
analysis-heat = Heat
analysis-channels = Channels × stages
analysis-density = Density
analysis-facets = Facets
analysis-matrix-dot = { $title }: importance { $importance }, performance { $performance }
analysis-matrix-empty = No touchpoint has both ratings yet. Rate importance and performance in the inspector.
analysis-not-rated = Not rated ({ $count }):
analysis-no-touchpoints = The map has no touchpoints yet.
analysis-channel = Channel
analysis-total = Total
analysis-density-hint = Too few touchpoints in a stage and customers barely notice you there; more than { $limit } and they lose their way.
analysis-density-empty = none — customers barely notice you here
analysis-density-crowded = { $count }, more than { $limit } — crowded
analysis-facets-hint = Click a value to pick its touchpoints on the map; the rest fade.
analysis-show-all = Show all
analysis-heat-hint = Colour the touchpoint cards by a rating or a measured figure; the legend sits above the lane names, on screen and in the exported picture.
analysis-heat-off = No colouring
analysis-heat-count = { $count } of { $total } touchpoints have a value.
analysis-questions = Questions
questions-hint = Ask real customers and write down what they say. Tick a question off once it is answered well enough.
questions-progress = { $done } of { $count } questions answered
questions-done = Answered
questions-done-named = Answered: { $question }
questions-answer = Answer to: { $question }
questions-answer-hint = What customers said…
questions-own = Your own question
questions-own-hint = Type your question…
questions-remove = Remove this question
questions-add = Add a question of your own
analysis-votes = Votes
analysis-votes-empty = No dots yet. Open the room in vote mode: the cards the participants put their dots on are ranked here, most first.
analysis-votes-total = { $dots } { $dots ->
        [one] dot
       *[other] dots
    } on { $cards } { $cards ->
        [one] card
       *[other] cards
    }. Click a card to show it on the map.
analysis-votes-entry = { $title }: { $count ->
        [one] 1 dot
       *[other] { $count } dots
    } ({ $stage } · { $lane })

# Comparing the shown map with another one.
compare-pick-title = Compare { QUOTE($title) } with…
compare-pick-tabs = An open map:
compare-pick-no-tabs = No other map is open.
compare-pick-file = …or a map file:
compare-pick-path = Map file to compare with
compare-pick-compare = Compare
compare-heading = { $a } compared with { $b }
compare-close = Close comparison
compare-hint = Read only. Drag or scroll to move, Ctrl+scroll to zoom, Esc returns to the editor.
compare-hover-removed = { $title }: removed (only in map A)
compare-hover-added = { $title }: added (only in map B)
compare-hover-changed = { $title }: changed ({ $what })

palette-nothing-found = Nothing found for { QUOTE($query) }.
palette-add-as-own = Add { QUOTE($name) } as your own touchpoint
palette-custom-guessed = Guessed from the name; click to change.

# Pasting plain text: one card per line.
status-paste-lines-added = { $count ->
    [one] Pasted one card. Undo takes it back.
   *[other] Pasted { $count } cards, one per line. Undo takes them all back.
}
status-paste-lines-where = Select a card or a cell first, then paste: each line of the text becomes a card there.
status-paste-lines-empty = The pasted text has only empty lines: no cards were added.
status-paste-lines-too-large = Nothing pasted: the text is larger than 1 MB. Paste a shorter list.
status-paste-lines-too-many = Nothing pasted: the text has { $count } lines, more than { $max } cards at once. Paste a shorter list.
status-paste-lines-too-long = Nothing pasted: line { $line } has { $chars } characters, more than a card holds ({ $max }).
status-paste-lines-no-room = { $room ->
    [0] Nothing pasted: the map is full and has room for no more cards.
   *[other] Nothing pasted: the map has room for only { $room } more cards.
}
status-paste-lines-failed = Nothing pasted: the map could not take these cards.

# Phases: named groups of stages, drawn as a band above the stage headers.
edit-add-phase = Add phase
edit-rename-phase = Rename phase
edit-recolour-phase = Change phase colour
edit-remove-phase = Remove phase
edit-merge-phases = Merge phases
edit-stage-in-phase = Change the stage's phase
edit-split-phase = Split phase
