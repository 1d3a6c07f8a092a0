//! What a map file said that journeymap could not keep, though the map opened: reported to the
//! user (the editor's status bar, the command line's standard error) rather than refusing the
//! whole map for it.

use std::fmt;

use crate::model::{LeftOutPhoto, PhotoPathProblem};

/// Something left out of a map as it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNote {
    /// A persona photo path that does not stay inside the map's folder; the map opened without
    /// the photo, and a save writes no path for it.
    PhotoLeftOut(LeftOutPhoto),
}

impl fmt::Display for LoadNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PhotoLeftOut(photo) => {
                let why = match photo.problem {
                    PhotoPathProblem::Absolute => {
                        "it names a place on a disk (the map was likely made on another \
                         computer), not a file in the map's folder"
                    }
                    PhotoPathProblem::LeavesFolder => "it leads out of the map's folder",
                    PhotoPathProblem::Unusable => {
                        "it is not a file name journeymap can use on every system"
                    }
                };
                write!(
                    f,
                    "the persona photo \"{}\" was left out because {why}; the rest of the map is \
                     all there. Put the photo in the map's folder and choose it again in Map info",
                    photo.path
                )
            }
        }
    }
}
