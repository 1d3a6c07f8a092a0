use super::*;
use crate::model::{
    CardId, Channel, EvidenceLevel, Lane, LaneId, LaneKind, MapKind, Stage, StageId, TextRole,
};

/// Reads an export back: checks the byte-order mark and the row ends, and returns the rows
/// (the header first), split at `lang`'s separator.
fn read_back(bytes: &[u8], lang: Lang) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let body = text
        .strip_prefix(BOM)
        .expect("starts with a byte-order mark");
    assert!(body.ends_with("\r\n"), "rows end with CRLF");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(lang))
        .has_headers(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|record| {
            record
                .expect("a well-formed row")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// Two stages, a touchpoint lane under a text lane and a second touchpoint lane; touchpoints
/// in document order: Shop (stage 2, lane 3), Newsletter (stage 1, lane 3), Bäckerei-Website
/// (stage 1, lane 1), Flyer (stage 2, lane 1); and a plain note.
fn map(lang: Lang) -> Map {
    let mut map = Map::empty(MapKind::CurrentState, lang);
    map.stages = vec![
        Stage::new(StageId(1), "Aufmerksamkeit"),
        Stage::new(StageId(2), "Kauf"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Touchpoints", LaneKind::Touchpoints),
        Lane::new(LaneId(2), "Gedanken", LaneKind::Text(TextRole::Thoughts)),
        Lane::new(LaneId(3), "Weitere Touchpoints", LaneKind::Touchpoints),
    ];
    let touchpoint = |id, lane, stage, title: &str, channel| {
        let mut card = Card::new(CardId(id), LaneId(lane), StageId(stage), title);
        card.touchpoint = Some(Touchpoint::of(channel));
        card
    };
    let mut shop = touchpoint(1, 3, 2, "Online-Shop", Channel::ShopCheckout);
    shop.notes = "Kasse verlangt ein Kundenkonto,\n\"Gast\" fehlt; Abbruch".into();
    let tp = shop.touchpoint.as_mut().unwrap();
    tp.importance = Some(5);
    tp.performance = Some(2);
    tp.evidence = Some(EvidenceLevel::PartlyBacked);
    tp.metrics = vec![
        Metric::new("Abbruchrate", 38.5, "%"),
        Metric::new("Besuche", 1200.0, "pro Monat"),
    ];
    tp.owner = "Online-Team".into();
    tp.strengths = "Schnell".into();
    tp.weaknesses = "Kundenkonto nötig".into();
    tp.quotes = vec![
        "„Wieso muss ich mich anmelden?“".into(),
        "Zu viele Felder".into(),
    ];
    let newsletter = touchpoint(2, 3, 1, "Newsletter", Channel::Newsletter);
    let mut website = touchpoint(3, 1, 1, "Bäckerei-Website", Channel::Website);
    website.touchpoint.as_mut().unwrap().metrics = vec![
        Metric::new("besuche", 3400.25, "pro Monat"),
        Metric::new("Besuche", 12.0, ""),
    ];
    let flyer = touchpoint(4, 1, 2, "Flyer", Channel::Flyer);
    let note = Card::new(CardId(5), LaneId(2), StageId(1), "Nur eine Notiz");
    map.cards = vec![shop, newsletter, website, flyer, note];
    map
}

#[test]
fn a_german_map_is_a_semicolon_table_with_decimal_commas() {
    let rows = read_back(&to_csv(&map(Lang::De)).unwrap(), Lang::De);
    // Metric columns come in the order the metrics first appear in the rows, with the first
    // spelling of a name: "besuche (pro Monat)" and "Besuche" without a unit (both from the
    // website), then "Abbruchrate (%)" (the shop).
    assert_eq!(
        rows[0],
        [
            "Phase",
            "Abschnitt",
            "Zeile",
            "Titel",
            "Kanal",
            "Online/offline",
            "Medien",
            "Kaufphase",
            "Wichtigkeit",
            "Leistung",
            "Beleglage",
            "Verantwortlich",
            "Stärken",
            "Schwächen",
            "Kundenzitate",
            "Notizen",
            "besuche (pro Monat)",
            "Besuche",
            "Abbruchrate (%)",
        ]
    );
    assert_eq!(rows.len(), 5, "a header and one row per touchpoint");
    let titles: Vec<&str> = rows[1..].iter().map(|row| row[3].as_str()).collect();
    assert_eq!(
        titles,
        ["Bäckerei-Website", "Newsletter", "Flyer", "Online-Shop"],
        "stage by stage, then lane by lane"
    );
    assert_eq!(
        rows[4],
        [
            "Kauf",
            "",
            "Weitere Touchpoints",
            "Online-Shop",
            "Onlineshop-Kasse",
            "Online",
            "Eigen",
            "Kauf",
            "5",
            "2",
            "Teilweise belegt",
            "Online-Team",
            "Schnell",
            "Kundenkonto nötig",
            "„Wieso muss ich mich anmelden?“ | Zu viele Felder",
            "Kasse verlangt ein Kundenkonto,\n\"Gast\" fehlt; Abbruch",
            "1200",
            "",
            "38,5",
        ]
    );
    let website = &rows[1];
    assert_eq!(website[0], "Aufmerksamkeit");
    assert_eq!(&website[8..11], ["", "", ""], "no ratings, no evidence");
    assert_eq!(&website[16..], ["3400,25", "12", ""]);
    assert!(rows.iter().all(|row| row.len() == 19));
}

#[test]
fn an_english_map_is_a_comma_table_with_decimal_points() {
    let bytes = to_csv(&map(Lang::En)).unwrap();
    let rows = read_back(&bytes, Lang::En);
    assert_eq!(
        &rows[0][..16],
        [
            "Stage",
            "Phase",
            "Lane",
            "Title",
            "Channel",
            "Online/offline",
            "Media",
            "Purchase phase",
            "Importance",
            "Performance",
            "Evidence",
            "Owner",
            "Strengths",
            "Weaknesses",
            "Customer quotes",
            "Notes",
        ]
    );
    assert_eq!(rows.len(), 5);
    let shop = &rows[4];
    assert_eq!(
        &shop[4..8],
        ["Online shop checkout", "Online", "Owned", "Purchase"]
    );
    assert_eq!(shop[10], "Partly backed");
    assert_eq!(&shop[16..], ["1200", "", "38.5"]);
    assert_eq!(&rows[1][16..], ["3400.25", "12", ""]);
    assert!(rows[4][15].contains('\n'), "the note keeps its line break");

    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\"Kasse verlangt ein Kundenkonto,\n\"\"Gast\"\" fehlt; Abbruch\""));
    assert!(
        text.contains("Bäckerei-Website"),
        "umlauts are written as UTF-8"
    );
}

#[test]
fn a_map_without_touchpoints_gives_the_header_only() {
    let mut map = map(Lang::De);
    map.cards.retain(|card| card.touchpoint.is_none());
    let bytes = CsvExporter.export(&map).unwrap();
    let rows = read_back(&bytes, Lang::De);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].len(), 16, "no metric columns");
    assert_eq!(rows[0][0], "Phase");
    assert_eq!(CsvExporter.extension(), "csv");
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(number(2.5, Lang::En), "2.5");
    assert_eq!(number(2.5, Lang::De), "2,5");
    assert_eq!(number(1_234_567.0, Lang::De), "1234567");
    assert_eq!(number(-0.125, Lang::De), "-0,125");
    assert_eq!(number(0.1 + 0.2, Lang::En), "0.30000000000000004");
    assert_eq!(separator(Lang::En), b',');
    assert_eq!(separator(Lang::De), b';');
}

/// A map from someone else may hold `=HYPERLINK(…)` or a DDE call in a title; the table shows
/// such texts instead of running them, and negative figures stay numbers.
#[test]
fn texts_that_begin_like_a_formula_are_shown_not_run() {
    let mut map = map(Lang::En);
    map.cards[0].title = "=HYPERLINK(\"http://example.com\",\"Shop\")".into();
    let shop = map.cards[0].touchpoint.as_mut().unwrap();
    shop.owner = "@team".into();
    shop.strengths = "+fast".into();
    shop.weaknesses = "-cmd|' /C calc'!A0".into();
    shop.metrics[0].value = -3.5;
    let rows = read_back(&to_csv(&map).unwrap(), Lang::En);
    let header = &rows[0];
    let column = |name: &str| header.iter().position(|cell| cell == name).unwrap();
    let shop_row = rows
        .iter()
        .find(|row| row[3].contains("HYPERLINK"))
        .unwrap();
    assert_eq!(shop_row[3], "'=HYPERLINK(\"http://example.com\",\"Shop\")");
    assert_eq!(shop_row[column("Owner")], "'@team");
    assert_eq!(shop_row[column("Strengths")], "'+fast");
    assert_eq!(shop_row[column("Weaknesses")], "'-cmd|' /C calc'!A0");
    let metric = header
        .iter()
        .position(|cell| cell.starts_with("Abbruchrate"))
        .unwrap();
    assert_eq!(shop_row[metric], "-3.5", "a negative figure stays a number");
    let plain = rows.iter().find(|row| row[3] == "Newsletter").unwrap();
    assert_eq!(plain[3], "Newsletter", "ordinary texts are untouched");
}

#[test]
fn the_purchase_phase_column_follows_the_stage_unless_set_by_hand() {
    use crate::model::PurchasePhase;
    let mut map = map(Lang::En);
    // The flyer follows its stage; the newsletter's phase was set by hand.
    map.cards[1].touchpoint.as_mut().unwrap().phase = Some(PurchasePhase::Purchase);
    crate::edit::Edit::SetStagePhase {
        id: StageId(2),
        phase: Some(PurchasePhase::PostPurchase),
    }
    .apply(&mut map)
    .unwrap();
    let rows = read_back(&to_csv(&map).unwrap(), Lang::En);
    let phase_of = |title: &str| {
        let row = rows.iter().find(|row| row[3] == title).unwrap();
        row[7].clone()
    };
    assert_eq!(
        phase_of("Flyer"),
        "Post-purchase",
        "a flyer is usually pre-purchase"
    );
    assert_eq!(phase_of("Newsletter"), "Purchase");
}

#[test]
fn the_phase_column_names_each_stage_s_phase_or_nothing() {
    use crate::model::{Phase, PhaseId};
    let mut map = map(Lang::De);
    map.phases = vec![Phase::new(PhaseId(1), "Vor dem Kauf")];
    map.stages[0].in_phase = Some(PhaseId(1));
    let rows = read_back(&to_csv(&map).unwrap(), Lang::De);
    assert_eq!(rows[0][1], "Abschnitt");
    let phase_of = |title: &str| rows.iter().find(|row| row[3] == title).unwrap()[1].clone();
    assert_eq!(
        phase_of("Newsletter"),
        "Vor dem Kauf",
        "stage 1 is in the phase"
    );
    assert_eq!(phase_of("Online-Shop"), "", "stage 2 is in none");
    let english = read_back(&to_csv(&self::map(Lang::En)).unwrap(), Lang::En);
    assert_eq!(english[0][1], "Phase");
}
