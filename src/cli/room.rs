//! `journeymap room`: the room without a window. A second computer at the back of the room or
//! a PC at the shop counter serves the map to phones; what arrives goes straight onto the map,
//! which is saved after every batch of changes, and Ctrl+C closes the room and saves.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context as _;

use crate::edit::room::{RoomApplied, RoomEdit};
use crate::edit::{Document, Edit, Slot};
use crate::file;
use crate::model::{Channel, Map, RoomMode, RoomSettings};
use crate::room::{RoomOptions, RoomServer, RoomView};

/// How the room is opened from the command line.
pub struct RoomArgs {
    /// The port; 0 for any free one.
    pub port: u16,
    /// Where to listen.
    pub bind: std::net::IpAddr,
    /// The mode to start in; `None` keeps the map's.
    pub mode: Option<RoomMode>,
    /// Dots per person; `None` keeps the map's.
    pub dots: Option<u8>,
    /// How many previous versions the first save keeps.
    pub backups: u8,
}

/// How long the loop waits for an arrival before it looks at Ctrl+C again.
const TICK: Duration = Duration::from_millis(100);

/// The most arrivals applied before the map is saved: a burst of a whole room is one save.
const BATCH: usize = 1_000;

/// Runs the room until Ctrl+C (or until `stop` is set, for tests of the loop).
pub fn run(path: &Path, args: &RoomArgs, map: Map) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    watch_ctrl_c(Arc::clone(&stop))?;
    let mut doc = Document::new(map);
    let mut settings = doc.map().room.settings.clone();
    if let Some(mode) = args.mode {
        settings.mode = mode;
    }
    if let Some(dots) = args.dots {
        settings.dots = dots;
    }
    if settings != doc.map().room.settings {
        doc.apply_room(&RoomEdit::Settings(settings))
            .map_err(|error| anyhow::anyhow!("{error}"))?;
    }
    let options = RoomOptions {
        port: args.port,
        bind: args.bind,
        wake: Arc::new(|| {}),
    };
    let (server, arrivals) = RoomServer::open(options, RoomView::onto_the_map(doc.map()))
        .map_err(|error| anyhow::anyhow!("{error}; choose another with --port"))?;
    announce(path, &server, &doc.map().room.settings);

    let mut first_save = true;
    let mut published = doc.revision();
    let mut saved = doc.revision();
    let mut received = 0usize;
    while !stop.load(Ordering::Relaxed) {
        let Ok(first) = arrivals.recv_timeout(TICK) else {
            continue;
        };
        for arrival in std::iter::once(first).chain(arrivals.try_iter().take(BATCH)) {
            received += 1;
            apply(&mut doc, &arrival.edit);
        }
        if doc.revision() != published {
            server.publish(RoomView::onto_the_map(doc.map()));
            published = doc.revision();
        }
        if doc.revision() != saved {
            save(path, &doc, args.backups, &mut first_save)?;
            saved = doc.revision();
        }
    }
    server.close();
    if doc.revision() != saved {
        save(path, &doc, args.backups, &mut first_save)?;
    }
    let room = &doc.map().room;
    super::say(&format!(
        "room closed; {} saved ({received} changes received, {} notes, {} dots, {} scores)",
        path.display(),
        room.notes.len(),
        room.dots.iter().map(|d| u32::from(d.count)).sum::<u32>(),
        room.feelings.len(),
    ));
    Ok(())
}

/// Applies what a participant sent; a new note goes onto the map at once, at the end of its
/// cell. A refused change (a stale phone, a closed lane) changes nothing and is only counted.
fn apply(doc: &mut Document, edit: &RoomEdit) {
    match doc.apply_room(edit) {
        Ok(RoomApplied::Note(id)) => {
            let Some(note) = doc.map().room.note(id).cloned() else {
                return;
            };
            let map = doc.map();
            let card = map.new_card(
                map.next_card_id(),
                note.lane,
                note.stage,
                note.text.clone(),
                Channel::Custom,
            );
            let taken = doc.apply(&Edit::TakeNotes {
                notes: vec![id],
                card: Box::new(card),
                slot: Slot {
                    lane: note.lane,
                    stage: note.stage,
                    before: None,
                },
            });
            if let Err(error) = taken {
                log::info!("note {id} stays in the inbox: {error}");
            }
        }
        Ok(RoomApplied::Done) => {}
        Err(refusal) => log::debug!("refused from the room: {refusal}"),
    }
}

/// Saves atomically. The first save keeps the file as it was before the room as the usual
/// backup; later saves replace only the map, so the backup stays the state before the room.
fn save(path: &Path, doc: &Document, backups: u8, first: &mut bool) -> anyhow::Result<()> {
    let keep = if *first { backups } else { 0 };
    file::save_with_backups(doc.map(), path, keep).with_context(|| {
        format!(
            "the room's changes could not be saved to {}",
            path.display()
        )
    })?;
    *first = false;
    Ok(())
}

/// Prints where phones join and how.
fn announce(path: &Path, server: &RoomServer, settings: &RoomSettings) {
    let mode = match settings.mode {
        RoomMode::Collect => "collecting notes",
        RoomMode::Vote => "voting",
        RoomMode::Feel => "scoring the stages",
    };
    super::say(&format!(
        "room open for {} ({mode}); code {}",
        path.display(),
        server.code()
    ));
    for address in server.join_addresses() {
        super::say(&format!(
            "join: {} (or open {} and type the code)",
            address.join_url, address.base
        ));
    }
    super::say(
        "the room uses plain HTTP on this network; nothing leaves it. Press Ctrl+C to close the room and save.",
    );
}

/// Sets `stop` when the user presses Ctrl+C (or the process is asked to stop).
fn watch_ctrl_c(stop: Arc<AtomicBool>) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .context("could not watch for Ctrl+C")?;
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("ctrl-c".into())
        .spawn(move || {
            runtime.block_on(async move {
                if interrupted(ready_tx).await {
                    stop.store(true, Ordering::Relaxed);
                }
            });
        })
        .context("could not watch for Ctrl+C")?;
    ready_rx.recv().context("could not watch for Ctrl+C")?;
    Ok(())
}

/// Waits for Ctrl+C (or, on Unix, a request to terminate); says on `ready` once the handlers
/// are in place, so nothing is announced before Ctrl+C would be heard.
#[cfg(unix)]
async fn interrupted(ready: std::sync::mpsc::Sender<()>) -> bool {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut interrupt), Ok(mut terminate)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        let _ = ready.send(());
        return false;
    };
    let _ = ready.send(());
    tokio::select! {
        _ = interrupt.recv() => true,
        _ = terminate.recv() => true,
    }
}

/// Waits for Ctrl+C; says on `ready` once the handler is in place.
#[cfg(not(unix))]
async fn interrupted(ready: std::sync::mpsc::Sender<()>) -> bool {
    let signal = tokio::signal::ctrl_c();
    let _ = ready.send(());
    signal.await.is_ok()
}
