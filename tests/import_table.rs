//! Tables in: our own CSV export imports back to the same touchpoints, German Excel's encodings
//! keep their umlauts, and spreadsheets and pasted blocks become the cards they show.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::edit::Edit;
use journeymap::export::csv::to_csv;
use journeymap::import::table::{self, Field, Reason, Shape};
use journeymap::model::{Lang, Map, MapKind, PurchasePhase};

fn example(name: &str) -> Map {
    let path = format!("{}/assets/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    journeymap::file::from_ron(&bytes).unwrap()
}

fn examples() -> Vec<(String, Map)> {
    let dir = format!("{}/assets/examples", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| {
            std::path::Path::new(name)
                .extension()
                .is_some_and(|ext| ext == "ron")
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| (name.clone(), example(&name)))
        .collect()
}

/// What the CSV holds of each touchpoint, in the export's order.
#[derive(Debug, PartialEq)]
struct Row {
    stage: String,
    /// The phase (group of stages) the card's stage is in.
    group: Option<String>,
    lane: String,
    title: String,
    notes: String,
    channel: journeymap::model::Channel,
    setting: journeymap::model::Setting,
    ownership: journeymap::model::Ownership,
    phase: PurchasePhase,
    importance: Option<u8>,
    performance: Option<u8>,
    evidence: Option<journeymap::model::EvidenceLevel>,
    owner: String,
    strengths: String,
    weaknesses: String,
    quotes: Vec<String>,
    metrics: Vec<(String, String, String)>,
}

fn rows(map: &Map) -> Vec<Row> {
    journeymap::export::csv::rows(map)
        .into_iter()
        .map(|(card, touchpoint)| {
            let mut metrics: Vec<(String, String, String)> = touchpoint
                .metrics
                .iter()
                .map(|m| {
                    (
                        m.name.trim().to_owned(),
                        m.unit.trim().to_owned(),
                        m.value.to_string(),
                    )
                })
                .collect();
            metrics.sort();
            Row {
                stage: map.stage(card.stage).unwrap().title.clone(),
                group: map.phase_of_stage(card.stage).map(|p| p.title.clone()),
                lane: map.lane(card.lane).unwrap().title.clone(),
                title: card.title.clone(),
                notes: card.notes.clone(),
                channel: touchpoint.channel,
                setting: touchpoint.setting,
                ownership: touchpoint.ownership,
                phase: map.phase_of(card, touchpoint),
                importance: touchpoint.importance,
                performance: touchpoint.performance,
                evidence: touchpoint.evidence,
                owner: touchpoint.owner.clone(),
                strengths: touchpoint.strengths.clone(),
                weaknesses: touchpoint.weaknesses.clone(),
                quotes: touchpoint.quotes.clone(),
                metrics,
            }
        })
        .collect()
}

#[test]
fn every_example_exported_as_csv_imports_back_to_the_same_touchpoints_in_both_languages() {
    for (name, mut map) in examples() {
        for lang in Lang::ALL {
            map.lang = lang;
            let csv = to_csv(&map).unwrap();
            let sheets = table::read_file(&csv, "touchpoints.csv").unwrap();
            let table = &sheets[0].table;
            let layout = table::guess(table);
            assert_eq!(layout.shape, Shape::List, "{name} {lang:?}");
            assert!(
                !layout.fields.contains(&Field::Ignore),
                "{name} {lang:?}: {:?}",
                layout.fields
            );
            let (imported, unplaced) = table::new_map(table, &layout, map.kind, lang).unwrap();
            assert!(unplaced.is_empty(), "{name} {lang:?}: {unplaced:?}");
            let (want, got) = (rows(&map), rows(&imported));
            assert!(
                want.iter().any(|row| row.group.is_some()) == map.has_phases(),
                "{name}: phases travel through the table"
            );
            assert!(!want.is_empty(), "{name} has touchpoints");
            assert_eq!(want.len(), got.len(), "{name} {lang:?}");
            for (want, got) in want.iter().zip(&got) {
                assert_eq!(want, got, "{name} {lang:?}");
            }
        }
    }
}

/// After a dot vote the table gains a column of the room's dots; reading it back leaves that
/// column out (dots belong to the room, not to the touchpoints) and nothing else changes.
#[test]
fn the_dots_column_of_a_voted_map_is_written_and_left_out_when_read_back() {
    use journeymap::model::{Dots, ParticipantId};
    for lang in Lang::ALL {
        let mut map = example("fitness-studio-current-state.ron");
        map.lang = lang;
        let (voted, _) = journeymap::export::csv::rows(&map)[1];
        let voted = voted.id;
        map.room.dots = vec![Dots {
            participant: ParticipantId(1),
            card: voted,
            count: 3,
        }];
        let csv = to_csv(&map).unwrap();
        let sheets = table::read_file(&csv, "touchpoints.csv").unwrap();
        let table = &sheets[0].table;
        let header = match lang {
            Lang::En => "Dots",
            Lang::De => "Punkte",
        };
        let column = (0..table.width())
            .find(|&column| table.cell(0, column) == header)
            .unwrap_or_else(|| panic!("a {header} column"));
        assert_eq!(column, 16, "right after the fixed columns");
        let counts: Vec<&str> = (1..table.rows.len())
            .map(|row| table.cell(row, column))
            .collect();
        assert_eq!(counts.iter().filter(|count| **count == "3").count(), 1);
        assert_eq!(counts[1], "3", "on the voted touchpoint's row");
        assert!(counts.iter().all(|count| ["0", "3"].contains(count)));

        let layout = table::guess(table);
        assert_eq!(layout.fields[column], Field::Ignore, "{lang:?}");
        let (imported, unplaced) = table::new_map(table, &layout, map.kind, lang).unwrap();
        assert!(unplaced.is_empty(), "{unplaced:?}");
        assert_eq!(
            rows(&imported),
            rows(&map),
            "{lang:?}: no metric named {header}"
        );
    }
}

#[test]
fn a_german_excel_csv_in_windows_1252_with_semicolons_keeps_its_umlauts() {
    let text = "Phase;Zeile;Titel;Kanal;Wichtigkeit;Notizen\r\n\
                Aufmerksamkeit;Touchpoints;Schaufenster mit Brötchen;Plakat;4;Grüße an Jürgen\r\n\
                Kauf;Touchpoints;Kasse;Besuch im Geschäft;5;\"Zwei;\r\nZeilen\"\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let sheets = table::read_file(&bytes, "Journey.csv").unwrap();
    let table = &sheets[0].table;
    assert_eq!(table.cell(1, 2), "Schaufenster mit Brötchen");
    let layout = table::guess(table);
    assert_eq!(layout.fields[0], Field::Stage, "German 'Phase' is a stage");
    let (map, unplaced) = table::new_map(table, &layout, MapKind::CurrentState, Lang::De).unwrap();
    assert!(unplaced.is_empty(), "{unplaced:?}");
    let titles: Vec<&str> = map.stages.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Aufmerksamkeit", "Kauf"]);
    let card = map
        .cards
        .iter()
        .find(|c| c.title == "Schaufenster mit Brötchen")
        .unwrap();
    assert_eq!(card.notes, "Grüße an Jürgen");
    assert_eq!(card.touchpoint.as_ref().unwrap().importance, Some(4));
    let till = map.cards.iter().find(|c| c.title == "Kasse").unwrap();
    assert_eq!(till.notes, "Zwei;\nZeilen");
}

#[test]
fn excel_unicode_text_in_utf16_with_a_mark_keeps_its_umlauts() {
    let text = "Stage\tTitle\r\nKauf\tÄrger über die Lieferung\r\n";
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let sheets = table::read_file(&bytes, "Journey.txt").unwrap();
    assert_eq!(sheets[0].table.cell(1, 1), "Ärger über die Lieferung");
}

#[test]
fn a_pasted_grid_plans_new_stages_lanes_and_one_card_per_line_and_applies_as_one_step() {
    let map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    let block = "\tAwareness\tCheckout\r\nCustomer actions\t\"Sees poster\nAsks a friend\"\tPays\r\n\
                 Worries\tToo expensive?\t\r\nEmotions\t1\tnot a score\r\n";
    let table = table::read_text(block);
    let layout = table::guess(&table);
    assert_eq!(layout.shape, Shape::Grid);
    let plan = table::plan(&map, &table, &layout);
    let new_stages: Vec<&str> = plan.new_stages.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        new_stages,
        ["Checkout"],
        "Awareness is the template's stage"
    );
    let new_lanes: Vec<&str> = plan.new_lanes.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(new_lanes, ["Worries"]);
    let titles: Vec<&str> = plan.cards.iter().map(|c| c.card.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Sees poster", "Asks a friend", "Pays", "Too expensive?"]
    );
    assert_eq!(plan.emotions.len(), 1);
    assert_eq!(plan.unplaced.len(), 1, "{:?}", plan.unplaced);
    assert!(matches!(
        plan.unplaced[0].reason,
        Reason::LaneHoldsNoCards { .. }
    ));
    assert_eq!((plan.unplaced[0].row, plan.unplaced[0].column), (4, 3));
    assert!(
        plan.unplaced[0]
            .message(Lang::De)
            .starts_with("Zeile 4, Spalte C")
    );

    let mut document = journeymap::edit::Document::new(map.clone());
    let edit = plan.edit(&map, None);
    assert!(matches!(edit, Edit::Batch(_)));
    document.apply(&edit).unwrap();
    assert_eq!(document.map().cards.len(), 4);
    assert_eq!(document.map().stages.len(), map.stages.len() + 1);
    document.undo();
    assert_eq!(document.map(), &map, "one undo step takes it all back");
}

#[test]
fn a_list_without_stages_goes_to_the_cell_pasted_into() {
    let map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    let table = table::read_text("Poster\nFlyer\n");
    let layout = table::guess(&table);
    let plan = table::plan(&map, &table, &layout);
    assert!(plan.new_stages.is_empty() && plan.new_lanes.is_empty());
    let slot = journeymap::edit::Slot {
        lane: map.lanes[1].id,
        stage: map.stages[2].id,
        before: None,
    };
    let mut after = map.clone();
    plan.edit(&map, Some(slot)).apply(&mut after).unwrap();
    assert_eq!(after.cards_in(slot.lane, slot.stage).count(), 2);
}

#[test]
fn bad_ratings_and_unknown_values_are_listed_not_dropped() {
    let table = table::read_text(
        "Stage\tTitle\tImportance\tEvidence\tVisits (per month)\r\n\
         Awareness\tPoster\t7\tmaybe\tlots\r\n",
    );
    let layout = table::guess(&table);
    assert_eq!(
        layout.fields[4],
        Field::Notes,
        "a column of text is kept as notes, not a figure"
    );
    let (map, unplaced) = table::new_map(&table, &layout, MapKind::CurrentState, Lang::En).unwrap();
    let reasons: Vec<&Reason> = unplaced.iter().map(|u| &u.reason).collect();
    assert_eq!(reasons, [&Reason::Rating, &Reason::Evidence]);
    assert_eq!(unplaced[0].text, "7");
    let card = &map.cards[0];
    assert_eq!(card.notes, "Visits (per month): lots");
}

#[test]
fn pasted_stages_with_a_phase_column_come_with_their_phases_in_one_step() {
    let map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    let table = table::read_text(
        "Stage\tPhase\tTitle\r\nCall back\tAfter the visit\tPhone call\r\n\
         Review\tAfter the visit\tStars\r\nAwareness\tBefore\tPoster\r\n",
    );
    let layout = table::guess(&table);
    assert_eq!(
        layout.fields[1],
        Field::Phase,
        "English 'Phase' is a group of stages"
    );
    let plan = table::plan(&map, &table, &layout);
    assert_eq!(plan.new_stages.len(), 2);
    let reasons: Vec<&Reason> = plan.unplaced.iter().map(|u| &u.reason).collect();
    assert_eq!(
        reasons,
        [&Reason::PhaseNotSet],
        "Awareness is on the map already"
    );
    let mut document = journeymap::edit::Document::new(map.clone());
    document.apply(&plan.edit(&map, None)).unwrap();
    let after = document.map();
    let phases: Vec<&str> = after.phases.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(phases, ["After the visit"]);
    let call = after
        .stages
        .iter()
        .find(|s| s.title == "Call back")
        .unwrap();
    let review = after.stages.iter().find(|s| s.title == "Review").unwrap();
    assert_eq!(call.in_phase, review.in_phase);
    assert!(call.in_phase.is_some());
    document.undo();
    assert_eq!(document.map(), &map);
}

#[test]
fn a_score_under_a_blueprint_line_is_listed_not_taken_for_an_emotion() {
    let map = journeymap::file::template(MapKind::ServiceBlueprint, Lang::En).unwrap();
    let divider = map
        .lanes
        .iter()
        .find(|lane| matches!(lane.kind, journeymap::model::LaneKind::Divider(_)))
        .unwrap();
    let stage = &map.stages[0].title;
    let table = table::read_text(&format!("\t{stage}\n{}\t1\n", divider.title));
    let mut layout = table::guess(&table);
    layout.shape = Shape::Grid;
    let plan = table::plan(&map, &table, &layout);
    assert!(plan.emotions.is_empty() && plan.cards.is_empty());
    assert_eq!(plan.unplaced.len(), 1);
    assert!(matches!(
        plan.unplaced[0].reason,
        Reason::LaneHoldsNoCards { .. }
    ));
}
