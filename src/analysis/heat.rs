//! The heat map: every touchpoint coloured by one measure (a rating or a metric), so the weak
//! or busy spots of a journey stand out on the map itself.

use std::collections::{BTreeMap, HashSet};

use crate::model::{CardId, Map, RatingKind, Touchpoint};

/// What a heat map colours by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HeatMeasure {
    /// One of the two ratings, 1–5.
    Rating(RatingKind),
    /// The metric of this name (looked up as [`Touchpoint::metric`] does: without regard to
    /// case or surrounding spaces).
    Metric(String),
}

impl HeatMeasure {
    /// The value of this measure on a touchpoint, if it has one.
    pub fn value_of(&self, touchpoint: &Touchpoint) -> Option<f64> {
        match self {
            Self::Rating(kind) => touchpoint.rating(*kind).map(f64::from),
            Self::Metric(name) => touchpoint.metric(name).map(|metric| metric.value),
        }
    }
}

/// The measures a heat map of `map` can colour by: both ratings, then every metric name found
/// on its touchpoints, in the order they first appear.
///
/// Names that differ only in case or surrounding spaces are one measure (the first spelling is
/// kept), as [`Touchpoint::metric`] finds them; that comparison is ASCII-only, so this one is
/// too, and every listed name finds its values. A metric without a name is not listed: there
/// would be nothing to call it by.
pub fn heat_measures(map: &Map) -> Vec<HeatMeasure> {
    let mut measures = vec![
        HeatMeasure::Rating(RatingKind::Importance),
        HeatMeasure::Rating(RatingKind::Performance),
    ];
    let mut seen = HashSet::new();
    for (_, touchpoint) in map.touchpoints() {
        for metric in &touchpoint.metrics {
            let name = metric.name.trim();
            if !name.is_empty() && seen.insert(name.to_ascii_lowercase()) {
                measures.push(HeatMeasure::Metric(name.to_owned()));
            }
        }
    }
    measures
}

/// The values of one measure over a map's touchpoints.
#[derive(Clone, Debug, PartialEq)]
pub struct Heat {
    /// What was measured.
    pub measure: HeatMeasure,
    /// The least value (0 when no touchpoint has one).
    pub min: f64,
    /// The greatest value (0 when no touchpoint has one).
    pub max: f64,
    /// The value of each touchpoint that has one.
    pub values: BTreeMap<CardId, f64>,
    /// The unit of a metric (the first non-empty unit it was entered with); empty for ratings
    /// and metrics without a unit.
    pub unit: String,
}

impl Heat {
    /// Where the card's value lies between [`Self::min`] (0) and [`Self::max`] (1); 0.5 when
    /// every value is the same, `None` when the card has no value.
    pub fn fraction(&self, card: CardId) -> Option<f32> {
        let value = *self.values.get(&card)?;
        let span = self.max - self.min;
        if span > 0.0 {
            Some((((value - self.min) / span) as f32).clamp(0.0, 1.0))
        } else {
            Some(0.5)
        }
    }
}

/// The heat of `measure` over the touchpoints of `map`.
pub fn heat(map: &Map, measure: &HeatMeasure) -> Heat {
    let mut values = BTreeMap::new();
    let mut min = f64::INFINITY;
    let mut max = f64::NEG_INFINITY;
    let mut unit = String::new();
    for (card, touchpoint) in map.touchpoints() {
        let value = match measure {
            HeatMeasure::Rating(kind) => touchpoint.rating(*kind).map(f64::from),
            HeatMeasure::Metric(name) => touchpoint.metric(name).map(|metric| {
                if unit.is_empty() {
                    metric.unit.trim().clone_into(&mut unit);
                }
                metric.value
            }),
        };
        // A value that is not a number is refused on loading; one built in code is skipped
        // rather than spoiling the scale of every other card.
        if let Some(value) = value.filter(|value| value.is_finite()) {
            min = min.min(value);
            max = max.max(value);
            values.insert(card.id, value);
        }
    }
    if values.is_empty() {
        (min, max) = (0.0, 0.0);
    }
    Heat {
        measure: measure.clone(),
        min,
        max,
        values,
        unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{TestMap, rate, touchpoint};
    use crate::model::{Channel, Metric};

    fn metric_map() -> (Map, [CardId; 4]) {
        let mut map = TestMap::new(2);
        let a = map.touchpoint(1, "Website", Channel::Website);
        let b = map.touchpoint(1, "Hotline", Channel::Hotline);
        let c = map.touchpoint(2, "Shop", Channel::ShopCheckout);
        let d = map.touchpoint(2, "Flyer", Channel::Flyer);
        let mut map = map.build();
        touchpoint(&mut map, a).metrics = vec![
            Metric::new("Visits", 1200.0, "per month"),
            Metric::new("Conversion", 2.5, "%"),
        ];
        touchpoint(&mut map, b).metrics = vec![
            Metric::new(" visits ", 300.0, ""),
            Metric::new("Cost per contact", 4.2, "€"),
        ];
        touchpoint(&mut map, c).metrics = vec![Metric::new("CONVERSION", 40.0, "%")];
        touchpoint(&mut map, d).metrics = vec![Metric::new("", 1.0, "")];
        rate(&mut map, a, Some(5), Some(2));
        rate(&mut map, b, Some(3), None);
        rate(&mut map, c, Some(4), Some(4));
        (map, [a, b, c, d])
    }

    #[test]
    fn measures_are_the_ratings_then_each_metric_name_once() {
        let (map, _) = metric_map();
        assert_eq!(
            heat_measures(&map),
            [
                HeatMeasure::Rating(RatingKind::Importance),
                HeatMeasure::Rating(RatingKind::Performance),
                HeatMeasure::Metric("Visits".into()),
                HeatMeasure::Metric("Conversion".into()),
                HeatMeasure::Metric("Cost per contact".into()),
            ]
        );
        let empty = TestMap::new(1).build();
        assert_eq!(heat_measures(&empty).len(), 2);
    }

    #[test]
    fn a_metric_heat_spans_its_values() {
        let (map, [a, b, c, d]) = metric_map();
        let heat = heat(&map, &HeatMeasure::Metric("visits".into()));
        assert_eq!(heat.values, BTreeMap::from([(a, 1200.0), (b, 300.0)]));
        assert_eq!((heat.min, heat.max), (300.0, 1200.0));
        assert_eq!(heat.unit, "per month");
        assert_eq!(heat.fraction(a), Some(1.0));
        assert_eq!(heat.fraction(b), Some(0.0));
        assert_eq!(heat.fraction(c), None);
        assert_eq!(heat.fraction(d), None);

        let conversion = super::heat(&map, &HeatMeasure::Metric("Conversion".into()));
        assert_eq!(conversion.unit, "%");
        assert_eq!((conversion.min, conversion.max), (2.5, 40.0));
        let middle = conversion.fraction(a).unwrap();
        assert!(middle.abs() < 1e-6, "{middle}");
    }

    #[test]
    fn a_rating_heat_places_the_middle_value_in_between() {
        let (map, [a, b, c, d]) = metric_map();
        let heat = heat(&map, &HeatMeasure::Rating(RatingKind::Importance));
        assert_eq!((heat.min, heat.max), (3.0, 5.0));
        assert_eq!(heat.unit, "");
        assert_eq!(heat.fraction(a), Some(1.0));
        assert_eq!(heat.fraction(b), Some(0.0));
        assert_eq!(heat.fraction(c), Some(0.5));
        assert_eq!(heat.fraction(d), None);

        let performance = super::heat(&map, &HeatMeasure::Rating(RatingKind::Performance));
        assert_eq!(performance.values.len(), 2);
        assert_eq!(performance.fraction(b), None);
    }

    #[test]
    fn equal_values_sit_in_the_middle_and_no_values_give_an_empty_heat() {
        let (map, [_, _, c, _]) = metric_map();
        let cost = heat(&map, &HeatMeasure::Metric("Cost per contact".into()));
        assert_eq!((cost.min, cost.max), (4.2, 4.2));
        assert_eq!(cost.unit, "€");
        let b = *cost.values.keys().next().unwrap();
        assert_eq!(cost.fraction(b), Some(0.5));
        assert_eq!(cost.fraction(c), None);

        let none = heat(&map, &HeatMeasure::Metric("No such metric".into()));
        assert!(none.values.is_empty());
        assert_eq!((none.min, none.max), (0.0, 0.0));
        assert_eq!(none.fraction(c), None);
        assert_eq!(none.measure, HeatMeasure::Metric("No such metric".into()));
    }
}
