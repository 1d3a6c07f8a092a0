//! Saving when the disk says no: a read-only disk, a full disk, a file in use or protected, a
//! folder that is gone, no permission, and a file another program changed since it was opened.
//!
//! Every fault is real: the kernel refuses the write. Mounts happen in a private mount
//! namespace (see `sandbox`), so nothing leaks into the machine. Each test checks the message
//! (what happened, what to do), that the file on disk is byte-for-byte as it was, that no
//! temporary file is left behind, and that the editor still holds the unsaved changes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{assert_no_temp_files, entries};

mod editor_support;

#[path = "disk_faults/sandbox.rs"]
mod sandbox;

use std::fs;
use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::file::{self, backup_path};
use journeymap::model::{CardId, Lang, Map};
use journeymap::ui::{EditorApp, clipboard};
use sandbox::{fill_disk, in_mount_namespace, mount_tmpfs, pin_in_place, remount_read_only};

/// The editor tests' small map, titled `title`.
fn small_map(title: &str) -> Map {
    let mut map = editor_support::small_map();
    map.title = title.into();
    map
}

/// The editor on the map file at `path`, as `journeymap FILE` opens it.
fn editor(path: &Path, lang: Lang) -> Harness<'static, EditorApp> {
    let map = file::load(path).unwrap();
    let path = path.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(move |cc| {
            let mut app = EditorApp::new(&cc.egui_ctx, map, Some(path));
            app.set_lang(lang);
            app
        });
    harness.run();
    harness
}

/// Pastes a copy of the first card, as Ctrl+V would: the map now has four cards, unsaved.
fn change(harness: &mut Harness<'_, EditorApp>) {
    let map = harness.state().document().map();
    let text = clipboard::cards_to_text(map, &[CardId(1)]).unwrap();
    let cards = map.cards.len();
    harness.event(egui::Event::Paste(text));
    harness.run();
    assert_eq!(harness.state().document().map().cards.len(), cards + 1);
    assert!(harness.state().document().is_dirty());
}

fn ctrl_s(harness: &mut Harness<'_, EditorApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

fn click(harness: &mut Harness<'_, EditorApp>, label: &str) {
    harness
        .query_by_label(label)
        .unwrap_or_else(|| panic!("nothing labelled {label:?}"))
        .click();
    harness.run();
}

/// The status bar's message contains every one of `parts`.
fn assert_says(harness: &Harness<'_, EditorApp>, parts: &[&str]) {
    let Some(first) = parts.first() else { return };
    let node = harness
        .query_by_label_contains(first)
        .unwrap_or_else(|| panic!("no message containing {first:?}"));
    // A label keeps its text in its value.
    let node = node.accesskit_node();
    let text = node.value().or_else(|| node.label()).unwrap_or_default();
    for part in parts {
        assert!(text.contains(part), "{part:?} missing from: {text}");
    }
}

/// The map is still open with its unsaved change.
fn assert_still_unsaved(harness: &Harness<'_, EditorApp>) {
    assert!(
        harness.state().document().is_dirty(),
        "still marked unsaved"
    );
    assert_eq!(
        harness.state().document().map().cards.len(),
        4,
        "the change is still there"
    );
}

/// A map saved twice at `path`: `v2` in the file, `v1` as its backup; returns both files' bytes.
fn two_versions(path: &Path) -> (Vec<u8>, Vec<u8>) {
    file::save(&small_map("v1"), path).unwrap();
    file::save(&small_map("v2"), path).unwrap();
    (
        fs::read(path).unwrap(),
        fs::read(backup_path(path, 1)).unwrap(),
    )
}

// ---------------------------------------------------------------------------------------------
// The disk refuses
// ---------------------------------------------------------------------------------------------

/// A write-protected stick or a share mounted read-only: here a RAM disk remounted read-only.
#[test]
fn a_read_only_disk_keeps_the_map_open_and_says_so_in_english_and_german() {
    in_mount_namespace(
        "a_read_only_disk_keeps_the_map_open_and_says_so_in_english_and_german",
        |dir| {
            mount_tmpfs(dir, "1m");
            let path = dir.join("shop.ron");
            let (before, backup) = two_versions(&path);
            remount_read_only(dir);

            let mut harness = editor(&path, Lang::En);
            change(&mut harness);
            ctrl_s(&mut harness);
            assert_says(
                &harness,
                &[
                    "shop.ron could not be saved: the disk or folder is read-only",
                    "write-protected USB sticks",
                    "\"Save as…\"",
                    "The file on disk was not changed.",
                    "Your map is still open with all its changes.",
                ],
            );
            assert_still_unsaved(&harness);

            harness.state_mut().set_lang(Lang::De);
            ctrl_s(&mut harness);
            assert_says(
                &harness,
                &[
                    "shop.ron konnte nicht gespeichert werden: der Datenträger oder Ordner ist schreibgeschützt",
                    "„Speichern unter…“",
                    "Ihre Map bleibt mit allen Änderungen geöffnet.",
                ],
            );
            assert_still_unsaved(&harness);
            assert_eq!(fs::read(&path).unwrap(), before);
            assert_eq!(fs::read(backup_path(&path, 1)).unwrap(), backup);
            assert_eq!(entries(dir), ["shop.ron", "shop.ron.bak"]);
        },
    );
}

/// The disk fills up while the new version is written: a 64 KiB RAM disk filled to the brim.
/// Once space is freed, the same save works.
#[test]
fn a_full_disk_keeps_the_map_open_and_the_same_save_works_once_there_is_space() {
    in_mount_namespace(
        "a_full_disk_keeps_the_map_open_and_the_same_save_works_once_there_is_space",
        |dir| {
            mount_tmpfs(dir, "64k");
            let path = dir.join("shop.ron");
            let (before, backup) = two_versions(&path);
            fill_disk(dir);

            let mut harness = editor(&path, Lang::En);
            change(&mut harness);
            ctrl_s(&mut harness);
            assert_says(
                &harness,
                &[
                    "shop.ron could not be saved: the disk is full",
                    "Free some space",
                    "The file on disk was not changed.",
                ],
            );
            assert_still_unsaved(&harness);
            assert_eq!(fs::read(&path).unwrap(), before);
            assert_eq!(fs::read(backup_path(&path, 1)).unwrap(), backup);
            assert_no_temp_files(dir);
            assert_eq!(entries(dir), ["filler", "shop.ron", "shop.ron.bak"]);

            fs::remove_file(dir.join("filler")).unwrap();
            ctrl_s(&mut harness);
            assert!(!harness.state().document().is_dirty());
            assert_eq!(
                &file::load(&path).unwrap(),
                harness.state().document().map()
            );
            assert_eq!(fs::read(backup_path(&path, 1)).unwrap(), before);
        },
    );
}

/// The kernel refuses to replace a file that is in use (`EBUSY`). Windows says the same of a
/// file another program holds open; Linux has no such locks, so the file is made busy by
/// mounting it onto itself. The backups already rotated for this save are put back.
#[test]
fn a_file_in_use_is_not_replaced_and_the_backups_are_put_back() {
    in_mount_namespace(
        "a_file_in_use_is_not_replaced_and_the_backups_are_put_back",
        |dir| {
            mount_tmpfs(dir, "1m");
            let path = dir.join("shop.ron");
            let (before, backup) = two_versions(&path);
            pin_in_place(&path);

            let mut harness = editor(&path, Lang::En);
            change(&mut harness);
            ctrl_s(&mut harness);
            assert_says(
                &harness,
                &[
                    "shop.ron could not be saved: another program is using the file",
                    "Close the file in the other program",
                    "The file on disk was not changed.",
                ],
            );
            assert_still_unsaved(&harness);
            assert_eq!(fs::read(&path).unwrap(), before);
            assert_eq!(
                fs::read(backup_path(&path, 1)).unwrap(),
                backup,
                "the backup is the older version again, not a copy of the current one"
            );
            assert_no_temp_files(dir);
            assert_eq!(entries(dir), ["shop.ron", "shop.ron.bak"]);
        },
    );
}

/// A file protected against changes (`chattr +i`; only root may set that, so this is the one
/// fault that needs root inside the namespace): no hard link, no rename over it.
#[test]
fn a_protected_file_is_not_replaced_and_repeated_attempts_push_out_no_backup() {
    in_mount_namespace(
        "a_protected_file_is_not_replaced_and_repeated_attempts_push_out_no_backup",
        |dir| {
            mount_tmpfs(dir, "1m");
            let path = dir.join("shop.ron");
            let (before, backup) = two_versions(&path);
            let protect = std::process::Command::new("chattr")
                .arg("+i")
                .arg(&path)
                .output();
            if !protect.as_ref().is_ok_and(|output| output.status.success()) {
                println!("skipped: chattr +i is not possible here ({protect:?})");
                return;
            }

            let mut harness = editor(&path, Lang::En);
            change(&mut harness);
            // Twice: a failed save must not rotate the backups, or old versions would be lost.
            for _ in 0..2 {
                ctrl_s(&mut harness);
                assert_says(
                    &harness,
                    &[
                        "shop.ron could not be saved: you are not allowed to write there, or the file is protected",
                        "ask whoever manages this folder",
                    ],
                );
            }
            assert_still_unsaved(&harness);
            assert_eq!(fs::read(&path).unwrap(), before);
            assert_eq!(
                fs::read(backup_path(&path, 1)).unwrap(),
                backup,
                "the backup is still the older version, not a copy of the current one"
            );
            assert_no_temp_files(dir);
            assert_eq!(entries(dir), ["shop.ron", "shop.ron.bak"]);
        },
    );
}

/// The folder was deleted, renamed or disconnected after the map was opened: the editor first
/// asks (the file is gone), and then says the folder is missing.
#[test]
fn a_folder_gone_since_opening_is_asked_about_and_then_reported() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("workshop");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("shop.ron");
    file::save(&small_map("v1"), &path).unwrap();
    let mut harness = editor(&path, Lang::En);
    change(&mut harness);
    fs::remove_dir_all(&folder).unwrap();

    ctrl_s(&mut harness);
    assert!(
        harness
            .query_by_label("shop.ron was moved or deleted by another program since you opened it")
            .is_some()
    );
    click(&mut harness, "Overwrite");
    assert_says(
        &harness,
        &[
            "shop.ron could not be saved: its folder does not exist (any more)",
            "reconnect it, or choose another folder with \"Save as…\"",
            "Your map is still open",
        ],
    );
    assert_still_unsaved(&harness);
    assert!(entries(dir.path()).is_empty(), "nothing was created");
}

/// No permission to write in the folder: the real binary, run as another user (`setpriv`,
/// util-linux) when the tests run as root, who may write anywhere.
#[cfg(unix)]
#[test]
fn no_permission_to_write_leaves_the_file_and_says_so() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&small_map("mine"), &path).unwrap();
    let before = fs::read(&path).unwrap();
    let binary = assert_cmd::cargo::cargo_bin!("journeymap");
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| output.stdout.trim_ascii() == b"0");
    let mut command = if is_root {
        // Others may read and enter the folder, not write in it.
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let mut command = std::process::Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(binary);
        command
    } else {
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
        std::process::Command::new(binary)
    };
    let output = command
        .args(["new", "--kind", "future-state", "--force"])
        .arg(&path)
        .output()
        .unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    assert!(!output.status.success());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("cannot save"), "{err}");
    assert!(err.contains("shop.ron"), "{err}");
    assert!(
        err.contains("permission denied; check that you may write there"),
        "{err}"
    );
    assert!(err.contains("the file on disk was not changed"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(entries(dir.path()), ["shop.ron"]);
}

// ---------------------------------------------------------------------------------------------
// Changed on disk
// ---------------------------------------------------------------------------------------------

/// The map file, then another program's version written over it after the editor opened it.
fn changed_behind_the_editor(dir: &Path, lang: Lang) -> (Harness<'static, EditorApp>, Vec<u8>) {
    let path = dir.join("shop.ron");
    file::save(&small_map("ours"), &path).unwrap();
    let mut harness = editor(&path, lang);
    change(&mut harness);
    let theirs = file::to_ron(&small_map("theirs")).unwrap().into_bytes();
    fs::write(&path, &theirs).unwrap();
    ctrl_s(&mut harness);
    (harness, theirs)
}

const CHANGED: &str = "shop.ron was changed by another program since you opened it";

#[test]
fn overwriting_a_changed_file_keeps_the_other_version_as_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, theirs) = changed_behind_the_editor(dir.path(), Lang::En);
    let path = dir.path().join("shop.ron");
    assert!(harness.query_by_label(CHANGED).is_some(), "the editor asks");
    assert_eq!(fs::read(&path).unwrap(), theirs, "and writes nothing yet");
    assert!(harness.state().document().is_dirty());

    click(&mut harness, "Overwrite");
    assert!(harness.query_by_label(CHANGED).is_none());
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        &file::load(&path).unwrap(),
        harness.state().document().map()
    );
    assert_eq!(fs::read(backup_path(&path, 1)).unwrap(), theirs);

    // Saving again after our own save does not ask.
    change(&mut harness);
    ctrl_s(&mut harness);
    assert!(harness.query_by_label(CHANGED).is_none());
    assert!(!harness.state().document().is_dirty());
    assert_no_temp_files(dir.path());
}

#[test]
fn cancel_leaves_the_other_programs_version_and_the_map_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, theirs) = changed_behind_the_editor(dir.path(), Lang::En);
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label(CHANGED).is_none());
    assert_says(
        &harness,
        &["Not saved; shop.ron stays as the other program left it."],
    );
    assert_still_unsaved(&harness);
    assert_eq!(fs::read(dir.path().join("shop.ron")).unwrap(), theirs);
    assert_eq!(entries(dir.path()), ["shop.ron"]);

    // Asked again on the next save, since the file is still not the one opened.
    ctrl_s(&mut harness);
    assert!(harness.query_by_label(CHANGED).is_some());
}

#[test]
fn save_as_keeps_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, theirs) = changed_behind_the_editor(dir.path(), Lang::En);
    click(&mut harness, "Save as…");
    let copy = dir.path().join("shop-mine.ron");
    let field = harness.get_by_role_and_label(egui::Role::TextInput, "File path");
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, "File path")
        .type_text(copy.to_str().unwrap());
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();

    assert!(!harness.state().document().is_dirty());
    assert_eq!(harness.state().path(), Some(copy.as_path()));
    assert_eq!(
        &file::load(&copy).unwrap(),
        harness.state().document().map()
    );
    assert_eq!(fs::read(dir.path().join("shop.ron")).unwrap(), theirs);
}

#[test]
fn the_question_is_asked_in_german_too() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, theirs) = changed_behind_the_editor(dir.path(), Lang::De);
    assert!(
        harness
            .query_by_label("shop.ron wurde seit dem Öffnen von einem anderen Programm geändert")
            .is_some()
    );
    assert!(harness.query_by_label("Speichern unter…").is_some());
    click(&mut harness, "Abbrechen");
    assert_still_unsaved(&harness);
    assert_eq!(fs::read(dir.path().join("shop.ron")).unwrap(), theirs);
    ctrl_s(&mut harness);
    click(&mut harness, "Überschreiben");
    assert!(!harness.state().document().is_dirty());
}

/// "Save your changes?" → Save → the file changed → Overwrite: then the editor goes on to
/// what the user asked for in the first place (here: closing the map).
#[test]
fn after_overwriting_the_editor_goes_on_with_what_was_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.ron");
    file::save(&small_map("ours"), &path).unwrap();
    let mut harness = editor(&path, Lang::En);
    change(&mut harness);
    let ours = harness.state().document().map().clone();
    fs::write(&path, file::to_ron(&small_map("theirs")).unwrap()).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    click(&mut harness, "Save");
    assert!(harness.query_by_label(CHANGED).is_some());
    click(&mut harness, "Overwrite");
    assert_eq!(file::load(&path).unwrap(), ours);
    assert!(
        harness.state().is_on_start_screen(),
        "the map is closed once it is saved"
    );
}
