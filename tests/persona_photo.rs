//! The persona photo end to end: chosen in the editor (and copied beside the map), drawn in the
//! exported picture, and refused — with the rest of the map still exported — when it is a
//! decompression bomb or points outside the map's folder.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::cargo_bin;
use egui::Rect;
use egui_kittest::kittest::Queryable as _;
use image::{Rgba, RgbaImage};
use journeymap::export::{RenderOptions, render_map};
use journeymap::file;
use journeymap::model::{Lang, Map, MapKind};

mod editor_support;
use editor_support::{editor, menu, type_into};

fn map_with_persona(photo: Option<&str>) -> Map {
    let mut map = journeymap::file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = "Photo test".into();
    map.persona.name = "Sarah".into();
    map.persona.role = "Project manager".into();
    map.persona.photo = photo.map(str::to_owned);
    map
}

/// A picture in two colours: the left half red, the right half green, so a centred crop of a
/// wide one shows where it was cut.
fn write_picture(path: &Path, width: u32, height: u32) {
    RgbaImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgba([220, 30, 30, 255])
        } else {
            Rgba([30, 160, 60, 255])
        }
    })
    .save(path)
    .unwrap();
}

/// Where the photo's square is in the picture at scale 1.
fn photo_square(map: &Map) -> Rect {
    let (layout, _) = render_map(map, RenderOptions::default()).unwrap();
    layout.title.photo.expect("the persona names a photo")
}

fn export(map_path: &Path, png: &Path) -> std::process::Output {
    Command::new(cargo_bin!("journeymap"))
        .arg("export")
        .arg(map_path)
        .arg("-o")
        .arg(png)
        .args(["--scale", "1"])
        .output()
        .unwrap()
}

fn pixel(png: &Path, x: f32, y: f32) -> [u8; 4] {
    let image = image::open(png).unwrap().to_rgba8();
    image.get_pixel(x as u32, y as u32).0
}

fn near(actual: [u8; 4], expected: [u8; 4]) -> bool {
    actual
        .iter()
        .zip(expected)
        .all(|(&a, e)| a.abs_diff(e) <= 12)
}

#[test]
fn the_exported_picture_shows_the_photo_cropped_to_its_square() {
    let dir = tempfile::tempdir().unwrap();
    write_picture(&dir.path().join("sarah.png"), 300, 200);
    let map = map_with_persona(Some("sarah.png"));
    let map_path = dir.path().join("map.ron");
    file::save(&map, &map_path).unwrap();
    let png = dir.path().join("map.png");
    let output = export(&map_path, &png);
    assert!(output.status.success(), "{output:?}");
    assert!(output.stderr.is_empty(), "no warning: {output:?}");

    let square = photo_square(&map);
    let inset = 6.0;
    let left = pixel(&png, square.left() + inset, square.center().y);
    let right = pixel(&png, square.right() - inset, square.center().y);
    assert!(
        near(left, [220, 30, 30, 255]),
        "left of the square: {left:?}"
    );
    assert!(
        near(right, [30, 160, 60, 255]),
        "right of the square: {right:?}"
    );
}

#[test]
fn a_bomb_or_an_escaping_photo_is_reported_and_replaced_by_the_placeholder() {
    let dir = tempfile::tempdir().unwrap();
    let maps = dir.path().join("maps");
    std::fs::create_dir(&maps).unwrap();
    // A few hundred bytes that declare 20,000 × 20,000 pixels (1.6 GB decoded).
    let bomb = RgbaImage::from_pixel(1, 1, Rgba([0, 0, 0, 255]));
    let mut bytes = Vec::new();
    bomb.write_to(
        &mut std::io::Cursor::new(&mut bytes),
        image::ImageFormat::Png,
    )
    .unwrap();
    // The IHDR chunk's width and height, and its CRC.
    bytes[16..20].copy_from_slice(&20_000_u32.to_be_bytes());
    bytes[20..24].copy_from_slice(&20_000_u32.to_be_bytes());
    let crc = crc32fast::hash(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    std::fs::write(maps.join("bomb.png"), &bytes).unwrap();
    // A picture outside the folder, reached through a link inside it.
    write_picture(&dir.path().join("secret.png"), 40, 40);
    std::os::unix::fs::symlink(dir.path().join("secret.png"), maps.join("link.png")).unwrap();

    for (photo, expected) in [("bomb.png", "20000 × 20000"), ("link.png", "not inside")] {
        let map = map_with_persona(Some(photo));
        let map_path = maps.join("map.ron");
        file::save(&map, &map_path).unwrap();
        let png = dir.path().join("out.png");
        let output = export(&map_path, &png);
        assert!(output.status.success(), "{photo}: {output:?}");
        let warning = String::from_utf8(output.stderr).unwrap();
        assert!(
            warning.contains("warning") && warning.contains(expected),
            "{photo}: {warning}"
        );
        let square = photo_square(&map);
        let corner = pixel(&png, square.left() + 4.0, square.top() + 4.0);
        assert!(
            near(corner, [0xCF, 0xD6, 0xDE, 255]),
            "{photo}: placeholder, not the picture: {corner:?}"
        );
    }
}

#[test]
fn choosing_a_photo_in_map_info_copies_it_beside_the_map_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let maps = dir.path().join("maps");
    std::fs::create_dir(&maps).unwrap();
    let map_path = maps.join("gym.ron");
    file::save(&map_with_persona(None), &map_path).unwrap();
    let picture = dir.path().join("Downloads-sarah.png");
    write_picture(&picture, 64, 64);

    let mut harness = editor(file::load(&map_path).unwrap(), Some(map_path.clone()));
    menu(&mut harness, "File", "Map info…");
    harness.get_by_label("Choose photo…").click();
    harness.run();
    type_into(&mut harness, "File path", picture.to_str().unwrap());
    harness.get_by_label("Use photo").click();
    harness.run();

    let map = harness.state().document().map();
    assert_eq!(map.persona.photo.as_deref(), Some("Downloads-sarah.png"));
    assert_eq!(
        std::fs::read(maps.join("Downloads-sarah.png")).unwrap(),
        std::fs::read(&picture).unwrap(),
        "copied into the map's folder"
    );
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().document().map().persona.photo, None);
}

#[test]
fn an_unsaved_map_asks_to_be_saved_before_it_takes_a_photo() {
    let mut harness = editor(map_with_persona(None), None);
    menu(&mut harness, "File", "Map info…");
    harness.get_by_label("Choose photo…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Save the map first")
            .is_some()
    );
    assert!(harness.query_by_label("Use photo").is_none());
}

/// Photo paths of maps made elsewhere, and a word of what the message says about each.
const STRAY_PHOTOS: [(&str, &str); 3] = [
    ("C:\\Users\\jana\\jana.jpg", "names a place on a disk"),
    ("/abs/path.jpg", "names a place on a disk"),
    ("../outside.jpg", "leads out of the map's folder"),
];

/// A map whose persona Jana has `photo`, written as another program would: journeymap itself
/// never names such a photo.
fn write_map_with_photo(path: &Path, photo: &str) {
    let mut map = map_with_persona(None);
    map.persona.name = "Jana".into();
    let text = file::to_ron(&map).unwrap().replace(
        "name: \"Jana\",",
        &format!("name: \"Jana\",\n            photo: Some(r\"{photo}\"),"),
    );
    assert!(text.contains(photo), "{text}");
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_map_with_a_photo_from_another_computer_opens_and_exports_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = (
        "missing.jpg",
        "missing.jpg: the file or its folder does not exist",
    );
    for (photo, reason) in STRAY_PHOTOS.into_iter().chain([missing]) {
        let map_path = dir.path().join("jana.ron");
        write_map_with_photo(&map_path, photo);
        let check = Command::new(cargo_bin!("journeymap"))
            .arg("check")
            .arg(&map_path)
            .output()
            .unwrap();
        assert!(check.status.success(), "{photo}: {check:?}");
        let warning = String::from_utf8(check.stderr).unwrap();
        assert!(
            warning.contains("warning") && warning.contains(reason),
            "{photo}: {warning}"
        );
        let png = dir.path().join("jana.png");
        let output = export(&map_path, &png);
        assert!(output.status.success(), "{photo}: {output:?}");
        assert!(
            String::from_utf8(output.stderr).unwrap().contains(reason),
            "{photo}"
        );
        assert!(image::open(&png).is_ok(), "{photo}: a picture was written");
    }
}

#[test]
fn saving_a_map_read_without_its_stray_photo_writes_no_path_for_it() {
    let dir = tempfile::tempdir().unwrap();
    for (photo, _) in STRAY_PHOTOS {
        let map_path = dir.path().join("jana.ron");
        write_map_with_photo(&map_path, photo);
        let (map, notes) = file::load_noting(&map_path).unwrap();
        assert_eq!(map.persona.name, "Jana", "{photo}");
        assert_eq!(map.persona.photo, None, "{photo}");
        assert!(
            matches!(&notes[..], [file::LoadNote::PhotoLeftOut(left)] if left.path == photo),
            "{photo}: {notes:?}"
        );
        let saved = dir.path().join("saved.ron");
        file::save(&map, &saved).unwrap();
        let text = std::fs::read_to_string(&saved).unwrap();
        assert!(!text.contains("photo"), "{photo}: {text}");
        assert_eq!(file::load(&saved).unwrap(), map);
    }
}

#[test]
fn the_editor_opens_a_map_with_a_stray_photo_and_says_why_the_photo_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let map_path = dir.path().join("jana.ron");
    write_map_with_photo(&map_path, "C:\\Users\\jana\\jana.jpg");
    let mut harness = editor_support::start_screen(None, Lang::De);
    assert!(harness.state_mut().open(map_path.clone()));
    harness.run();
    assert_eq!(harness.state().document().map().persona.name, "Jana");
    assert!(
        harness
            .query_by_label_contains("„C:\\Users\\jana\\jana.jpg“ wurde weggelassen")
            .is_some(),
        "the status bar says which photo was left out"
    );
    assert!(
        harness
            .query_by_label_contains("auf einem Laufwerk")
            .is_some()
    );
}
