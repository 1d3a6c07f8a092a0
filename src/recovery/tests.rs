use super::*;
use crate::model::{Lang, MapKind};

fn map(title: &str) -> Map {
    let mut map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = title.into();
    map
}

#[test]
fn a_running_editors_map_is_not_a_leftover_and_a_gone_ones_is() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let running = store.claim().unwrap();
    running.write(&map("Running"), None).unwrap();
    assert!(store.leftovers().is_empty(), "its lock is held");

    let source = dir.path().join("gym.ron");
    let gone = store.claim().unwrap();
    gone.write(&map("Gone"), Some(&source)).unwrap();
    drop(gone);
    let leftovers = store.leftovers();
    assert_eq!(leftovers.len(), 1);
    let leftover = &leftovers[0];
    assert_eq!(leftover.meta.title, "Gone");
    assert_eq!(leftover.meta.source.as_deref(), Some(source.as_path()));
    assert!(leftover.meta.saved_at > 1_700_000_000);
    assert_eq!(leftover.map.as_ref().unwrap().title, "Gone");
    assert!(
        store.leftovers().is_empty(),
        "a leftover being offered is locked by the offering editor"
    );
}

#[test]
fn a_cleared_slot_leaves_no_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let slot = store.claim().unwrap();
    slot.write(&map("Saved meanwhile"), None).unwrap();
    assert!(slot.has_map());
    slot.clear();
    drop(slot);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    assert!(store.leftovers().is_empty());
}

#[test]
fn a_broken_leftover_is_offered_with_its_error_and_junk_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let slot = store.claim().unwrap();
    slot.write(&map("Broken"), None).unwrap();
    let id = slot.id().to_owned();
    drop(slot);
    std::fs::write(dir.path().join(format!("{id}.ron")), "(format: 2, map: (").unwrap();
    std::fs::write(dir.path().join("../escape.meta.ron"), "()").ok();
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
    std::fs::write(dir.path().join("x.y.meta.ron"), "()").unwrap();
    let leftovers = store.leftovers();
    assert_eq!(leftovers.len(), 1);
    assert!(leftovers[0].map.is_err());
    assert_eq!(leftovers[0].meta.title, "Broken");
}

#[test]
fn leftovers_come_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    for (title, saved_at) in [("old", 100), ("new", 300), ("middle", 200)] {
        let slot = store.claim().unwrap();
        slot.write(&map(title), None).unwrap();
        Meta {
            title: title.into(),
            source: None,
            saved_at,
        }
        .write(&slot.meta_path())
        .unwrap();
    }
    let titles: Vec<String> = store
        .leftovers()
        .iter()
        .map(|leftover| leftover.meta.title.clone())
        .collect();
    assert_eq!(titles, ["new", "middle", "old"]);
}
