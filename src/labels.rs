//! The few words the map picture itself shows (facet names, persona headings), in the map's
//! language. Everything else on the picture is the user's own text.

use crate::model::{Lang, MapKind, Ownership, PurchasePhase, Setting, Touchpoint};

/// "Online · Paid · Pre-purchase": a touchpoint's facets as one line.
pub fn facets(touchpoint: &Touchpoint, lang: Lang) -> String {
    format!(
        "{} · {} · {}",
        setting(touchpoint.setting, lang),
        ownership(touchpoint.ownership, lang),
        phase(touchpoint.phase, lang)
    )
}

/// Name of a setting.
pub fn setting(setting: Setting, lang: Lang) -> &'static str {
    match (setting, lang) {
        (Setting::Online, _) => "Online",
        (Setting::Offline, _) => "Offline",
    }
}

/// Name of a media ownership.
pub fn ownership(ownership: Ownership, lang: Lang) -> &'static str {
    match (ownership, lang) {
        (Ownership::Owned, Lang::En) => "Owned",
        (Ownership::Owned, Lang::De) => "Eigen",
        (Ownership::Paid, Lang::En) => "Paid",
        (Ownership::Paid, Lang::De) => "Bezahlt",
        (Ownership::Earned, Lang::En) => "Earned",
        (Ownership::Earned, Lang::De) => "Verdient",
        (Ownership::Shared, Lang::En) => "Shared",
        (Ownership::Shared, Lang::De) => "Geteilt",
        (Ownership::Managed, Lang::En) => "Managed",
        (Ownership::Managed, Lang::De) => "Betreut",
    }
}

/// Name of a purchase phase.
pub fn phase(phase: PurchasePhase, lang: Lang) -> &'static str {
    match (phase, lang) {
        (PurchasePhase::PrePurchase, Lang::En) => "Pre-purchase",
        (PurchasePhase::PrePurchase, Lang::De) => "Vor dem Kauf",
        (PurchasePhase::Purchase, Lang::En) => "Purchase",
        (PurchasePhase::Purchase, Lang::De) => "Kauf",
        (PurchasePhase::PostPurchase, Lang::En) => "Post-purchase",
        (PurchasePhase::PostPurchase, Lang::De) => "Nach dem Kauf",
    }
}

/// The kind of map, in capitals for the title band.
pub fn kind(kind: MapKind, lang: Lang) -> String {
    kind.label(lang).to_uppercase()
}

/// Heading before the map's goal.
pub fn goal(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Goal",
        Lang::De => "Ziel",
    }
}

/// Headings of the persona's three lists.
pub fn persona_lists(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => ["Goals", "Needs", "Frustrations"],
        Lang::De => ["Ziele", "Bedürfnisse", "Frustrationen"],
    }
}

/// Heading of the ownership legend.
pub fn legend(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Touchpoint media",
        Lang::De => "Touchpoint-Medien",
    }
}
