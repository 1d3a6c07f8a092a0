//! The room: workshop participants join the facilitator's map from their phones over the
//! room's Wi-Fi. The facilitator's computer is the server; nothing leaves the room and no one
//! needs an account.
//!
//! The server runs beside the editor, never inside it: [`RoomServer::open`] starts it on a
//! thread of its own with its own tokio runtime, so the window's code knows nothing of tokio.
//! The two talk through channels only. What participants send arrives as [`Arrival`]s on a
//! bounded channel, which the editor drains once a frame and applies with
//! [`crate::edit::Document::apply_room`] (which checks everything again); after each change the
//! editor hands the server a fresh [`RoomView`] with [`RoomServer::publish`]. The server never
//! touches the document, and never reads or writes a file: its page is compiled in.
//!
//! Files, one job each: [`protocol`] decodes requests (pure, fuzzed), `view` shapes what a
//! phone sees, `state` holds the participants, `routes` and `events` answer HTTP, `limits`
//! keeps every rate and table bounded, `tokens` makes the secrets, `addresses` finds where
//! phones can reach us, `host` refuses requests sent to another name, `handles` sizes the
//! connection cap to the file handles the system allows, `assets` holds the page, and
//! `server` owns the thread and the sockets.

mod addresses;
mod assets;
mod events;
mod handles;
mod host;
mod limits;
pub mod protocol;
mod routes;
mod server;
mod state;
mod tokens;
mod view;

pub use addresses::JoinAddress;
pub use server::{Arrival, DEFAULT_PORT, OpenError, RoomOptions, RoomServer};
pub use view::{MAX_TITLE_CHARS, RoomView};
