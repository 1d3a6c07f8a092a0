//! The persona photo in the editor: read from the map's folder within bounds, prepared once, and
//! kept as a texture while the map names it.

use std::path::{Path, PathBuf};

use egui::{Context, TextureHandle, TextureOptions};
use image::RgbaImage;

use crate::export::prepare_photo;
use crate::file;
use crate::i18n::{self, Texts};
use crate::model::Persona;
use crate::paint;

/// The loaded photo of the open map, if any.
#[derive(Default)]
pub struct PhotoCache {
    /// The map's folder and the photo path the texture was loaded for.
    key: Option<(PathBuf, String)>,
    texture: Option<TextureHandle>,
    /// The prepared picture, for exports.
    image: Option<RgbaImage>,
}

impl PhotoCache {
    /// Follows the map's photo: loads it when the map (at `map_path`) names a new one. Returns
    /// why a newly named photo cannot be shown; the picture then shows a placeholder.
    pub fn update(
        &mut self,
        ctx: &Context,
        map_path: Option<&Path>,
        persona: &Persona,
    ) -> Option<file::PhotoError> {
        // Called every frame: compare before allocating anything.
        let folder = map_path.map(file::folder_of);
        let unchanged = match (&self.key, folder, &persona.photo) {
            (Some((known_folder, known_photo)), Some(folder), Some(photo)) => {
                known_folder.as_path() == folder && known_photo == photo
            }
            // An unsaved map has no folder for a photo path to be relative to.
            (None, None, _) | (None, _, None) => true,
            _ => false,
        };
        if unchanged {
            return None;
        }
        let key = folder.map(Path::to_owned).zip(persona.photo.clone());
        self.key.clone_from(&key);
        self.texture = None;
        self.image = None;
        let (folder, relative) = key?;
        match file::load_photo(&folder, &relative) {
            Ok(photo) => {
                let prepared = prepare_photo(&photo);
                let size = [prepared.width() as usize, prepared.height() as usize];
                let image = egui::ColorImage::from_rgba_unmultiplied(size, prepared.as_raw());
                self.texture = Some(ctx.load_texture(
                    "journeymap: persona photo",
                    image,
                    TextureOptions::LINEAR,
                ));
                self.image = Some(prepared);
                None
            }
            Err(error) => Some(error),
        }
    }

    /// The photo for the painter.
    pub fn photo(&self) -> Option<paint::Photo> {
        self.texture.as_ref().map(|texture| paint::Photo {
            texture: texture.id(),
            size: texture.size_vec2(),
        })
    }

    /// The prepared picture, for an export.
    pub fn image(&self) -> Option<&RgbaImage> {
        self.image.as_ref()
    }
}

/// Why a chosen picture could not become the persona's photo.
#[derive(Debug)]
pub enum PlaceError {
    /// The picture is not a photo journeymap can show, or could not be read.
    Photo(file::PhotoError),
    /// Its name has characters the map cannot store (not valid Unicode).
    Name(PathBuf),
    /// The map's folder already holds many other pictures of that name.
    Crowded(PathBuf),
    /// Copying it into the map's folder failed.
    Copy {
        /// The copy that could not be written.
        path: PathBuf,
        /// The operating system's error.
        io: std::io::Error,
    },
}

impl PlaceError {
    /// The problem in the editor's language.
    pub fn text(&self, texts: &Texts) -> String {
        match self {
            Self::Photo(error) => i18n::files::photo_error(texts, error),
            Self::Name(path) => texts.get_with(
                "photo-bad-name",
                &[("file", path.display().to_string().into())],
            ),
            Self::Crowded(path) => texts.get_with(
                "photo-crowded",
                &[("file", path.display().to_string().into())],
            ),
            Self::Copy { path, io } => texts.get_with(
                "photo-copy-failed",
                &[
                    ("file", path.display().to_string().into()),
                    ("reason", i18n::files::write_reason(texts, io).into()),
                ],
            ),
        }
    }
}

fn read_error(path: &Path, io: std::io::Error) -> PlaceError {
    PlaceError::Photo(file::PhotoError::Read {
        path: path.to_owned(),
        io,
    })
}

/// Puts the picture the user chose where the map at `map_path` can name it, and returns the
/// path to store in the map. A picture inside the map's folder is named where it is; one from
/// elsewhere is copied into the folder (under a free name), so that the map and its photo travel
/// together and the map never points outside its folder. The picture is decoded first, within
/// the same bounds as every photo, so nothing unusable is copied.
pub fn place_photo(map_path: &Path, chosen: &Path) -> Result<String, PlaceError> {
    let folder = file::folder_of(map_path);
    let folder = folder
        .canonicalize()
        .map_err(|error| read_error(folder, error))?;
    let chosen = chosen
        .canonicalize()
        .map_err(|error| read_error(chosen, error))?;
    let (Some(source_folder), Some(name)) = (
        chosen.parent(),
        chosen.file_name().and_then(|name| name.to_str()),
    ) else {
        return Err(PlaceError::Name(chosen));
    };
    file::load_photo(source_folder, name).map_err(PlaceError::Photo)?;
    if let Ok(inside) = chosen.strip_prefix(&folder) {
        let parts: Option<Vec<&str>> = inside
            .components()
            .map(|part| part.as_os_str().to_str())
            .collect();
        if let Some(parts) = parts {
            return Ok(parts.join("/"));
        }
    }
    let target = free_name(&folder, name, &chosen)?;
    if !target.exists() {
        std::fs::copy(&chosen, &target).map_err(|io| PlaceError::Copy {
            path: target.clone(),
            io,
        })?;
    }
    target
        .file_name()
        .and_then(|name| name.to_str())
        .map(str::to_owned)
        .ok_or(PlaceError::Name(target))
}

/// `folder/name`, or `folder/stem-2.ext` and so on if another picture has that name; a file
/// with the same bytes is the same picture and is reused.
fn free_name(folder: &Path, name: &str, source: &Path) -> Result<PathBuf, PlaceError> {
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    let source_bytes = std::fs::read(source).map_err(|error| read_error(source, error))?;
    for number in 1..100 {
        let candidate = if number == 1 {
            folder.join(name)
        } else if extension.is_empty() {
            folder.join(format!("{stem}-{number}"))
        } else {
            folder.join(format!("{stem}-{number}.{extension}"))
        };
        match std::fs::read(&candidate) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(candidate),
            Ok(bytes) if bytes == source_bytes => return Ok(candidate),
            _ => {}
        }
    }
    Err(PlaceError::Crowded(folder.join(name)))
}
