# journeymap — English texts.
# Every message here must also exist in de.ftl (a test checks both ways).

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
edit-delete-cards = Delete cards
edit-add-stage = Add stage
edit-rename-stage = Rename stage
edit-move-stage = Move stage
edit-delete-stage = Delete stage
edit-add-lane = Add lane
edit-rename-lane = Rename lane
edit-move-lane = Move lane
edit-delete-lane = Delete lane
edit-set-emotion = Change emotion
edit-connect = Connect cards
edit-disconnect = Remove connection
edit-set-info = Edit map info
edit-change = Change
