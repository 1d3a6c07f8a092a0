//! Every word journeymap shows, in English and German, through Fluent.
//!
//! The texts live in `assets/i18n/{en,de}/*.ftl`, one file per area of the program, and are
//! compiled in. Bundles are built once per language and shared, so the painter can label a German map in German while the editor's own
//! words follow the user's chosen language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::model::{
    Channel, ChannelCategory, EvidenceLevel, Lang, MapKind, Ownership, PurchasePhase, RatingKind,
    Setting, StandardQuestion,
};

pub mod files;
pub mod number;
mod quotes;

pub use quotes::quoted;

/// The Fluent files of each language, as (file name, source). Each area of the program has a
/// file of its own, so a message is found next to its neighbours.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    macro_rules! files {
        ($lang:literal: $($name:literal),+) => {
            &[$(($name, include_str!(concat!("../../assets/i18n/", $lang, "/", $name)))),+]
        };
    }
    match lang {
        Lang::En => {
            files!("en": "editor.ftl", "commands.ftl", "files.ftl", "analysis.ftl", "inspector.ftl", "personas.ftl", "help.ftl", "export.ftl", "canvas.ftl", "templates.ftl", "import.ftl", "mermaid.ftl", "paste.ftl", "room.ftl")
        }
        Lang::De => {
            files!("de": "editor.ftl", "commands.ftl", "files.ftl", "analysis.ftl", "inspector.ftl", "personas.ftl", "help.ftl", "export.ftl", "canvas.ftl", "templates.ftl", "import.ftl", "mermaid.ftl", "paste.ftl", "room.ftl")
        }
    }
}

/// The texts of one language.
pub struct Texts {
    bundle: FluentBundle<FluentResource>,
    lang: Lang,
}

impl Texts {
    fn load(lang: Lang) -> Self {
        let id: LanguageIdentifier = match lang {
            Lang::En => unic_langid::langid!("en"),
            Lang::De => unic_langid::langid!("de"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks would show as boxes in egui's fonts.
        bundle.set_use_isolating(false);
        // QUOTE($title) puts a user's text in this language's quotation marks, unless it already
        // has marks of its own.
        let added = match lang {
            Lang::En => bundle.add_function("QUOTE", quote_en),
            Lang::De => bundle.add_function("QUOTE", quote_de),
        };
        if let Err(error) = added {
            log::error!("the texts' QUOTE function: {error}");
        }
        for (name, source) in sources(lang) {
            // A broken line keeps the rest of the file usable; tests keep the files clean.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(
                |(partial, errors)| {
                    log::error!("{} errors in the {lang:?} texts of {name}", errors.len());
                    partial
                },
            );
            if let Err(errors) = bundle.add_resource(resource) {
                log::error!("{} duplicate messages in {name} ({lang:?})", errors.len());
            }
        }
        Self { bundle, lang }
    }

    /// The text of message `id`; the id itself if the message is missing, so a gap shows
    /// instead of crashing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of message `id` with its `{ $name }` placeholders filled.
    pub fn get_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of attribute `name` of message `id` (`.keywords = …` under the message), if it
    /// has one: words a search finds the message's thing by besides its name.
    pub fn attribute(&self, id: &str, name: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.get_attribute(name)?.value();
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, None, &mut errors);
        Some(text.into_owned())
    }

    /// Whether the message exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
        else {
            log::warn!("missing text: {id}");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::warn!("text {id}: {errors:?}");
        }
        text.into_owned()
    }
}

/// The Fluent function `QUOTE` of the English texts.
fn quote_en<'a>(positional: &[FluentValue<'a>], _: &FluentArgs<'_>) -> FluentValue<'a> {
    quote_in(Lang::En, positional)
}

/// The Fluent function `QUOTE` of the German texts.
fn quote_de<'a>(positional: &[FluentValue<'a>], _: &FluentArgs<'_>) -> FluentValue<'a> {
    quote_in(Lang::De, positional)
}

/// Its one argument, a text, in the quotation marks of `lang`; anything else unchanged.
fn quote_in<'a>(lang: Lang, positional: &[FluentValue<'a>]) -> FluentValue<'a> {
    match positional {
        [FluentValue::String(text)] => FluentValue::from(quoted(lang, text)),
        [other] => other.clone(),
        _ => FluentValue::Error,
    }
}

/// The texts of `lang`, built on first use.
pub fn texts(lang: Lang) -> &'static Texts {
    static EN: OnceLock<Texts> = OnceLock::new();
    static DE: OnceLock<Texts> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Texts::load(Lang::En)),
        Lang::De => DE.get_or_init(|| Texts::load(Lang::De)),
    }
}

/// The text of message `id` in `lang`.
pub fn tr(lang: Lang, id: &str) -> String {
    texts(lang).get(id)
}

/// The language the operating system asks for: German for any German locale, else English.
pub fn system_lang() -> Lang {
    sys_locale::get_locale()
        .and_then(|locale| Lang::from_code(&locale.to_lowercase()[..2.min(locale.len())]))
        .unwrap_or_default()
}

/// Message id of a map kind's name.
pub fn kind_id(kind: MapKind) -> &'static str {
    match kind {
        MapKind::CurrentState => "kind-current-state",
        MapKind::DayInTheLife => "kind-day-in-the-life",
        MapKind::FutureState => "kind-future-state",
        MapKind::ServiceBlueprint => "kind-service-blueprint",
    }
}

/// Message id of the one-line description of a map kind.
pub fn kind_about_id(kind: MapKind) -> &'static str {
    match kind {
        MapKind::CurrentState => "kind-current-state-about",
        MapKind::DayInTheLife => "kind-day-in-the-life-about",
        MapKind::FutureState => "kind-future-state-about",
        MapKind::ServiceBlueprint => "kind-service-blueprint-about",
    }
}

/// Message id of a setting.
pub fn setting_id(setting: Setting) -> &'static str {
    match setting {
        Setting::Online => "setting-online",
        Setting::Offline => "setting-offline",
    }
}

/// Message id of a media ownership.
pub fn ownership_id(ownership: Ownership) -> &'static str {
    match ownership {
        Ownership::Owned => "ownership-owned",
        Ownership::Paid => "ownership-paid",
        Ownership::Earned => "ownership-earned",
        Ownership::Shared => "ownership-shared",
        Ownership::Managed => "ownership-managed",
    }
}

/// Message id of a touchpoint rating's name.
pub fn rating_id(kind: RatingKind) -> &'static str {
    match kind {
        RatingKind::Importance => "rating-importance",
        RatingKind::Performance => "rating-performance",
    }
}

/// Message id of an evidence level.
pub fn evidence_id(level: EvidenceLevel) -> &'static str {
    match level {
        EvidenceLevel::Assumption => "evidence-assumption",
        EvidenceLevel::PartlyBacked => "evidence-partly-backed",
        EvidenceLevel::Backed => "evidence-backed",
    }
}

/// Message id of a checklist question.
pub fn question_id(question: StandardQuestion) -> &'static str {
    match question {
        StandardQuestion::FirstHeard => "question-first-heard",
        StandardQuestion::FoundUs => "question-found-us",
        StandardQuestion::Goal => "question-goal",
        StandardQuestion::Website => "question-website",
        StandardQuestion::Bought => "question-bought",
        StandardQuestion::WhyBought => "question-why-bought",
        StandardQuestion::DidNotBuy => "question-did-not-buy",
        StandardQuestion::WebsiteEase => "question-website-ease",
        StandardQuestion::HelpToBuy => "question-help-to-buy",
    }
}

/// Message id of a purchase phase.
pub fn phase_id(phase: PurchasePhase) -> &'static str {
    match phase {
        PurchasePhase::PrePurchase => "phase-pre-purchase",
        PurchasePhase::Purchase => "phase-purchase",
        PurchasePhase::PostPurchase => "phase-post-purchase",
    }
}

/// Message id of a channel's name.
pub fn channel_id(channel: Channel) -> &'static str {
    match channel {
        Channel::Website => "channel-website",
        Channel::LandingPage => "channel-landing-page",
        Channel::NavigationSearch => "channel-navigation-search",
        Channel::ContactPage => "channel-contact-page",
        Channel::ShopCheckout => "channel-shop-checkout",
        Channel::Newsletter => "channel-newsletter",
        Channel::FollowUpEmail => "channel-follow-up-email",
        Channel::SocialProfile => "channel-social-profile",
        Channel::SocialAd => "channel-social-ad",
        Channel::SearchAd => "channel-search-ad",
        Channel::SearchResult => "channel-search-result",
        Channel::DisplayBanner => "channel-display-banner",
        Channel::Poster => "channel-poster",
        Channel::Flyer => "channel-flyer",
        Channel::ReviewPortal => "channel-review-portal",
        Channel::MarketplaceListing => "channel-marketplace-listing",
        Channel::MapsListing => "channel-maps-listing",
        Channel::BlogPost => "channel-blog-post",
        Channel::Recommendation => "channel-recommendation",
        Channel::PressArticle => "channel-press-article",
        Channel::Chatbot => "channel-chatbot",
        Channel::Hotline => "channel-hotline",
        Channel::ComplaintHandling => "channel-complaint-handling",
        Channel::StoreVisit => "channel-store-visit",
        Channel::Consultation => "channel-consultation",
        Channel::Delivery => "channel-delivery",
        Channel::Invoice => "channel-invoice",
        Channel::CustomerService => "channel-customer-service",
        Channel::LoyaltyProgramme => "channel-loyalty-programme",
        Channel::Branding => "channel-branding",
        Channel::Survey => "channel-survey",
        Channel::MobileApp => "channel-mobile-app",
        Channel::Messenger => "channel-messenger",
        Channel::Video => "channel-video",
        Channel::Custom => "channel-custom",
    }
}

/// Message id of a palette group's name.
pub fn category_id(category: ChannelCategory) -> &'static str {
    match category {
        ChannelCategory::Web => "category-web",
        ChannelCategory::Advertising => "category-advertising",
        ChannelCategory::SearchAndListings => "category-search-and-listings",
        ChannelCategory::SocialAndWordOfMouth => "category-social-and-word-of-mouth",
        ChannelCategory::DirectContact => "category-direct-contact",
        ChannelCategory::InPerson => "category-in-person",
        ChannelCategory::Other => "category-other",
    }
}

#[cfg(test)]
mod tests;
