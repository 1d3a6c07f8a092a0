//! The persona: the fictional buyer, built from real customer data, whose journey the map shows.

use serde::{Deserialize, Serialize};

use super::PersonaId;

/// Who the journey is about. Every field may be empty while a team is still interviewing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Persona {
    /// Which persona this is; [`PersonaId::FIRST`] for the map's first one.
    #[serde(skip_serializing_if = "PersonaId::is_first")]
    pub id: PersonaId,
    /// A first name (and optionally an age) the team can talk about.
    pub name: String,
    /// Role or situation, e.g. "owner of a small bakery, 42".
    pub role: String,
    /// What the person wants to achieve.
    #[serde(deserialize_with = "bounded_list")]
    pub goals: Vec<String>,
    /// What the person needs from the business.
    #[serde(deserialize_with = "bounded_list")]
    pub needs: Vec<String>,
    /// What annoys or blocks the person today.
    #[serde(deserialize_with = "bounded_list")]
    pub frustrations: Vec<String>,
    /// A typical sentence the person said in an interview.
    pub quote: String,
    /// Path of a photo, relative to the map file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
}

/// The most personas a map may have: a workshop compares a few target groups on one map; more
/// curves than this in one lane cannot be told apart.
pub const MAX_PERSONAS: usize = 5;

/// The most entries a persona list (goals, needs, frustrations) may have.
pub const MAX_LIST_ITEMS: usize = 200;

/// Reads a persona list, stopping at [`MAX_LIST_ITEMS`] + 1 entries.
///
/// Validation would refuse a longer list anyway, but only after reading all of it: `"",` is three
/// bytes of a file and 24 bytes of memory, so a 32 MiB file of empty entries would take 256 MiB
/// before it is refused. Stopping early keeps memory in proportion to the file.
fn bounded_list<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    struct Bounded;
    impl<'de> serde::de::Visitor<'de> for Bounded {
        type Value = Vec<String>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a list of at most {MAX_LIST_ITEMS} texts")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<String>()? {
                if items.len() == MAX_LIST_ITEMS {
                    return Err(serde::de::Error::custom(
                        super::ReadRefusal::PersonaListTooLong {
                            max: MAX_LIST_ITEMS,
                        },
                    ));
                }
                items.push(item);
            }
            Ok(items)
        }
    }
    deserializer.deserialize_seq(Bounded)
}

/// The longest persona photo path a map may hold, in characters. Real paths are a few dozen;
/// operating systems refuse far shorter ones than this would allow otherwise.
pub const MAX_PHOTO_PATH_CHARS: usize = 1024;

impl Persona {
    /// Whether nothing has been filled in yet.
    pub fn is_empty(&self) -> bool {
        *self
            == Self {
                id: self.id,
                ..Self::default()
            }
    }

    /// A new, empty persona with this id.
    pub fn with_id(id: PersonaId) -> Self {
        Self {
            id,
            ..Self::default()
        }
    }

    /// The name to show for the persona: its name, else its role, else `fallback` (such as
    /// "Persona 2").
    pub fn display_name(&self, fallback: impl FnOnce() -> String) -> String {
        if !self.name.trim().is_empty() {
            self.name.trim().to_owned()
        } else if !self.role.trim().is_empty() {
            self.role.trim().to_owned()
        } else {
            fallback()
        }
    }

    /// Whether `path`, joined to the map's folder, can only name something inside that folder on
    /// every operating system.
    ///
    /// The rule is the same everywhere, so a map that opens on Linux cannot reach outside its
    /// folder when opened on Windows: `\` separates folders too, and drive letters (`C:`), UNC
    /// paths (`\\server`), `..` (also as Windows reads it, with trailing dots or spaces),
    /// device names (`NUL`, `COM1`) and control characters are all refused. Symbolic links are
    /// checked when the photo is read (see `file::photo`), because only the disk knows them.
    pub fn is_contained_photo_path(path: &str) -> bool {
        if path.is_empty()
            || path.chars().count() > MAX_PHOTO_PATH_CHARS
            || path.starts_with(['/', '\\'])
            || path.chars().any(|c| c.is_control() || c == ':')
        {
            return false;
        }
        path.split(['/', '\\']).all(|part| {
            let dots_and_spaces = !part.is_empty() && part.trim_end_matches(['.', ' ']).is_empty();
            (part == "." || !dots_and_spaces) && !is_windows_device(part)
        }) && std::path::Path::new(path).components().all(|component| {
            matches!(
                component,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        })
    }
}

/// Why a persona photo path read from a file cannot be used (see
/// [`Persona::is_contained_photo_path`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhotoPathProblem {
    /// It names a place on a disk (`C:\Users\…`, `/home/…`, `\\server\…`), not a file beside
    /// the map: the map was most likely made on another computer.
    Absolute,
    /// It climbs out of the map's folder (`../jana.jpg`).
    LeavesFolder,
    /// It is not a name every operating system reads as a file (a device name such as `NUL`,
    /// a control character, far too long).
    Unusable,
}

impl PhotoPathProblem {
    /// What is wrong with `path`, or `None` if it is a path inside the map's folder.
    pub fn of(path: &str) -> Option<Self> {
        if Persona::is_contained_photo_path(path) {
            return None;
        }
        let mut chars = path.chars();
        let drive =
            chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.next() == Some(':');
        if path.starts_with(['/', '\\']) || drive {
            return Some(Self::Absolute);
        }
        let climbs = path.split(['/', '\\']).any(|part| {
            let dots = part.trim_end_matches(' ');
            dots.len() >= 2 && dots.chars().all(|c| c == '.')
        });
        Some(if climbs {
            Self::LeavesFolder
        } else {
            Self::Unusable
        })
    }
}

/// A persona photo path a map named and was read without, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOutPhoto {
    /// Whose photo it was.
    pub persona: PersonaId,
    /// The path as the file gave it.
    pub path: String,
    /// What is wrong with it.
    pub problem: PhotoPathProblem,
}

impl super::Map {
    /// Takes every persona photo path that does not stay inside the map's folder out of the map,
    /// and says which. A map made on another computer (`C:\Users\jana\jana.jpg`) is still
    /// worth opening without its photo; keeping the path would only carry it on into every
    /// save.
    pub fn leave_out_stray_photos(&mut self) -> Vec<LeftOutPhoto> {
        let mut left_out = Vec::new();
        for persona in std::iter::once(&mut self.persona).chain(&mut self.other_personas) {
            let Some(problem) = persona.photo.as_deref().and_then(PhotoPathProblem::of) else {
                continue;
            };
            if let Some(path) = persona.photo.take() {
                left_out.push(LeftOutPhoto {
                    persona: persona.id,
                    path,
                    problem,
                });
            }
        }
        left_out
    }
}

/// Names Windows reserves for devices, with or without an extension: opening `CON` or `AUX.png`
/// there reads from a device (and may block) instead of a file.
fn is_windows_device(part: &str) -> bool {
    let stem = part.split('.').next().unwrap_or(part).trim_end();
    let upper = stem.to_ascii_uppercase();
    matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || (upper.len() == 4
        && (upper.starts_with("COM") || upper.starts_with("LPT"))
        && upper.as_bytes()[3].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_photo_paths_are_named_for_what_is_wrong_with_them() {
        for (path, problem) in [
            ("jana.jpg", None),
            ("fotos/jana.jpg", None),
            (
                "C:\\Users\\jana\\jana.jpg",
                Some(PhotoPathProblem::Absolute),
            ),
            ("c:/jana.jpg", Some(PhotoPathProblem::Absolute)),
            ("/abs/path.jpg", Some(PhotoPathProblem::Absolute)),
            (
                "\\\\server\\share\\jana.jpg",
                Some(PhotoPathProblem::Absolute),
            ),
            ("../outside.jpg", Some(PhotoPathProblem::LeavesFolder)),
            (
                "fotos\\..\\..\\jana.jpg",
                Some(PhotoPathProblem::LeavesFolder),
            ),
            ("... /jana.jpg", Some(PhotoPathProblem::LeavesFolder)),
            ("NUL", Some(PhotoPathProblem::Unusable)),
            ("jana\u{0}.jpg", Some(PhotoPathProblem::Unusable)),
        ] {
            assert_eq!(PhotoPathProblem::of(path), problem, "{path:?}");
        }
    }

    #[test]
    fn a_map_is_read_without_its_stray_photos_and_keeps_the_good_ones() {
        let mut map =
            super::super::Map::empty(super::super::MapKind::CurrentState, super::super::Lang::En);
        map.persona.photo = Some("C:\\Users\\jana\\jana.jpg".into());
        map.persona.name = "Jana".into();
        map.other_personas = vec![
            Persona {
                photo: Some("ben.jpg".into()),
                ..Persona::with_id(PersonaId(1))
            },
            Persona {
                photo: Some("../cem.jpg".into()),
                ..Persona::with_id(PersonaId(2))
            },
        ];
        let left_out = map.leave_out_stray_photos();
        assert_eq!(
            left_out,
            [
                LeftOutPhoto {
                    persona: PersonaId::FIRST,
                    path: "C:\\Users\\jana\\jana.jpg".into(),
                    problem: PhotoPathProblem::Absolute,
                },
                LeftOutPhoto {
                    persona: PersonaId(2),
                    path: "../cem.jpg".into(),
                    problem: PhotoPathProblem::LeavesFolder,
                },
            ]
        );
        assert_eq!(map.persona.photo, None);
        assert_eq!(map.persona.name, "Jana");
        assert_eq!(map.other_personas[0].photo.as_deref(), Some("ben.jpg"));
        assert_eq!(map.other_personas[1].photo, None);
        assert!(map.leave_out_stray_photos().is_empty());
    }

    #[test]
    fn photo_paths_inside_the_folder_are_accepted() {
        for path in [
            "anna.jpg",
            "photos/anna.jpg",
            "./anna.png",
            "photos\\anna.png",
            "a..b.png",
            ".hidden.png",
            "console.png",
            "com.png",
            "Ämter/Straße 1.png",
        ] {
            assert!(Persona::is_contained_photo_path(path), "{path}");
        }
    }

    #[test]
    fn photo_paths_that_could_leave_the_folder_are_refused_on_every_platform() {
        let long = "a/".repeat(MAX_PHOTO_PATH_CHARS);
        for path in [
            "",
            "..",
            "../anna.png",
            "photos/../../anna.png",
            "..\\anna.png",
            "photos\\..\\..\\anna.png",
            "/etc/passwd",
            "\\etc\\passwd",
            "\\\\server\\share\\anna.png",
            "//server/share/anna.png",
            "\\\\?\\C:\\anna.png",
            "C:\\Users\\anna.png",
            "C:anna.png",
            "c:/anna.png",
            "anna.png:secret",
            ".. /anna.png",
            "... /anna.png",
            "../",
            "NUL",
            "photos/con.png",
            "COM1.jpg",
            "lpt9",
            "anna\u{0}.png",
            "anna\n.png",
            long.as_str(),
        ] {
            assert!(!Persona::is_contained_photo_path(path), "{path:?}");
        }
    }
}
