//! Problems with map files and persona photos in the user's language: what is wrong, where, and
//! what to do.
//!
//! The library's errors ([`FileError`], [`FormatError`], [`SyntaxProblem`], [`ValidationError`],
//! [`PhotoError`]) speak English, for the command line. The editor words the same facts through
//! the functions here, one per error type, from the data each error carries; no English of the
//! library, the parser or the image decoder is passed through. (Only an operating-system error
//! of a kind journeymap has no words for is quoted, as the system gave it.)
//!
//! Plain functions rather than a trait: every caller knows which error it holds, nothing is
//! generic over "some error", and a function keeps the [`Texts`] argument visible at the call,
//! as the rest of the editor's texts are looked up. Every `match` here and in `names` lists each
//! variant, so a new variant does not compile until it has its words in both languages.
//!
//! The problem texts are clauses (lower case, no full stop), so they fit after "could not be
//! opened:" and in the brackets of other messages; [`file_error`] makes whole sentences.

use std::path::Path;

use fluent_bundle::FluentValue;

use super::Texts;
use crate::file::{
    EscapeProblem, FileError, FormatError, LoadNote, MapPart, PhotoError, SyntaxProblem,
    WriteProblem, backup_path, shown_char,
};
use crate::model::{
    EMOTION_MAX, EMOTION_MIN, LANE_HEIGHTS, MAX_TOUCHPOINTS_PER_STAGE, PhotoPathProblem,
    STAGE_WIDTHS, ValidationError,
};

mod names;
use names::{allowed, choice_id, counted_id, in_part_id, part_id, text_field, value_id};

/// A message's arguments.
type Args<'a> = [(&'a str, FluentValue<'a>)];

/// The whole message for a map file that could not be opened or saved: the file's name, what
/// is wrong (for a syntax error with its line and column) and what to do, in sentences.
pub fn file_error(texts: &Texts, error: &FileError) -> String {
    let sentences = match error {
        FileError::Read { path, io } => vec![
            open_failed(texts, path, read_reason(texts, io)),
            texts.get(read_advice_id(io)),
        ],
        FileError::TooLarge { path, max_bytes } => vec![
            open_failed(
                texts,
                path,
                texts.get_with(
                    "file-too-large",
                    &[("max", (max_bytes / (1024 * 1024)).into())],
                ),
            ),
            texts.get("file-too-large-advice"),
        ],
        FileError::Format {
            path,
            problem:
                FormatError::Syntax {
                    line,
                    column,
                    problem,
                },
        } => vec![
            texts.get_with(
                "file-open-failed-at",
                &[
                    ("file", file_name(path).into()),
                    ("line", (*line).into()),
                    ("column", (*column).into()),
                    ("problem", syntax_problem(texts, problem).into()),
                ],
            ),
            advice_with_backup(texts, "file-advice-fix", path),
        ],
        FileError::Format { path, problem } => {
            let mut sentences = vec![open_failed(texts, path, format_error(texts, problem))];
            sentences.extend(format_advice(texts, path, problem));
            sentences
        }
        FileError::Write { .. } | FileError::Backup { .. } => save_failed(texts, error),
    };
    sentences.join(" ")
}

/// What is wrong inside a map's bytes, as a clause (for a syntax error with its line and
/// column, but without the file's name, which the error does not know).
pub fn format_error(texts: &Texts, error: &FormatError) -> String {
    match error {
        FormatError::Empty => texts.get("file-format-empty"),
        FormatError::NotText { offset } => {
            texts.get_with("file-format-not-text", &[("offset", (*offset).into())])
        }
        FormatError::Utf16 => texts.get("file-format-utf16"),
        FormatError::Syntax {
            line,
            column,
            problem,
        } => texts.get_with(
            "file-format-at",
            &[
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("problem", syntax_problem(texts, problem).into()),
            ],
        ),
        FormatError::NoVersion => texts.get("file-format-no-version"),
        FormatError::NewerFormat { found, supported } => texts.get_with(
            "file-format-newer",
            &[
                ("found", (*found).into()),
                ("supported", (*supported).into()),
            ],
        ),
        FormatError::Invalid(error) => validation_error(texts, error),
    }
}

/// What the parser found wrong at a place in a map file, as a clause.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per problem, each a message id and its arguments"
)]
pub fn syntax_problem(texts: &Texts, problem: &SyntaxProblem) -> String {
    let get = |id: &str| texts.get(id);
    let with = |id: &str, args: &Args<'_>| texts.get_with(id, args);
    match problem {
        SyntaxProblem::ExpectedOpening { part, found } => {
            let id = match (part, found.is_some()) {
                (MapPart::MapFile, false) => "file-syntax-map-start",
                (MapPart::MapFile, true) => "file-syntax-map-start-found",
                (MapPart::Unknown, false) => "file-syntax-opening-here",
                (MapPart::Unknown, true) => "file-syntax-opening-here-found",
                (_, false) => "file-syntax-opening",
                (_, true) => "file-syntax-opening-found",
            };
            with(
                id,
                &[
                    ("part", texts.get(part_id(*part)).into()),
                    ("found", found.as_deref().unwrap_or_default().into()),
                ],
            )
        }
        SyntaxProblem::NameRequired => get("file-syntax-name-required"),
        SyntaxProblem::ExpectedClosing { bracket } => with(
            "file-syntax-closing",
            &[("bracket", bracket.to_string().into())],
        ),
        SyntaxProblem::ExpectedList => get("file-syntax-list"),
        SyntaxProblem::ExpectedScores => get("file-syntax-scores"),
        SyntaxProblem::ExpectedColon => get("file-syntax-colon"),
        SyntaxProblem::ExpectedComma => get("file-syntax-comma"),
        SyntaxProblem::ExpectedName => get("file-syntax-name"),
        SyntaxProblem::NotAName { found } => with(
            "file-syntax-not-a-name",
            &[("found", found.as_str().into())],
        ),
        SyntaxProblem::ExpectedText => get("file-syntax-text"),
        SyntaxProblem::SingleQuotes => get("file-syntax-single-quotes"),
        SyntaxProblem::ByteText => get("file-syntax-byte-text"),
        SyntaxProblem::UnclosedText => get("file-syntax-unclosed-text"),
        SyntaxProblem::BadEscape(escape) => get(match escape {
            EscapeProblem::Unknown => "file-syntax-escape-unknown",
            EscapeProblem::Malformed => "file-syntax-escape-malformed",
            EscapeProblem::NoCharacter => "file-syntax-escape-no-character",
        }),
        SyntaxProblem::ExpectedWholeNumber => get("file-syntax-whole-number"),
        SyntaxProblem::NotAWholeNumber { digit } => with(
            "file-syntax-not-whole",
            &[("digit", shown_char(*digit).into())],
        ),
        SyntaxProblem::ExpectedNumber => get("file-syntax-number"),
        SyntaxProblem::UnderscoreInNumber => get("file-syntax-underscore"),
        SyntaxProblem::NumberOutOfRange => get("file-syntax-out-of-range"),
        SyntaxProblem::ExpectedYesNo => get("file-syntax-yes-no"),
        SyntaxProblem::ExpectedOptional => get("file-syntax-optional"),
        SyntaxProblem::ExpectedEmpty => get("file-syntax-empty"),
        SyntaxProblem::WrongValue { expected } => with(
            "file-syntax-wrong-value",
            &[("kind", texts.get(value_id(*expected)).into())],
        ),
        SyntaxProblem::WrongCount { found } => {
            with("file-syntax-wrong-count", &[("count", (*found).into())])
        }
        SyntaxProblem::UnknownField {
            part,
            found,
            expected,
        } => with(
            "file-syntax-unknown-field",
            &[
                ("found", found.as_str().into()),
                ("where", texts.get(in_part_id(*part)).into()),
                ("allowed", allowed(texts, expected).into()),
            ],
        ),
        SyntaxProblem::MissingField { part, field } => with(
            "file-syntax-missing-field",
            &[
                ("field", (*field).into()),
                ("where", texts.get(in_part_id(*part)).into()),
            ],
        ),
        SyntaxProblem::DuplicateField { part, field } => with(
            "file-syntax-duplicate-field",
            &[
                ("field", (*field).into()),
                ("where", texts.get(in_part_id(*part)).into()),
            ],
        ),
        SyntaxProblem::UnknownChoice {
            choice,
            found,
            expected,
        } => with(
            "file-syntax-unknown-choice",
            &[
                ("found", found.as_str().into()),
                ("choice", texts.get(choice_id(*choice)).into()),
                ("allowed", allowed(texts, expected).into()),
            ],
        ),
        SyntaxProblem::UnexpectedCharacter(c) => with(
            "file-syntax-character",
            &[("character", shown_char(*c).into())],
        ),
        SyntaxProblem::UnclosedComment => get("file-syntax-unclosed-comment"),
        SyntaxProblem::UnclosedLineComment => get("file-syntax-unclosed-line-comment"),
        SyntaxProblem::ReaderSetting => get("file-syntax-reader-setting"),
        SyntaxProblem::CutOff => get("file-syntax-cut-off"),
        SyntaxProblem::TooDeep => get("file-syntax-too-deep"),
        SyntaxProblem::MoreAfterEnd => get("file-syntax-more-after-end"),
        SyntaxProblem::ListTooLong { max } => {
            with("file-syntax-list-too-long", &[("max", (*max).into())])
        }
        SyntaxProblem::ScoredTwice { stage } => with(
            "file-syntax-scored-twice",
            &[("stage", stage.to_string().into())],
        ),
        SyntaxProblem::CurveTwice { persona } => with(
            "file-syntax-curve-twice",
            &[("persona", persona.to_string().into())],
        ),
        SyntaxProblem::Unreadable => get("file-syntax-unreadable"),
    }
}

/// The message and arguments of a validation error about what refers to what: arrows,
/// personas and phases.
fn reference_error(
    error: &ValidationError,
) -> (&'static str, Vec<(&'static str, FluentValue<'static>)>) {
    match error {
        ValidationError::UnknownConnectionEnd(card) => (
            "file-invalid-unknown-connection-end",
            vec![("card", id(card))],
        ),
        ValidationError::SelfConnection(card) => {
            ("file-invalid-self-connection", vec![("card", id(card))])
        }
        ValidationError::DuplicateConnection { from, to } => (
            "file-invalid-duplicate-connection",
            vec![("from", id(from)), ("to", id(to))],
        ),
        ValidationError::FirstPersonaId(persona) => (
            "file-invalid-first-persona-id",
            vec![("persona", id(persona))],
        ),
        ValidationError::DuplicatePersona(persona) => (
            "file-invalid-duplicate-persona",
            vec![("persona", id(persona))],
        ),
        ValidationError::ScoresForUnknownPersona { lane, persona } => (
            "file-invalid-scores-for-unknown-persona",
            vec![("lane", id(lane)), ("persona", id(persona))],
        ),
        ValidationError::DuplicatePhase(phase) => {
            ("file-invalid-duplicate-phase", vec![("id", id(phase))])
        }
        ValidationError::UnknownPhase { stage, phase } => (
            "file-invalid-unknown-phase",
            vec![("stage", id(stage)), ("phase", id(phase))],
        ),
        ValidationError::PhaseApart(phase) => ("file-invalid-phase-apart", vec![("id", id(phase))]),
        _ => ("file-choice-unknown", Vec::new()),
    }
}

/// What is inconsistent or too large in a parsed map, as a clause naming the item.
pub fn validation_error(texts: &Texts, error: &ValidationError) -> String {
    let (message, args): (&str, Vec<(&str, FluentValue<'_>)>) = match error {
        ValidationError::DuplicateStage(stage) => {
            ("file-invalid-duplicate-stage", vec![("id", id(stage))])
        }
        ValidationError::DuplicateLane(lane) => {
            ("file-invalid-duplicate-lane", vec![("id", id(lane))])
        }
        ValidationError::DuplicateCard(card) => {
            ("file-invalid-duplicate-card", vec![("id", id(card))])
        }
        ValidationError::UnknownLane { card, lane } => (
            "file-invalid-unknown-lane",
            vec![("card", id(card)), ("lane", id(lane))],
        ),
        ValidationError::UnknownStage { card, stage } => (
            "file-invalid-unknown-stage",
            vec![("card", id(card)), ("stage", id(stage))],
        ),
        ValidationError::LaneHoldsNoCards { card, lane, title } => (
            "file-invalid-lane-holds-no-cards",
            vec![
                ("card", id(card)),
                ("lane", id(lane)),
                ("title", title.as_str().into()),
            ],
        ),
        ValidationError::UnknownConnectionEnd(_)
        | ValidationError::SelfConnection(_)
        | ValidationError::DuplicateConnection { .. }
        | ValidationError::FirstPersonaId(_)
        | ValidationError::DuplicatePersona(_)
        | ValidationError::ScoresForUnknownPersona { .. }
        | ValidationError::DuplicatePhase(_)
        | ValidationError::UnknownPhase { .. }
        | ValidationError::PhaseApart(_) => reference_error(error),
        ValidationError::RoomRecord(what) => (
            "file-invalid-room-record",
            vec![("what", texts.get(counted_id(*what)).into())],
        ),
        ValidationError::ScoreForUnknownStage { lane, stage } => (
            "file-invalid-score-for-unknown-stage",
            vec![("lane", id(lane)), ("stage", id(stage))],
        ),
        ValidationError::ScoreOutOfRange { lane, stage, score } => (
            "file-invalid-score-out-of-range",
            vec![
                ("lane", id(lane)),
                ("stage", id(stage)),
                ("score", (*score).into()),
                ("min", EMOTION_MIN.into()),
                ("max", EMOTION_MAX.into()),
            ],
        ),
        ValidationError::StageWidth { stage, width } => (
            "file-invalid-stage-width",
            vec![
                ("stage", id(stage)),
                ("width", width.as_str().into()),
                ("min", (*STAGE_WIDTHS.start()).into()),
                ("max", (*STAGE_WIDTHS.end()).into()),
            ],
        ),
        ValidationError::LaneHeight { lane, height } => (
            "file-invalid-lane-height",
            vec![
                ("lane", id(lane)),
                ("height", height.as_str().into()),
                ("min", (*LANE_HEIGHTS.start()).into()),
                ("max", (*LANE_HEIGHTS.end()).into()),
            ],
        ),
        ValidationError::TooMany { what, count, max } => (
            "file-invalid-too-many",
            vec![
                ("what", texts.get(counted_id(*what)).into()),
                ("count", (*count).into()),
                ("max", (*max).into()),
            ],
        ),
        ValidationError::TextTooLong { what, chars, max } => (
            "file-invalid-text-too-long",
            vec![
                ("what", text_field(texts, *what).into()),
                ("chars", (*chars).into()),
                ("max", (*max).into()),
            ],
        ),
        ValidationError::RatingOutOfRange { .. }
        | ValidationError::MetricNotANumber { .. }
        | ValidationError::DuplicateQuestion(_)
        | ValidationError::TouchpointsPerStage(_) => evidence_error(texts, error),
        ValidationError::PhotoOutsideFolder(path) => (
            "file-invalid-photo-outside",
            vec![("path", path.as_str().into())],
        ),
    };
    texts.get_with(message, &args)
}

/// The message and arguments of a problem with ratings, metrics, questions or the limit of
/// touchpoints per stage.
fn evidence_error<'a>(
    texts: &Texts,
    error: &'a ValidationError,
) -> (&'static str, Vec<(&'static str, FluentValue<'a>)>) {
    match error {
        ValidationError::RatingOutOfRange { card, kind, value } => (
            "file-invalid-rating",
            vec![
                ("card", id(card)),
                ("rating", texts.get(crate::i18n::rating_id(*kind)).into()),
                ("value", (*value).into()),
            ],
        ),
        ValidationError::MetricNotANumber { card, name } => (
            "file-invalid-metric",
            vec![("card", id(card)), ("name", name.as_str().into())],
        ),
        ValidationError::DuplicateQuestion(question) => (
            "file-invalid-duplicate-question",
            vec![(
                "question",
                texts.get(crate::i18n::question_id(*question)).into(),
            )],
        ),
        ValidationError::TouchpointsPerStage(limit) => (
            "file-invalid-touchpoints-per-stage",
            vec![
                ("limit", (*limit).into()),
                ("min", (*MAX_TOUCHPOINTS_PER_STAGE.start()).into()),
                ("max", (*MAX_TOUCHPOINTS_PER_STAGE.end()).into()),
            ],
        ),
        _ => ("file-choice-unknown", Vec::new()),
    }
}

/// What was left out of a map as it was read, as whole sentences.
pub fn load_note(texts: &Texts, note: &LoadNote) -> String {
    match note {
        LoadNote::PhotoLeftOut(photo) => {
            let reason = texts.get(match photo.problem {
                PhotoPathProblem::Absolute => "file-note-photo-absolute",
                PhotoPathProblem::LeavesFolder => "file-note-photo-leaves-folder",
                PhotoPathProblem::Unusable => "file-note-photo-unusable",
            });
            texts.get_with(
                "file-note-photo-left-out",
                &[
                    ("path", photo.path.as_str().into()),
                    ("reason", reason.into()),
                ],
            )
        }
    }
}

/// Why a persona photo cannot be shown or used, as a clause naming the photo and what to do.
pub fn photo_error(texts: &Texts, error: &PhotoError) -> String {
    match error {
        PhotoError::OutsideFolder(path) => {
            texts.get_with("file-photo-outside", &[("path", path.as_str().into())])
        }
        PhotoError::Read { path, io } => texts.get_with(
            "file-photo-read",
            &[
                ("file", file_name(path).into()),
                ("reason", read_reason(texts, io).into()),
            ],
        ),
        PhotoError::TooLarge { path, max_bytes } => texts.get_with(
            "file-photo-too-large",
            &[
                ("file", file_name(path).into()),
                ("max", (max_bytes / (1024 * 1024)).into()),
            ],
        ),
        PhotoError::TooManyPixels {
            path,
            width,
            height,
        } => texts.get_with(
            "file-photo-too-many-pixels",
            &[
                ("file", file_name(path).into()),
                ("width", (*width).into()),
                ("height", (*height).into()),
                ("max", crate::file::photo::MAX_PHOTO_SIDE.into()),
            ],
        ),
        // The decoder's reason is its own English; the advice is the same whatever it says.
        PhotoError::NotAnImage { path, reason: _ } => texts.get_with(
            "file-photo-not-an-image",
            &[("file", file_name(path).into())],
        ),
    }
}

/// An id as a message argument: a name for a thing, not a quantity to format.
fn id(id: &impl ToString) -> FluentValue<'static> {
    id.to_string().into()
}

/// "NAME could not be opened: REASON."
fn open_failed(texts: &Texts, path: &Path, reason: String) -> String {
    texts.get_with(
        "file-open-failed",
        &[("file", file_name(path).into()), ("reason", reason.into())],
    )
}

/// Advice that names the backup the last save left beside the file.
fn advice_with_backup(texts: &Texts, id: &str, path: &Path) -> String {
    texts.get_with(id, &[("backup", file_name(&backup_path(path, 1)).into())])
}

/// What to do about a map whose bytes are wrong, where there is more to say than the problem.
fn format_advice(texts: &Texts, path: &Path, problem: &FormatError) -> Option<String> {
    match problem {
        FormatError::Empty => Some(advice_with_backup(texts, "file-advice-backup", path)),
        FormatError::NotText { .. } | FormatError::NoVersion => {
            Some(texts.get("file-advice-not-a-map"))
        }
        FormatError::Syntax { .. } => Some(advice_with_backup(texts, "file-advice-fix", path)),
        FormatError::Invalid(_) => Some(advice_with_backup(texts, "file-advice-fix-map", path)),
        // Their words already say what to do.
        FormatError::Utf16 | FormatError::NewerFormat { .. } => None,
    }
}

/// Why a file could not be read, as a clause.
fn read_reason(texts: &Texts, io: &std::io::Error) -> String {
    match read_problem(io) {
        ReadProblem::Missing => texts.get("file-read-missing"),
        ReadProblem::NotAllowed => texts.get("file-read-not-allowed"),
        ReadProblem::Folder => texts.get("file-read-folder"),
        ReadProblem::InUse => texts.get("file-read-in-use"),
        ReadProblem::Other => {
            texts.get_with("file-read-other", &[("system", io.to_string().into())])
        }
    }
}

fn read_advice_id(io: &std::io::Error) -> &'static str {
    match read_problem(io) {
        ReadProblem::Missing => "file-read-advice-missing",
        ReadProblem::NotAllowed => "file-read-advice-not-allowed",
        ReadProblem::Folder => "file-read-advice-folder",
        ReadProblem::InUse => "file-read-advice-in-use",
        ReadProblem::Other => "file-read-advice-other",
    }
}

/// The kinds of trouble reading a file runs into.
enum ReadProblem {
    Missing,
    NotAllowed,
    Folder,
    InUse,
    Other,
}

fn read_problem(io: &std::io::Error) -> ReadProblem {
    use std::io::ErrorKind as K;
    match (WriteProblem::of(io), io.kind()) {
        (WriteProblem::InUse, _) => ReadProblem::InUse,
        (_, K::NotFound | K::NotADirectory) => ReadProblem::Missing,
        (_, K::PermissionDenied) => ReadProblem::NotAllowed,
        (_, K::IsADirectory) => ReadProblem::Folder,
        _ => ReadProblem::Other,
    }
}

/// Why writing a file failed, as a clause (for writes other than saving the map, such as
/// copying a photo beside it).
pub fn write_reason(texts: &Texts, io: &std::io::Error) -> String {
    save_reason_id(WriteProblem::of(io)).map_or_else(|| io.to_string(), |id| texts.get(id))
}

/// A failed save, in sentences: what happened, what to do, whether the file on disk changed.
fn save_failed(texts: &Texts, error: &FileError) -> Vec<String> {
    let problem = error.write_problem();
    let reason = match (save_reason_id(problem), error.io()) {
        (Some(id), _) => texts.get(id),
        (None, Some(io)) => io.to_string(),
        (None, None) => error.to_string(),
    };
    let mut sentences = Vec::new();
    match error {
        FileError::Backup { path, backup, .. } => {
            sentences.push(texts.get_with(
                "save-failed-backup",
                &[
                    ("file", file_name(path).into()),
                    ("backup", file_name(backup).into()),
                    ("reason", reason.into()),
                ],
            ));
            sentences.push(texts.get(save_advice_id(problem)));
            sentences.push(texts.get("save-advice-backup"));
            sentences.push(texts.get("save-unchanged"));
        }
        FileError::Write { path, existed, .. } => {
            sentences.push(texts.get_with(
                "save-failed",
                &[("file", file_name(path).into()), ("reason", reason.into())],
            ));
            sentences.push(texts.get(save_advice_id(problem)));
            if *existed {
                sentences.push(texts.get("save-unchanged"));
            }
        }
        FileError::Read { .. } | FileError::TooLarge { .. } | FileError::Format { .. } => {
            sentences.push(file_error(texts, error));
        }
    }
    sentences
}

/// The short reason a save failed; `None` where only the system's words will do.
fn save_reason_id(problem: WriteProblem) -> Option<&'static str> {
    Some(match problem {
        WriteProblem::MissingFolder => "save-reason-missing-folder",
        WriteProblem::FolderTakesNoFiles => "save-reason-folder-takes-no-files",
        WriteProblem::ReadOnly => "save-reason-read-only",
        WriteProblem::NotAllowed => "save-reason-not-allowed",
        WriteProblem::DiskFull => "save-reason-disk-full",
        WriteProblem::InUse => "save-reason-in-use",
        WriteProblem::Other => return None,
    })
}

/// What to do about a failed save.
fn save_advice_id(problem: WriteProblem) -> &'static str {
    match problem {
        WriteProblem::MissingFolder => "save-advice-missing-folder",
        WriteProblem::FolderTakesNoFiles => "save-advice-folder-takes-no-files",
        WriteProblem::ReadOnly => "save-advice-read-only",
        WriteProblem::NotAllowed => "save-advice-not-allowed",
        WriteProblem::DiskFull => "save-advice-disk-full",
        WriteProblem::InUse => "save-advice-in-use",
        WriteProblem::Other => "save-advice-other",
    }
}

/// A file's name without its folder: the status bar is short, and the user knows the folder.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests;
