//! The channels of touchpoints (the starter palette users drag in without typing) and the
//! facets every touchpoint is classified by.

use serde::{Deserialize, Serialize};

/// The channel of a touchpoint: where the customer meets the business.
///
/// The list is the starter palette of touchpoint management; [`Channel::Custom`] covers anything
/// else (the card's title then names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[allow(missing_docs, reason = "the variant names are the documentation")]
pub enum Channel {
    Website,
    LandingPage,
    NavigationSearch,
    ContactPage,
    ShopCheckout,
    Newsletter,
    FollowUpEmail,
    SocialProfile,
    SocialAd,
    SearchAd,
    SearchResult,
    DisplayBanner,
    Poster,
    Flyer,
    ReviewPortal,
    MarketplaceListing,
    MapsListing,
    BlogPost,
    Recommendation,
    PressArticle,
    Chatbot,
    Hotline,
    ComplaintHandling,
    StoreVisit,
    Consultation,
    Delivery,
    Invoice,
    CustomerService,
    LoyaltyProgramme,
    Branding,
    Survey,
    // The next three came with format 6: older files never name them, and older versions of
    // journeymap cannot read a file that does.
    /// The business's own smartphone app.
    MobileApp,
    /// A chat in a messenger such as `WhatsApp`, Signal or Threema.
    Messenger,
    /// Videos on `YouTube`, `TikTok`, Instagram Reels and the like.
    Video,
    Custom,
}

/// The groups the palette shows channels in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChannelCategory {
    /// The business's own website and shop.
    Web,
    /// Paid and printed advertising.
    Advertising,
    /// Being found: search, listings, reviews.
    SearchAndListings,
    /// Social media, press and word of mouth.
    SocialAndWordOfMouth,
    /// Direct contact: mail, phone, service.
    DirectContact,
    /// In person, delivery and after-sales.
    InPerson,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel in palette order.
    pub const ALL: [Self; 35] = [
        Self::Website,
        Self::LandingPage,
        Self::NavigationSearch,
        Self::ContactPage,
        Self::ShopCheckout,
        Self::MobileApp,
        Self::Chatbot,
        Self::SocialAd,
        Self::SearchAd,
        Self::DisplayBanner,
        Self::Poster,
        Self::Flyer,
        Self::SearchResult,
        Self::ReviewPortal,
        Self::MarketplaceListing,
        Self::MapsListing,
        Self::SocialProfile,
        Self::Video,
        Self::BlogPost,
        Self::Recommendation,
        Self::PressArticle,
        Self::Newsletter,
        Self::FollowUpEmail,
        Self::Messenger,
        Self::Hotline,
        Self::ComplaintHandling,
        Self::CustomerService,
        Self::Survey,
        Self::StoreVisit,
        Self::Consultation,
        Self::Delivery,
        Self::Invoice,
        Self::LoyaltyProgramme,
        Self::Branding,
        Self::Custom,
    ];

    /// The palette group this channel is shown in.
    pub fn category(self) -> ChannelCategory {
        use ChannelCategory as C;
        match self {
            Self::Website
            | Self::LandingPage
            | Self::NavigationSearch
            | Self::ContactPage
            | Self::ShopCheckout
            | Self::MobileApp
            | Self::Chatbot => C::Web,
            Self::SocialAd | Self::SearchAd | Self::DisplayBanner | Self::Poster | Self::Flyer => {
                C::Advertising
            }
            Self::SearchResult
            | Self::ReviewPortal
            | Self::MarketplaceListing
            | Self::MapsListing => C::SearchAndListings,
            Self::SocialProfile
            | Self::Video
            | Self::BlogPost
            | Self::Recommendation
            | Self::PressArticle => C::SocialAndWordOfMouth,
            Self::Newsletter
            | Self::FollowUpEmail
            | Self::Messenger
            | Self::Hotline
            | Self::ComplaintHandling
            | Self::CustomerService
            | Self::Survey => C::DirectContact,
            Self::StoreVisit
            | Self::Consultation
            | Self::Delivery
            | Self::Invoice
            | Self::LoyaltyProgramme
            | Self::Branding => C::InPerson,
            Self::Custom => C::Other,
        }
    }

    /// The facets a touchpoint of this channel usually has; a user can change each one.
    pub fn default_facets(self) -> (Setting, Ownership, PurchasePhase) {
        use Ownership as O;
        use PurchasePhase as P;
        use Setting::{Offline, Online};
        match self {
            Self::Website
            | Self::LandingPage
            | Self::BlogPost
            | Self::NavigationSearch
            | Self::ContactPage
            | Self::Chatbot => (Online, O::Owned, P::PrePurchase),
            Self::ShopCheckout | Self::MobileApp => (Online, O::Owned, P::Purchase),
            Self::Messenger => (Online, O::Shared, P::PrePurchase),
            Self::Video => (Online, O::Managed, P::PrePurchase),
            Self::Newsletter | Self::FollowUpEmail | Self::Survey => {
                (Online, O::Owned, P::PostPurchase)
            }
            Self::SocialProfile | Self::MarketplaceListing | Self::MapsListing => {
                (Online, O::Managed, P::PrePurchase)
            }
            Self::SocialAd | Self::SearchAd | Self::DisplayBanner => {
                (Online, O::Paid, P::PrePurchase)
            }
            Self::SearchResult | Self::ReviewPortal => (Online, O::Earned, P::PrePurchase),
            Self::Poster | Self::Flyer => (Offline, O::Paid, P::PrePurchase),
            Self::Recommendation | Self::PressArticle => (Offline, O::Earned, P::PrePurchase),
            Self::Hotline
            | Self::ComplaintHandling
            | Self::CustomerService
            | Self::Delivery
            | Self::Invoice
            | Self::LoyaltyProgramme => (Offline, O::Owned, P::PostPurchase),
            Self::StoreVisit | Self::Consultation => (Offline, O::Owned, P::Purchase),
            Self::Branding | Self::Custom => (Offline, O::Owned, P::PrePurchase),
        }
    }
}

/// Whether a touchpoint happens online or offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Setting {
    /// On a screen.
    Online,
    /// In the physical world.
    Offline,
}

/// Who owns the medium of a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Ownership {
    /// The business's own media: website, shop, newsletter.
    Owned,
    /// Bought reach: ads, sponsored posts.
    Paid,
    /// What others say: reviews, word of mouth, press.
    Earned,
    /// Conversations on social media, user posts.
    Shared,
    /// Profiles the business looks after on platforms it does not own.
    Managed,
}

/// When in the purchase a touchpoint occurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PurchasePhase {
    /// Before the purchase.
    PrePurchase,
    /// The purchase itself.
    Purchase,
    /// After the purchase.
    PostPurchase,
}

impl Setting {
    /// Both settings.
    pub const ALL: [Self; 2] = [Self::Online, Self::Offline];

    /// A guess from the name a user gave a touchpoint of their own: "Bestell-App", "Messenger
    /// group" or "Webinar" happen on a screen, "Stand at the market" does not. Most names that
    /// happen online say so; the user can correct the guess.
    pub fn guess(name: &str) -> Self {
        /// Found anywhere in the name ("Kunden-WhatsApp", "instagramstory").
        const ANYWHERE: [&str; 14] = [
            "whatsapp",
            "instagram",
            "facebook",
            "tiktok",
            "youtube",
            "linkedin",
            "newsletter",
            "messenger",
            "podcast",
            "google",
            "online",
            "internet",
            "website",
            "webseite",
        ];
        /// Words that start so ("Webinar", "Mailing", "Chatgruppe", "Digitalbon").
        const STARTS: [&str; 8] = [
            "web", "mail", "chat", "digital", "video", "app", "e-", "sms",
        ];
        /// Words that end so ("Bestellapp", "E-Mail", "Livechat").
        const ENDS: [&str; 5] = ["app", "apps", "mail", "chat", "portal"];
        let name = name.to_lowercase();
        let online = ANYWHERE.iter().any(|hint| name.contains(hint))
            || name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .any(|word| {
                    // "appointment" and "Apotheke" are not apps.
                    (STARTS.iter().any(|hint| word.starts_with(hint)) && !word.starts_with("appo"))
                        || ENDS.iter().any(|hint| word.ends_with(hint))
                        || word == "qr"
                });
        if online { Self::Online } else { Self::Offline }
    }
}

impl Ownership {
    /// Every kind of media ownership, in the order legends list them.
    pub const ALL: [Self; 5] = [
        Self::Owned,
        Self::Paid,
        Self::Earned,
        Self::Shared,
        Self::Managed,
    ];
}

impl PurchasePhase {
    /// The phases, in the order of a purchase.
    pub const ALL: [Self; 3] = [Self::PrePurchase, Self::Purchase, Self::PostPurchase];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_touchpoint_is_guessed_online_or_offline() {
        for online in [
            "Bestell-App",
            "Kundenapp",
            "WhatsApp-Gruppe",
            "E-Mail from the owner",
            "Webinar",
            "Instagram story",
            "Live chat",
            "Online-Terminbuchung",
            "QR code on the cup",
        ] {
            assert_eq!(Setting::guess(online), Setting::Online, "{online}");
        }
        for offline in [
            "Stand at the farmers' market",
            "Appointment at the counter",
            "Schaufenster",
            "Apotheke nebenan",
            "Lieferwagen",
        ] {
            assert_eq!(Setting::guess(offline), Setting::Offline, "{offline}");
        }
    }

    #[test]
    fn all_lists_every_channel_once() {
        let mut sorted = Channel::ALL.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), Channel::ALL.len());
    }
}
