use std::fs;

use image::{ImageEncoder, Rgba};

use super::*;

/// A PNG of `width` × `height` pixels of one colour.
fn png(width: u32, height: u32) -> Vec<u8> {
    let image = RgbaImage::from_pixel(width, height, Rgba([200, 40, 40, 255]));
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(
            image.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgba8,
        )
        .unwrap();
    bytes
}

/// A small PNG whose header claims `width` × `height`: a decompression bomb's calling card.
fn forged_png(width: u32, height: u32, bit_depth: u8) -> Vec<u8> {
    let mut bytes = png(1, 1);
    // Signature (8), IHDR length (4), "IHDR" (4), then width, height, depth, colour type ...
    assert_eq!(&bytes[12..16], b"IHDR");
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    bytes[24] = bit_depth;
    let crc = crc32fast::hash(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

fn folder_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
    dir
}

#[test]
fn a_photo_in_the_folder_or_below_loads() {
    let dir = folder_with("fotos/anna.png", &png(3, 2));
    let image = load_photo(dir.path(), "fotos/anna.png").unwrap();
    assert_eq!(image.dimensions(), (3, 2));
    assert_eq!(image.get_pixel(2, 1), &Rgba([200, 40, 40, 255]));
    let same = load_photo(dir.path(), "./fotos/./anna.png").unwrap();
    assert_eq!(same, image);
}

#[test]
fn a_jpeg_photo_loads() {
    let image = image::RgbImage::from_pixel(16, 8, image::Rgb([10, 120, 200]));
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut bytes)
        .write_image(image.as_raw(), 16, 8, image::ExtendedColorType::Rgb8)
        .unwrap();
    let dir = folder_with("anna.jpg", &bytes);
    assert_eq!(
        load_photo(dir.path(), "anna.jpg").unwrap().dimensions(),
        (16, 8)
    );
}

#[test]
fn a_photo_at_the_size_limit_loads() {
    let dir = folder_with("wide.png", &png(MAX_PHOTO_SIDE, 1));
    assert_eq!(
        load_photo(dir.path(), "wide.png").unwrap().dimensions(),
        (MAX_PHOTO_SIDE, 1)
    );
}

#[test]
fn a_header_declaring_huge_dimensions_is_refused_before_decoding() {
    for (width, height) in [
        (60_000, 60_000),
        (MAX_PHOTO_SIDE + 1, 1),
        (1, u32::MAX >> 1),
    ] {
        let dir = folder_with("bomb.png", &forged_png(width, height, 8));
        let error = load_photo(dir.path(), "bomb.png").unwrap_err();
        assert!(
            matches!(error, PhotoError::TooManyPixels { width: w, height: h, .. } if (w, h) == (width, height)),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.contains(&width.to_string()), "{message}");
        assert!(message.contains("bomb.png") && message.contains("scale it down"));
    }
}

#[test]
fn a_picture_within_the_sides_but_over_the_memory_limit_is_refused() {
    // 4096 × 4096 at 16 bits per channel of RGBA is 128 MiB decoded.
    let dir = folder_with("deep.png", &forged_png(MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, 16));
    let error = load_photo(dir.path(), "deep.png").unwrap_err();
    assert!(
        matches!(error, PhotoError::TooManyPixels { .. }),
        "{error:?}"
    );
}

#[test]
fn damaged_or_foreign_files_are_not_images() {
    let mut cut = png(8, 8);
    cut.truncate(cut.len() - 20);
    for (name, bytes) in [
        ("notes.png", b"just text".as_slice()),
        ("cut.png", cut.as_slice()),
        ("empty.png", b"".as_slice()),
        ("map.ron", b"(format: 1, map: ())".as_slice()),
    ] {
        let dir = folder_with(name, bytes);
        let error = load_photo(dir.path(), name).unwrap_err();
        assert!(
            matches!(error, PhotoError::NotAnImage { .. }),
            "{name}: {error:?}"
        );
        let message = error.to_string();
        assert!(
            message.contains(name) && message.contains("PNG or JPEG"),
            "{message}"
        );
    }
}

#[test]
fn a_file_over_the_byte_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let file = fs::File::create(dir.path().join("huge.png")).unwrap();
    file.set_len(MAX_PHOTO_BYTES * 64).unwrap();
    drop(file);
    let error = load_photo(dir.path(), "huge.png").unwrap_err();
    assert!(matches!(error, PhotoError::TooLarge { .. }), "{error:?}");
    assert!(error.to_string().contains("16 MiB"), "{error}");
}

#[test]
fn a_missing_photo_is_a_read_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let error = load_photo(dir.path(), "fehlt.png").unwrap_err();
    assert!(matches!(error, PhotoError::Read { .. }), "{error:?}");
    assert!(error.to_string().contains("fehlt.png"), "{error}");
}

#[test]
fn paths_that_leave_the_folder_are_refused_before_touching_the_disk() {
    // A real file one level up, which a careless join would find.
    let outer = folder_with("secret.png", &png(1, 1));
    let maps = outer.path().join("maps");
    fs::create_dir(&maps).unwrap();
    let absolute = outer.path().join("secret.png");
    for path in [
        "../secret.png",
        "./../secret.png",
        "sub/../../secret.png",
        "..\\secret.png",
        absolute.to_str().unwrap(),
        "C:\\secret.png",
        "\\\\server\\share\\secret.png",
        "",
    ] {
        let error = load_photo(&maps, path).unwrap_err();
        assert!(
            matches!(&error, PhotoError::OutsideFolder(p) if p == path),
            "{path}: {error:?}"
        );
        assert!(error.to_string().contains("map's folder"), "{error}");
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let outer = folder_with("secret.png", &png(1, 1));
    let maps = outer.path().join("maps");
    fs::create_dir(&maps).unwrap();
    symlink(outer.path().join("secret.png"), maps.join("anna.png")).unwrap();
    symlink(outer.path(), maps.join("fotos")).unwrap();
    for path in ["anna.png", "fotos/secret.png"] {
        let error = load_photo(&maps, path).unwrap_err();
        assert!(
            matches!(error, PhotoError::OutsideFolder(_)),
            "{path}: {error:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_that_stay_inside_are_followed() {
    use std::os::unix::fs::symlink;
    let outer = folder_with("maps/fotos/anna.png", &png(2, 2));
    let maps = outer.path().join("maps");
    symlink(maps.join("fotos/anna.png"), maps.join("anna.png")).unwrap();
    assert_eq!(load_photo(&maps, "anna.png").unwrap().dimensions(), (2, 2));
    // The map's folder itself may be reached through a link.
    let linked = outer.path().join("linked-maps");
    symlink(&maps, &linked).unwrap();
    assert_eq!(
        load_photo(&linked, "fotos/anna.png").unwrap().dimensions(),
        (2, 2)
    );
}
