//! Which icon stands for which channel and emotion.

use egui_material_icons::icons as i;

use crate::model::Channel;

/// The icon glyph of a channel (a Material Symbols code point).
pub fn channel_icon(channel: Channel) -> &'static str {
    let icon = match channel {
        Channel::Website => i::ICON_LANGUAGE,
        Channel::LandingPage => i::ICON_WEB_ASSET,
        Channel::NavigationSearch => i::ICON_TRAVEL_EXPLORE,
        Channel::ContactPage => i::ICON_CONTACT_PAGE,
        Channel::ShopCheckout => i::ICON_SHOPPING_CART,
        Channel::Newsletter => i::ICON_MAIL,
        Channel::FollowUpEmail => i::ICON_MARK_EMAIL_READ,
        Channel::SocialProfile => i::ICON_GROUPS,
        Channel::SocialAd => i::ICON_CAMPAIGN,
        Channel::SearchAd => i::ICON_ADS_CLICK,
        Channel::SearchResult => i::ICON_SEARCH,
        Channel::DisplayBanner => i::ICON_VIEW_CAROUSEL,
        Channel::Poster => i::ICON_FLAG,
        Channel::Flyer => i::ICON_DESCRIPTION,
        Channel::ReviewPortal => i::ICON_REVIEWS,
        Channel::MarketplaceListing => i::ICON_STOREFRONT,
        Channel::MapsListing => i::ICON_PIN_DROP,
        Channel::BlogPost => i::ICON_ARTICLE,
        Channel::Recommendation => i::ICON_RECOMMEND,
        Channel::PressArticle => i::ICON_NEWSPAPER,
        Channel::Chatbot => i::ICON_SMART_TOY,
        Channel::Hotline => i::ICON_CALL,
        Channel::ComplaintHandling => i::ICON_REPORT,
        Channel::StoreVisit => i::ICON_STORE,
        Channel::Consultation => i::ICON_HANDSHAKE,
        Channel::Delivery => i::ICON_LOCAL_SHIPPING,
        Channel::Invoice => i::ICON_RECEIPT,
        Channel::CustomerService => i::ICON_SUPPORT_AGENT,
        Channel::LoyaltyProgramme => i::ICON_LOYALTY,
        Channel::Branding => i::ICON_BRANDING_WATERMARK,
        Channel::Survey => i::ICON_POLL,
        Channel::MobileApp => i::ICON_SMARTPHONE,
        Channel::Messenger => i::ICON_FORUM,
        Channel::Video => i::ICON_SMART_DISPLAY,
        Channel::Custom => i::ICON_TOUCH_APP,
    };
    icon.codepoint
}

/// The face drawn in an emotion marker.
pub fn emotion_icon(score: i8) -> &'static str {
    let icon = match score {
        i8::MIN..=-2 => i::ICON_SENTIMENT_VERY_DISSATISFIED,
        -1 => i::ICON_SENTIMENT_DISSATISFIED,
        0 => i::ICON_SENTIMENT_NEUTRAL,
        1 => i::ICON_SENTIMENT_SATISFIED,
        2..=i8::MAX => i::ICON_SENTIMENT_VERY_SATISFIED,
    };
    icon.codepoint
}

/// The icon font family.
pub fn icon_family() -> egui::FontFamily {
    egui::FontFamily::Name(egui_material_icons::FONT_FAMILY.into())
}
