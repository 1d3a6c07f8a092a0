# Words of touchpoint management that maps and their exports show: the ratings, the evidence
# levels, the customer questions of the method. Used in the map's own language.

rating-importance = importance
rating-performance = performance
evidence-assumption = Assumption
evidence-partly-backed = Partly backed
evidence-backed = Backed by research
legend-evidence = Evidence

question-first-heard = How did you first hear of us?
question-found-us = How did you find us: a search, an ad, a recommendation?
question-goal = What do you want to achieve?
question-website = What do you like on our website, and what should be better?
question-bought = What have you bought from us, and how was it?
question-why-bought = What made you buy?
question-did-not-buy = Did you ever decide not to buy, and why?
question-website-ease = On a scale of 1 to 10, how easy is our website to find your way around?
question-help-to-buy = How could we help you buy?

derived-future-state-title = { $title } – future state
derived-competitor-title = { $title } – competitor

# Column headers of the CSV export of a map's touchpoints.
csv-stage = Stage
csv-lane = Lane
csv-title = Title
csv-channel = Channel
csv-setting = Online/offline
csv-media = Media
csv-phase = Purchase phase
csv-importance = Importance
csv-performance = Performance
csv-evidence = Evidence
csv-owner = Owner
csv-strengths = Strengths
csv-weaknesses = Weaknesses
csv-quotes = Customer quotes
csv-notes = Notes
csv-dots = Dots

matrix-fix-first = Fix first
matrix-keep-it-up = Keep it up
matrix-possible-overkill = Possible overkill
matrix-low-priority = Low priority
matrix-importance-axis = Importance
matrix-performance-axis = Performance (customer satisfaction)
matrix-title = Priority matrix
matrix-not-rated = Not rated: { $titles }

# Comparing two maps (the comparison picture, in the language of the first map).
compare-summary = { $added } added, { $removed } removed, { $changed } changed { $changed ->
        [one] touchpoint
       *[other] touchpoints
    }; emotion differs in { $stages } { $stages ->
        [one] stage
       *[other] stages
    }
compare-side-a = Map A · before / ours
compare-side-b = Map B · after / theirs
compare-legend-removed = Removed: only in map A
compare-legend-added = Added: only in map B
compare-legend-changed = Changed: in both, different
compare-mark-removed = removed
compare-mark-added = new
compare-change-title = title
compare-change-stage = stage
compare-change-channel = channel
compare-change-setting = online/offline
compare-change-ownership = media
compare-change-phase = purchase phase
compare-change-importance = importance
compare-change-performance = performance
compare-change-evidence = evidence
compare-change-metrics = metrics
compare-more-changes = +{ $count }
compare-emotion-title = Emotion along the journey
compare-emotion-only-a = only in map A
compare-emotion-only-b = only in map B
compare-emotion-none = Neither map has emotion scores yet.
compare-scaled-note = Both maps are drawn at { $percent } % of their size to fit the picture.
deck-notes-stage = Stage { $number }
deck-notes-none = No pain points or opportunities noted.
deck-notes-nothing-to-fix = No rated touchpoint is both important and weak.

# The CSV column of the phase (group of stages) a touchpoint's stage is in.
csv-group = Phase
