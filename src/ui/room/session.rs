//! The open room of one map: the server and what arrives from it. Once a frame the window
//! takes what participants sent (a bounded amount, then another frame), applies it outside
//! the undo history, takes notes onto the map at once when the room is set to, and hands the
//! server the map whenever it changed. The frame never waits on the network.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::Context;

use crate::edit::Document;
use crate::edit::room::RoomApplied;
use crate::model::RoomNoteId;
use crate::room::{Arrival, JoinAddress, OpenError, RoomOptions, RoomServer, RoomView};

/// The most arrivals applied in one frame; the rest wait for the next one.
const ARRIVALS_PER_FRAME: usize = 500;

/// A map's open room.
#[derive(Debug)]
pub struct RoomSession {
    server: RoomServer,
    arrivals: Receiver<Arrival>,
    /// The document's revision the server last saw.
    published: u64,
    /// Notes that arrived and are to be taken onto the map at once (the room's "onto the map
    /// directly"), when no gesture holds the undo history.
    arrived: Vec<RoomNoteId>,
    /// The address phones join at (the first one off this computer, if there is one) and its
    /// QR code, found once: neither changes while the room is open.
    join: Option<(JoinAddress, Option<super::QrModules>)>,
    /// Whether opening the room hid the inspector to leave the map its width (on a narrow
    /// window); closing the room shows it again.
    pub hid_inspector_on_open: bool,
}

impl RoomSession {
    /// Opens the room on `bind`:`port` (0 for any free port) for the map in `doc`. Each arrival
    /// wakes the window.
    pub fn open(ctx: &Context, doc: &Document, bind: IpAddr, port: u16) -> Result<Self, OpenError> {
        let waker = ctx.clone();
        let options = RoomOptions {
            port,
            bind,
            wake: Arc::new(move || waker.request_repaint()),
        };
        let (server, arrivals) = RoomServer::open(options, RoomView::of(doc.map()))?;
        log::info!("room open on port {}", server.port());
        let mut addresses = server.join_addresses();
        let shown = addresses
            .iter()
            .position(|address| !address.loopback)
            .unwrap_or(0);
        let join = (shown < addresses.len()).then(|| {
            let address = addresses.swap_remove(shown);
            let code = super::QrModules::of(&address.join_url);
            (address, code)
        });
        Ok(Self {
            join,
            server,
            arrivals,
            published: doc.revision(),
            arrived: Vec::new(),
            hid_inspector_on_open: false,
        })
    }

    /// The running server: its address, code and people.
    pub fn server(&self) -> &RoomServer {
        &self.server
    }

    /// Where phones join and its QR code (none if the link is too long for one).
    pub fn join(&self) -> Option<(&JoinAddress, Option<&super::QrModules>)> {
        self.join
            .as_ref()
            .map(|(address, code)| (address, code.as_ref()))
    }

    /// Applies what arrived since the last frame, takes arrived notes onto the map when the
    /// room is set to, and publishes the map if it changed.
    pub fn tick(&mut self, ctx: &Context, doc: &mut Document) {
        let mut more = true;
        for _ in 0..ARRIVALS_PER_FRAME {
            match self.arrivals.try_recv() {
                Ok(arrival) => match doc.apply_room(&arrival.edit) {
                    Ok(RoomApplied::Note(id)) => self.arrived.push(id),
                    Ok(RoomApplied::Done) => {}
                    // A stale or hostile phone: the phone sees the map as it is.
                    Err(refusal) => log::debug!("room change refused: {refusal}"),
                },
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => {
                    more = false;
                    break;
                }
            }
        }
        if more {
            // More may be waiting: look again next frame rather than holding this one.
            ctx.request_repaint();
        }
        if doc.map().room.settings.direct {
            if doc.in_transaction() {
                // A gesture holds the undo history: take them when it ends.
                ctx.request_repaint_after(std::time::Duration::from_millis(250));
            } else {
                for id in std::mem::take(&mut self.arrived) {
                    let edit = doc
                        .map()
                        .room
                        .note(id)
                        .filter(|note| note.state == crate::model::NoteState::Waiting)
                        .and_then(|note| super::inbox::accept(doc.map(), note));
                    if let Some(edit) = edit
                        && let Err(error) = doc.apply(&edit)
                    {
                        log::warn!("note {id} not taken onto the map: {error}");
                    }
                }
            }
        } else {
            self.arrived.clear();
        }
        if doc.revision() != self.published {
            self.server.publish(RoomView::of(doc.map()));
            self.published = doc.revision();
        }
    }

    /// Whether opening the room hid the inspector (see `hid_inspector_on_open`).
    pub fn hid_inspector(&self) -> bool {
        self.hid_inspector_on_open
    }

    /// Ends every participant's session and stops listening.
    pub fn close(self) {
        self.server.close();
    }
}
