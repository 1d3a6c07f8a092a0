# The inspector's section on what the team knows about a touchpoint. Every message here must
# also exist in ../de/inspector.ftl (a test checks both ways).

inspector-knowledge = What we know

## Ratings: 1 (least) to 5 (most)
inspector-importance = Importance
inspector-importance-about = How much this touchpoint matters for the journey, from 1 = hardly matters to 5 = crucial.
inspector-importance-level = { $value ->
    [1] 1 · hardly matters
    [2] 2 · matters a little
    [3] 3 · matters
    [4] 4 · important
   *[5] 5 · crucial
}
inspector-importance-value = Importance { $value }
inspector-importance-none = Importance not rated
inspector-performance = Performance / customer satisfaction
inspector-performance-about = How well this touchpoint works today in the customers' eyes, from 1 = works badly to 5 = works very well.
inspector-performance-level = { $value ->
    [1] 1 · works badly
    [2] 2 · works rather badly
    [3] 3 · works so-so
    [4] 4 · works well
   *[5] 5 · works very well
}
inspector-performance-value = Performance { $value }
inspector-performance-none = Performance not rated
inspector-not-rated = Not rated

## How well it is backed
inspector-evidence = Evidence
inspector-evidence-about = How well is what the map says about this touchpoint backed? The card shows the answer as a dot at its top right.
inspector-evidence-none = Not stated
inspector-evidence-none-about = Nobody has said yet how well this is backed. The card shows no dot.
inspector-evidence-assumption-about = The team believes it; nobody has checked yet.
inspector-evidence-partly-backed-about = Some figures or a few conversations with customers support it.
inspector-evidence-backed-about = Research backs it: measurements, a survey or enough interviews.

## Figures measured on it
inspector-metrics = Metrics
inspector-metrics-about = Figures measured on this touchpoint: visits, conversion rate, average rating, cost per contact … Give the same figure the same name on every card, so the map can compare them.
inspector-metric-add = Add metric
inspector-metric-name = Name of metric { $number }
inspector-metric-name-hint = Name
inspector-metric-suggestions = Names used on other cards, for metric { $number }
inspector-metric-suggestions-about = Already used on other cards:
inspector-metric-value = Value of metric { $number }
inspector-metric-value-hint = Value
inspector-metric-unit = Unit of metric { $number }
inspector-metric-unit-hint = Unit
inspector-metric-remove = Remove metric { $number }
inspector-metric-empty = Type a number, such as 12.5 or 1,234.5.
inspector-metric-not-a-number = { QUOTE($text) } is not a number, so the map keeps the value it had. Type a number, such as 12.5 or 1,234.5.

## Who looks after it, and how it does
inspector-owner = Owner
inspector-owner-hint = Team or department
inspector-strengths = Strengths
inspector-weaknesses = Weaknesses

## What customers said
inspector-quotes = Customer quotes
inspector-quotes-about = What customers said about this touchpoint, word for word.
inspector-quote = Quote { $number }
inspector-quote-hint = What the customer said
inspector-quote-remove = Remove quote { $number }
inspector-quote-add = Add quote
inspector-phase-from-stage = From the stage ({ $phase })
inspector-phase-from-channel = Usual for the channel (the stage is outside the purchase)
inspector-phase-by-hand = Set by hand
inspector-phase-follow-stage = Follow the stage
inspector-phase-follow-stage-about = Give the phase back to the stage: the touchpoint then changes phase with its stage and when it moves to another stage.
