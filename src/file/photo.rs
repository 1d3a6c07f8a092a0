//! Persona photos: the path a map names is resolved so it can never leave the map's folder, and
//! the picture is decoded within bounds.
//!
//! A map is a file people send each other. Its photo path must not make journeymap read a file
//! elsewhere on the disk (`../../.ssh/id_rsa`, a symbolic link to `/etc`), and its photo must not
//! make it allocate gigabytes: a 100-byte PNG can declare 60,000 × 60,000 pixels.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use image::{ImageReader, RgbaImage};
use thiserror::Error;

use super::describe_io;
use crate::model::Persona;

/// Photo files above this size are refused unread; a portrait needs a few hundred KiB.
pub const MAX_PHOTO_BYTES: u64 = 16 * 1024 * 1024;

/// The widest and tallest photo journeymap decodes, in pixels. A persona photo is drawn a few
/// hundred pixels wide even on a 4× export.
pub const MAX_PHOTO_SIDE: u32 = 4096;

/// The most memory the decoder may use for one photo.
pub const MAX_PHOTO_ALLOC_BYTES: u64 = 64 * 1024 * 1024;

/// Why a persona photo cannot be shown. Messages name the photo and say what to do.
#[derive(Debug, Error)]
pub enum PhotoError {
    /// The path leaves the map's folder, or is not a plain relative path.
    #[error(
        "the persona photo \"{0}\" is not inside the map's folder; put the photo in the map's folder (or a folder inside it) and choose it again"
    )]
    OutsideFolder(String),
    /// The photo or the map's folder could not be read.
    #[error("cannot open the persona photo {}: {}", path.display(), describe_io(io))]
    Read {
        /// The file (or folder).
        path: PathBuf,
        /// The operating system's error.
        io: std::io::Error,
    },
    /// The file is larger than [`MAX_PHOTO_BYTES`].
    #[error(
        "the persona photo {} is larger than {} MiB; use a smaller picture",
        path.display(),
        max_bytes / (1024 * 1024)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        max_bytes: u64,
    },
    /// The picture has more pixels than [`MAX_PHOTO_SIDE`] or [`MAX_PHOTO_ALLOC_BYTES`] allow.
    #[error(
        "the persona photo {} is {width} × {height} pixels; journeymap shows photos up to {max} × {max}, so scale it down",
        path.display(),
        max = MAX_PHOTO_SIDE
    )]
    TooManyPixels {
        /// The file.
        path: PathBuf,
        /// Its width as the file declares it.
        width: u32,
        /// Its height as the file declares it.
        height: u32,
    },
    /// Not a PNG or JPEG picture, or a damaged one.
    #[error(
        "the persona photo {} is not a picture journeymap can read ({reason}); save it as PNG or JPEG",
        path.display()
    )]
    NotAnImage {
        /// The file.
        path: PathBuf,
        /// What the decoder found.
        reason: String,
    },
}

/// Resolves a persona photo path from a map against the map's folder.
///
/// The path must pass [`Persona::is_contained_photo_path`]; then both the folder and the joined
/// path are canonicalised (symbolic links followed, `.` removed) and the result must still lie
/// inside the folder, so a link inside the folder that points elsewhere is refused too.
pub fn resolve_photo(map_folder: &Path, relative: &str) -> Result<PathBuf, PhotoError> {
    if !Persona::is_contained_photo_path(relative) {
        return Err(PhotoError::OutsideFolder(relative.to_owned()));
    }
    let read_error = |path: &Path| {
        let path = path.to_owned();
        move |io| PhotoError::Read { path, io }
    };
    let folder = map_folder.canonicalize().map_err(read_error(map_folder))?;
    let joined = folder.join(relative);
    let resolved = joined.canonicalize().map_err(read_error(&joined))?;
    if resolved.starts_with(&folder) {
        Ok(resolved)
    } else {
        Err(PhotoError::OutsideFolder(relative.to_owned()))
    }
}

/// Reads and decodes a persona photo, refusing anything outside the map's folder (see
/// [`resolve_photo`]), files over [`MAX_PHOTO_BYTES`] and pictures over [`MAX_PHOTO_SIDE`] or
/// [`MAX_PHOTO_ALLOC_BYTES`], before their pixels are allocated.
pub fn load_photo(map_folder: &Path, relative: &str) -> Result<RgbaImage, PhotoError> {
    let path = resolve_photo(map_folder, relative)?;
    let bytes = read_bounded(&path)?;
    let not_an_image = |error: &dyn std::fmt::Display| PhotoError::NotAnImage {
        path: path.clone(),
        reason: error.to_string(),
    };
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, PhotoError> {
        let mut reader = ImageReader::new(Cursor::new(bytes.as_slice()))
            .with_guessed_format()
            .map_err(|error| not_an_image(&error))?;
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(MAX_PHOTO_SIDE);
        limits.max_image_height = Some(MAX_PHOTO_SIDE);
        limits.max_alloc = Some(MAX_PHOTO_ALLOC_BYTES);
        reader.limits(limits);
        Ok(reader)
    };
    // The header alone gives the size: check it first, for a message with the real numbers.
    // Ask without limits, which would only say "limits exceeded".
    let mut probe = ImageReader::new(Cursor::new(bytes.as_slice()))
        .with_guessed_format()
        .map_err(|error| not_an_image(&error))?;
    probe.no_limits();
    let (width, height) = probe
        .into_dimensions()
        .map_err(|error| not_an_image(&error))?;
    let too_many_pixels = || PhotoError::TooManyPixels {
        path: path.clone(),
        width,
        height,
    };
    if width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE {
        return Err(too_many_pixels());
    }
    let image = reader()?.decode().map_err(|error| match error {
        image::ImageError::Limits(_) => too_many_pixels(),
        other => not_an_image(&other),
    })?;
    Ok(image.into_rgba8())
}

/// Reads a file, refusing anything larger than [`MAX_PHOTO_BYTES`] before reading it whole.
fn read_bounded(path: &Path) -> Result<Vec<u8>, PhotoError> {
    let read_error = |io| PhotoError::Read {
        path: path.to_owned(),
        io,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_PHOTO_BYTES {
        return Err(PhotoError::TooLarge {
            path: path.to_owned(),
            max_bytes: MAX_PHOTO_BYTES,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests;
