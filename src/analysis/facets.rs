//! The facet breakdown: how many touchpoints are online or offline, on which kind of media, and
//! in which purchase phase; and which touchpoints have a given facet (for filtering the map).

use std::collections::BTreeSet;

use crate::model::{CardId, Map, Ownership, PurchasePhase, Setting, Touchpoint};

/// Every setting, in declaration order.
pub const SETTINGS: [Setting; 2] = [Setting::Online, Setting::Offline];
/// Every media ownership, in declaration order.
pub const OWNERSHIPS: [Ownership; 5] = [
    Ownership::Owned,
    Ownership::Paid,
    Ownership::Earned,
    Ownership::Shared,
    Ownership::Managed,
];
/// Every purchase phase, in declaration order.
pub const PHASES: [PurchasePhase; 3] = [
    PurchasePhase::PrePurchase,
    PurchasePhase::Purchase,
    PurchasePhase::PostPurchase,
];

/// One value of one facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetValue {
    /// Online or offline.
    Setting(Setting),
    /// Who owns the medium.
    Ownership(Ownership),
    /// When in the purchase.
    Phase(PurchasePhase),
}

impl FacetValue {
    /// Whether a touchpoint, in purchase phase `phase` (see [`Map::phase_of`]), has this value.
    pub fn matches(self, touchpoint: &Touchpoint, phase: PurchasePhase) -> bool {
        match self {
            Self::Setting(setting) => touchpoint.setting == setting,
            Self::Ownership(ownership) => touchpoint.ownership == ownership,
            Self::Phase(value) => phase == value,
        }
    }
}

/// Touchpoints counted by each facet's values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetBreakdown {
    /// Per setting, every setting listed (zero counts too), in declaration order.
    pub settings: Vec<(Setting, usize)>,
    /// Per media ownership, likewise.
    pub ownerships: Vec<(Ownership, usize)>,
    /// Per purchase phase, likewise.
    pub phases: Vec<(PurchasePhase, usize)>,
}

impl Default for FacetBreakdown {
    fn default() -> Self {
        Self {
            settings: SETTINGS.into_iter().map(|value| (value, 0)).collect(),
            ownerships: OWNERSHIPS.into_iter().map(|value| (value, 0)).collect(),
            phases: PHASES.into_iter().map(|value| (value, 0)).collect(),
        }
    }
}

impl FacetBreakdown {
    /// How many touchpoints have this value.
    pub fn count(&self, value: FacetValue) -> usize {
        fn find<T: PartialEq>(counts: &[(T, usize)], value: &T) -> usize {
            counts
                .iter()
                .find(|(v, _)| v == value)
                .map_or(0, |(_, count)| *count)
        }
        match value {
            FacetValue::Setting(setting) => find(&self.settings, &setting),
            FacetValue::Ownership(ownership) => find(&self.ownerships, &ownership),
            FacetValue::Phase(phase) => find(&self.phases, &phase),
        }
    }

    /// Counts one more touchpoint, in purchase phase `phase`.
    pub(super) fn add(&mut self, touchpoint: &Touchpoint, phase: PurchasePhase) {
        fn bump<T: PartialEq>(counts: &mut [(T, usize)], value: &T) {
            if let Some((_, count)) = counts.iter_mut().find(|(v, _)| v == value) {
                *count += 1;
            }
        }
        bump(&mut self.settings, &touchpoint.setting);
        bump(&mut self.ownerships, &touchpoint.ownership);
        bump(&mut self.phases, &phase);
    }
}

/// The facet breakdown of `map`.
pub fn facet_breakdown(map: &Map) -> FacetBreakdown {
    let mut breakdown = FacetBreakdown::default();
    for (card, touchpoint) in map.touchpoints() {
        breakdown.add(touchpoint, map.phase_of(card, touchpoint));
    }
    breakdown
}

/// The touchpoint cards of `map` that have `value`.
pub fn cards_with(map: &Map, value: FacetValue) -> BTreeSet<CardId> {
    map.touchpoints()
        .filter(|(card, touchpoint)| value.matches(touchpoint, map.phase_of(card, touchpoint)))
        .map(|(card, _)| card.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_maps::{TestMap, touchpoint};
    use crate::model::Channel;

    /// The value lists name every variant: a new one fails to compile here until it is listed.
    #[test]
    fn the_lists_hold_every_value() {
        let settings = SETTINGS.map(|value| match value {
            Setting::Online => 0,
            Setting::Offline => 1,
        });
        assert_eq!(settings, [0, 1]);
        let ownerships = OWNERSHIPS.map(|value| match value {
            Ownership::Owned => 0,
            Ownership::Paid => 1,
            Ownership::Earned => 2,
            Ownership::Shared => 3,
            Ownership::Managed => 4,
        });
        assert_eq!(ownerships, [0, 1, 2, 3, 4]);
        let phases = PHASES.map(|value| match value {
            PurchasePhase::PrePurchase => 0,
            PurchasePhase::Purchase => 1,
            PurchasePhase::PostPurchase => 2,
        });
        assert_eq!(phases, [0, 1, 2]);
    }

    #[test]
    fn counts_list_every_value_and_cards_with_finds_them() {
        let mut map = TestMap::new(2);
        // Online, Owned, PrePurchase
        let website = map.touchpoint(1, "Website", Channel::Website);
        // Online, Paid, PrePurchase
        let ad = map.touchpoint(1, "Social ad", Channel::SocialAd);
        // Offline, Owned, Purchase
        let store = map.touchpoint(2, "Store", Channel::StoreVisit);
        // Offline, Earned, PrePurchase → changed to Shared, PostPurchase below
        let friend = map.touchpoint(2, "Friend", Channel::Recommendation);
        map.note(1, "Not counted");
        let mut map = map.build();
        let changed = touchpoint(&mut map, friend);
        changed.ownership = Ownership::Shared;
        changed.phase = Some(PurchasePhase::PostPurchase);

        let breakdown = facet_breakdown(&map);
        assert_eq!(
            breakdown.settings,
            [(Setting::Online, 2), (Setting::Offline, 2)]
        );
        assert_eq!(
            breakdown.ownerships,
            [
                (Ownership::Owned, 2),
                (Ownership::Paid, 1),
                (Ownership::Earned, 0),
                (Ownership::Shared, 1),
                (Ownership::Managed, 0),
            ]
        );
        assert_eq!(
            breakdown.phases,
            [
                (PurchasePhase::PrePurchase, 2),
                (PurchasePhase::Purchase, 1),
                (PurchasePhase::PostPurchase, 1),
            ]
        );
        assert_eq!(breakdown.count(FacetValue::Ownership(Ownership::Owned)), 2);
        assert_eq!(breakdown.count(FacetValue::Ownership(Ownership::Earned)), 0);

        let set = |ids: &[CardId]| ids.iter().copied().collect::<BTreeSet<_>>();
        assert_eq!(
            cards_with(&map, FacetValue::Setting(Setting::Online)),
            set(&[website, ad])
        );
        assert_eq!(
            cards_with(&map, FacetValue::Ownership(Ownership::Owned)),
            set(&[website, store])
        );
        assert_eq!(
            cards_with(&map, FacetValue::Ownership(Ownership::Managed)),
            set(&[])
        );
        assert_eq!(
            cards_with(&map, FacetValue::Phase(PurchasePhase::PostPurchase)),
            set(&[friend])
        );
        for value in OWNERSHIPS.map(FacetValue::Ownership) {
            assert_eq!(cards_with(&map, value).len(), breakdown.count(value));
        }
    }

    #[test]
    fn touchpoints_are_counted_in_the_phase_of_their_stage_unless_set_by_hand() {
        let mut map = TestMap::new(2);
        let website = map.touchpoint(1, "Website", Channel::Website);
        let store = map.touchpoint(2, "Store", Channel::StoreVisit);
        let mut map = map.build();
        map.stages[0].phase = Some(PurchasePhase::PostPurchase);
        touchpoint(&mut map, store).phase = Some(PurchasePhase::PrePurchase);
        assert_eq!(
            facet_breakdown(&map).phases,
            [
                (PurchasePhase::PrePurchase, 1),
                (PurchasePhase::Purchase, 0),
                (PurchasePhase::PostPurchase, 1),
            ]
        );
        let set = |ids: &[CardId]| ids.iter().copied().collect::<BTreeSet<_>>();
        assert_eq!(
            cards_with(&map, FacetValue::Phase(PurchasePhase::PostPurchase)),
            set(&[website])
        );
        assert_eq!(crate::analysis::analyse(&map).facets, facet_breakdown(&map));
    }

    #[test]
    fn a_map_without_touchpoints_lists_zeros() {
        let breakdown = facet_breakdown(&TestMap::new(1).build());
        assert_eq!(breakdown, FacetBreakdown::default());
        assert_eq!(breakdown.settings.len(), 2);
        assert_eq!(breakdown.ownerships.len(), 5);
        assert_eq!(breakdown.phases.len(), 3);
        assert!(breakdown.ownerships.iter().all(|(_, count)| *count == 0));
    }
}
