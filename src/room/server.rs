//! The room's server: its thread, its tokio runtime and its sockets.
//!
//! [`RoomServer::open`] starts a thread that builds a small multi-threaded runtime (two
//! workers) and listens; the editor's thread only ever hands over views and reads arrivals.
//! Connections are served by hyper through our own accept loop instead of `axum::serve`, for
//! two things a room on an open Wi-Fi needs: a cap on concurrent connections (a flood of idle
//! sockets cannot exhaust the computer) and a deadline for request headers (a client that
//! connects and never speaks is dropped).

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, sync_channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use thiserror::Error;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot};
use tower::ServiceExt;

use super::addresses::{self, JoinAddress};
use super::routes;
use super::state::Shared;
use super::tokens;
use super::view::RoomView;
use crate::edit::room::RoomEdit;

/// The port the room listens on unless told otherwise: easy to type, rarely taken.
pub const DEFAULT_PORT: u16 = 7420;

/// How many arrivals may wait for the editor. Far more than a room sends between two frames;
/// when the editor stalls, phones get "busy" and retry rather than the server growing.
const ARRIVAL_CAPACITY: usize = 10_000;

/// How long a client may take to send a request's headers (and an idle kept-alive connection
/// may wait for its next request).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The most bytes of request headers hyper buffers for one connection.
const MAX_HEADER_BYTES: usize = 16 * 1024;

/// How long closing waits for phones to receive the `closed` event before dropping them.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// How the room is opened.
#[derive(Clone)]
pub struct RoomOptions {
    /// The port, or 0 for any free one.
    pub port: u16,
    /// The address to listen on: all interfaces by default, so phones on the Wi-Fi reach it.
    pub bind: IpAddr,
    /// Called after each arrival is queued, so the editor wakes up and drains the channel
    /// (a repaint request, for the window).
    pub wake: Arc<dyn Fn() + Send + Sync>,
}

impl RoomOptions {
    /// [`DEFAULT_PORT`] on all interfaces.
    pub fn new(wake: Arc<dyn Fn() + Send + Sync>) -> Self {
        Self {
            port: DEFAULT_PORT,
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            wake,
        }
    }
}

impl std::fmt::Debug for RoomOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomOptions")
            .field("port", &self.port)
            .field("bind", &self.bind)
            .finish_non_exhaustive()
    }
}

/// Something a participant did, for the editor to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival {
    /// The change, on behalf of the participant the server authenticated.
    pub edit: RoomEdit,
    /// When the server received it.
    pub received: Instant,
}

/// Why the room could not open. The messages are plain English for logs; the editor shows its
/// own translated message per variant.
#[derive(Debug, Error)]
pub enum OpenError {
    /// Another program (or another room) listens on the port.
    #[error("port {0} is already in use by another program")]
    PortInUse(u16),
    /// The operating system refused to listen on the port.
    #[error("could not listen on port {port}: {source}")]
    Bind {
        /// The port.
        port: u16,
        /// The operating system's reason.
        source: io::Error,
    },
    /// No thread, runtime or randomness could be had.
    #[error("could not start the room's server: {0}")]
    Runtime(#[source] io::Error),
}

/// A running room. Dropping it closes the room, as [`RoomServer::close`] does.
pub struct RoomServer {
    shared: Arc<Shared>,
    port: u16,
    bind: IpAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for RoomServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomServer")
            .field("port", &self.port)
            .field("bind", &self.bind)
            .finish_non_exhaustive()
    }
}

impl RoomServer {
    /// Starts the server on its own thread (with its own tokio runtime, never on the caller's
    /// thread) and returns once it listens, or failed to. Arrivals come out of the receiver.
    pub fn open(
        options: RoomOptions,
        view: RoomView,
    ) -> Result<(RoomServer, Receiver<Arrival>), OpenError> {
        let token = tokens::join_token().map_err(OpenError::Runtime)?;
        let code = tokens::join_code().map_err(OpenError::Runtime)?;
        let (arrivals, received) = sync_channel(ARRIVAL_CAPACITY);
        let shared = Arc::new(Shared::new(token, code, arrivals, options.wake, view));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = oneshot::channel();
        let address = SocketAddr::new(options.bind, options.port);
        let thread_shared = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("room".to_owned())
            .spawn(move || run(address, thread_shared, &ready_tx, stop_rx))
            .map_err(OpenError::Runtime)?;
        match ready_rx.recv() {
            Ok(Ok(port)) => Ok((
                RoomServer {
                    shared,
                    port,
                    bind: options.bind,
                    stop: Some(stop_tx),
                    thread: Some(thread),
                },
                received,
            )),
            Ok(Err(error)) => {
                let _ = thread.join();
                Err(error)
            }
            Err(_) => {
                let _ = thread.join();
                Err(OpenError::Runtime(io::Error::other(
                    "the room's thread stopped before listening",
                )))
            }
        }
    }

    /// Hands the server the map as it is now. Returns at once; when views come faster than
    /// the server takes them, the latest wins.
    pub fn publish(&self, view: RoomView) {
        self.shared.offer(view);
    }

    /// The port the room listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The join token, in the QR code's link.
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// The six-digit code for typing by hand.
    pub fn code(&self) -> &str {
        &self.shared.code
    }

    /// Where phones can open the room, one address per usable local IPv4 address,
    /// non-loopback first.
    pub fn join_addresses(&self) -> Vec<JoinAddress> {
        addresses::join_addresses(self.bind, self.port, self.token())
    }

    /// Participants with a live event stream or a request in the last minute.
    pub fn people(&self) -> usize {
        self.shared.people()
    }

    /// Ends every participant's session (their streams get a `closed` event and their keys
    /// stop working), stops listening and waits for the server's thread to end.
    pub fn close(mut self) {
        self.stop_and_join();
    }

    fn stop_and_join(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RoomServer {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// The room's thread: a runtime, the listener, and serving until told to stop.
fn run(
    address: SocketAddr,
    shared: Arc<Shared>,
    ready: &std::sync::mpsc::Sender<Result<u16, OpenError>>,
    stop: oneshot::Receiver<()>,
) {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("room-worker")
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            let _ = ready.send(Err(OpenError::Runtime(error)));
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match TcpListener::bind(address).await {
            Ok(listener) => listener,
            Err(error) => {
                let _ = ready.send(Err(bind_error(address.port(), error)));
                return;
            }
        };
        let port = match listener.local_addr() {
            Ok(local) => local.port(),
            Err(error) => {
                let _ = ready.send(Err(bind_error(address.port(), error)));
                return;
            }
        };
        let _ = ready.send(Ok(port));
        serve(listener, shared, stop).await;
    });
    runtime.shutdown_timeout(Duration::from_secs(1));
}

fn bind_error(port: u16, error: io::Error) -> OpenError {
    if error.kind() == io::ErrorKind::AddrInUse {
        OpenError::PortInUse(port)
    } else {
        OpenError::Bind {
            port,
            source: error,
        }
    }
}

/// Accepts connections until `stop`, then closes the room and lets the connections finish.
async fn serve(listener: TcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let publisher = tokio::spawn(publish_views(Arc::clone(&shared)));
    let router = routes::router(Arc::clone(&shared));
    // Concurrent connections served at most; beyond it new ones are closed at once.
    let slots = Arc::new(Semaphore::new(super::handles::connection_cap()));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEADER_BYTES);
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => accepted,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file handles, or a connection reset before it was accepted: wait a
            // moment instead of spinning.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = router
            .clone()
            .map_request(move |mut request: hyper::Request<Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            });
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    shared.close();
    publisher.abort();
    // Streams end after their `closed` event; kept-alive connections close; a request in
    // flight finishes. Whatever is still open after the grace period is dropped.
    let _ = tokio::time::timeout(CLOSE_GRACE, async {
        let streams_ended = shared.streams_done.notified();
        if shared.streams() > 0 {
            streams_ended.await;
        }
    })
    .await;
    let _ = tokio::time::timeout(CLOSE_GRACE, graceful.shutdown()).await;
}

/// Turns the views the editor hands over into publications, one at a time, latest first.
async fn publish_views(shared: Arc<Shared>) {
    loop {
        shared.incoming_ready.notified().await;
        shared.take_incoming();
    }
}
