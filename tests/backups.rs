//! Backups: saving over a map keeps the versions it replaces as `NAME.ron.bak`,
//! `NAME.ron.bak2` …, as many as the user chose, in the library, on the command line and in the
//! editor's File menu.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::entries;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::file::{self, FileError, backup_path};
use journeymap::model::{Lang, Map, MapKind};
use journeymap::ui::EditorApp;

/// A map whose title tells the versions apart.
fn version(title: &str) -> Map {
    let mut map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = title.into();
    map
}

fn title_in(path: &Path) -> String {
    file::load(path).unwrap().title
}

#[test]
fn backups_rotate_newest_first_and_the_oldest_beyond_the_limit_goes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    for title in ["v1", "v2", "v3", "v4", "v5"] {
        file::save_with_backups(&version(title), &path, 3).unwrap();
    }
    assert_eq!(title_in(&path), "v5");
    assert_eq!(title_in(&backup_path(&path, 1)), "v4");
    assert_eq!(title_in(&backup_path(&path, 2)), "v3");
    assert_eq!(title_in(&backup_path(&path, 3)), "v2");
    assert_eq!(
        entries(dir.path()),
        ["shop.ron", "shop.ron.bak", "shop.ron.bak2", "shop.ron.bak3"]
    );
}

#[test]
fn the_default_keeps_one_backup_and_zero_keeps_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("v1"), &path).unwrap();
    assert_eq!(entries(dir.path()), ["shop.ron"], "nothing to back up yet");
    file::save(&version("v2"), &path).unwrap();
    file::save(&version("v3"), &path).unwrap();
    assert_eq!(title_in(&backup_path(&path, 1)), "v2");
    assert_eq!(entries(dir.path()), ["shop.ron", "shop.ron.bak"]);

    file::save_with_backups(&version("v4"), &path, 0).unwrap();
    assert_eq!(title_in(&path), "v4");
    assert_eq!(
        title_in(&backup_path(&path, 1)),
        "v2",
        "with no backups, the backups already there are left alone"
    );
}

#[test]
fn backups_beyond_a_lowered_limit_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    for title in ["v1", "v2", "v3"] {
        file::save_with_backups(&version(title), &path, 2).unwrap();
    }
    file::save_with_backups(&version("v4"), &path, 1).unwrap();
    assert_eq!(title_in(&backup_path(&path, 1)), "v3");
    assert_eq!(
        title_in(&backup_path(&path, 2)),
        "v1",
        "journeymap does not delete files it no longer manages"
    );
}

#[test]
fn more_than_nine_backups_are_never_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    for n in 0..12 {
        file::save_with_backups(&version(&format!("v{n}")), &path, 200).unwrap();
    }
    assert_eq!(entries(dir.path()).len(), 10, "{:?}", entries(dir.path()));
    assert_eq!(title_in(&backup_path(&path, 9)), "v2");
}

/// A backup is as private (or as shared) as the map it was.
#[cfg(unix)]
#[test]
fn backups_keep_the_permissions_of_the_file_they_were() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("v1"), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    file::save(&version("v2"), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    file::save_with_backups(&version("v3"), &path, 2).unwrap();
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o640, "the map keeps its own");
    assert_eq!(mode(&backup_path(&path, 1)), 0o640);
    assert_eq!(mode(&backup_path(&path, 2)), 0o600);
}

/// When the backup cannot be made, the save does not happen: overwriting the only copy of the
/// previous version without the backup the user asked for would lose it silently.
#[test]
fn a_backup_that_cannot_be_made_stops_the_save_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("v1"), &path).unwrap();
    let before = fs::read(&path).unwrap();
    // Something that is not a file has taken the backup's name.
    fs::create_dir(backup_path(&path, 1)).unwrap();
    fs::write(backup_path(&path, 1).join("keep.txt"), "keep").unwrap();

    let error = file::save(&version("v2"), &path).unwrap_err();
    let FileError::Backup { backup, .. } = &error else {
        panic!("expected a backup error, got {error:?}");
    };
    assert_eq!(backup, &backup_path(&path, 1));
    let message = error.to_string();
    assert!(
        message.contains("shop.ron.bak could not be made"),
        "{message}"
    );
    assert!(message.contains("nothing on disk was changed"), "{message}");
    assert_eq!(fs::read(&path).unwrap(), before, "the map is as it was");
    assert_eq!(entries(dir.path()), ["shop.ron", "shop.ron.bak"]);
    assert_eq!(
        fs::read_to_string(backup_path(&path, 1).join("keep.txt")).unwrap(),
        "keep"
    );
}

/// A folder in one of the backup slots stops the save before any backup moves: it is the
/// user's folder, not an old backup to push out.
#[test]
fn a_folder_in_a_backup_slot_stops_the_save_before_anything_moves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    for title in ["v1", "v2", "v3"] {
        file::save_with_backups(&version(title), &path, 3).unwrap();
    }
    fs::create_dir(backup_path(&path, 3)).unwrap();
    fs::write(backup_path(&path, 3).join("keep.txt"), "keep").unwrap();
    let error = file::save_with_backups(&version("v4"), &path, 3).unwrap_err();
    assert!(matches!(error, FileError::Backup { .. }), "{error:?}");
    assert!(error.to_string().contains("that is a folder"), "{error}");
    assert_eq!(title_in(&path), "v3");
    assert_eq!(title_in(&backup_path(&path, 1)), "v2");
    assert_eq!(title_in(&backup_path(&path, 2)), "v1");
    assert_eq!(
        fs::read_to_string(backup_path(&path, 3).join("keep.txt")).unwrap(),
        "keep"
    );
    assert_eq!(
        entries(dir.path()),
        ["shop.ron", "shop.ron.bak", "shop.ron.bak2", "shop.ron.bak3"]
    );
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

fn journeymap() -> Command {
    let mut command = Command::new(cargo_bin!("journeymap"));
    command.env("RUST_BACKTRACE", "1").env_remove("RUST_LOG");
    command
}

#[test]
fn new_with_force_keeps_the_overwritten_map_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("mine"), &path).unwrap();
    let mine = fs::read(&path).unwrap();
    journeymap()
        .args(["new", "--kind", "future-state", "--force"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(fs::read(backup_path(&path, 1)).unwrap(), mine);
    assert_eq!(file::load(&path).unwrap().kind, MapKind::FutureState);

    journeymap()
        .args([
            "new",
            "--kind",
            "day-in-the-life",
            "--force",
            "--backups",
            "0",
        ])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(
        fs::read(backup_path(&path, 1)).unwrap(),
        mine,
        "--backups 0 makes no new backup"
    );
}

#[test]
fn new_refuses_a_backup_count_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let output = journeymap()
        .args(["new", "--kind", "future-state", "--backups", "10"])
        .arg(dir.path().join("shop.ron"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("--backups"), "{err}");
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn new_says_how_to_overwrite_when_no_backup_can_be_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("mine"), &path).unwrap();
    let mine = fs::read(&path).unwrap();
    fs::create_dir(backup_path(&path, 1)).unwrap();
    fs::write(backup_path(&path, 1).join("keep.txt"), "keep").unwrap();
    let output = journeymap()
        .args(["new", "--kind", "future-state", "--force"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("shop.ron.bak could not be made"), "{err}");
    assert!(err.contains("--backups 0"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), mine);
}

// ---------------------------------------------------------------------------------------------
// Editor
// ---------------------------------------------------------------------------------------------

/// eframe's settings storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn editor(path: &Path) -> Harness<'static, EditorApp> {
    let map = file::load(path).unwrap();
    let path = path.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, Some(path));
            app.set_lang(Lang::En);
            app
        });
    harness.run();
    harness
}

fn click(harness: &mut Harness<'_, EditorApp>, label: &str) {
    harness
        .query_by_label_contains(label)
        .unwrap_or_else(|| panic!("nothing labelled {label:?}"))
        .click();
    harness.run();
}

#[test]
fn the_file_menu_sets_how_many_backups_a_save_keeps_and_the_choice_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&version("v1"), &path).unwrap();
    let mut harness = editor(&path);
    assert_eq!(
        harness.state().backups(),
        1,
        "one backup unless chosen otherwise"
    );
    click(&mut harness, "File");
    click(&mut harness, "Backups to keep: 1");
    click(&mut harness, "3 backups");
    assert_eq!(harness.state().backups(), 3);

    for _ in 0..4 {
        assert!(harness.state_mut().save_to(path.clone()));
    }
    assert_eq!(
        entries(dir.path()),
        ["shop.ron", "shop.ron.bak", "shop.ron.bak2", "shop.ron.bak3"]
    );

    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let restored =
        Harness::builder().build_eframe(|cc| EditorApp::start(&cc.egui_ctx, Some(&storage)));
    assert_eq!(
        restored.state().backups(),
        3,
        "the setting survives a restart"
    );

    // A settings file edited by hand cannot ask for more than nine.
    eframe::set_value(&mut storage, "journeymap-backups", &200_u8);
    let restored =
        Harness::builder().build_eframe(|cc| EditorApp::start(&cc.egui_ctx, Some(&storage)));
    assert_eq!(restored.state().backups(), 9);
}

#[test]
fn no_backups_is_offered_in_german_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("laden.ron");
    file::save(&version("v1"), &path).unwrap();
    let mut harness = editor(&path);
    harness.state_mut().set_lang(Lang::De);
    harness.run();
    click(&mut harness, "Datei");
    click(&mut harness, "Sicherungskopien behalten: 1");
    click(&mut harness, "Keine Sicherungskopien");
    assert_eq!(harness.state().backups(), 0);
    assert!(harness.state_mut().save_to(path.clone()));
    assert_eq!(entries(dir.path()), ["laden.ron"]);
}
