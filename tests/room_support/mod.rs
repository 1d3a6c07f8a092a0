//! What the room's tests share: a map to open the room on, an editor loop that applies what
//! arrives as the window does, and a small HTTP client over raw sockets (so tests can also
//! send what no well-behaved client would). Everything talks to 127.0.0.1 only.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::net::{IpAddr, Ipv4Addr, Shutdown, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use journeymap::edit::Document;
use journeymap::edit::room::RoomEdit;
use journeymap::model::{
    Card, CardId, Lane, LaneId, LaneKind, Lang, Map, MapKind, RoomSettings, Stage, StageId,
    TextRole,
};
use journeymap::room::{Arrival, RoomOptions, RoomServer, RoomView};

/// How long any wait in a test may take before it fails.
pub const DEADLINE: Duration = Duration::from_secs(10);

/// Two stages; a text lane, an emotion lane and a touchpoint lane; three cards.
pub fn workshop_map() -> Map {
    let mut map = Map::empty(MapKind::CurrentState, Lang::En);
    map.title = "Train journey".into();
    map.stages = vec![
        Stage::new(StageId(1), "Plan"),
        Stage::new(StageId(2), "Travel"),
    ];
    map.lanes = vec![
        Lane::new(LaneId(1), "Actions", LaneKind::Text(TextRole::Actions)),
        Lane::new(LaneId(2), "Feeling", LaneKind::emotion()),
        Lane::new(LaneId(3), "Touchpoints", LaneKind::Touchpoints),
    ];
    map.cards = vec![
        Card::new(CardId(1), LaneId(1), StageId(1), "Open the app"),
        Card::new(CardId(2), LaneId(3), StageId(2), "Ticket check"),
        Card::new(CardId(3), LaneId(1), StageId(2), "Find a seat"),
    ];
    map
}

/// The editor's side of the room: the document, and what the window does each frame.
pub struct Editor {
    pub doc: Document,
    pub arrivals: Receiver<Arrival>,
    pub wakes: Arc<AtomicUsize>,
}

/// A room on 127.0.0.1 (any free port) for `map`, with its editor.
pub fn open_room(map: Map) -> (RoomServer, Editor) {
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&wakes);
    let options = RoomOptions {
        port: 0,
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        wake: Arc::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }),
    };
    let view = RoomView::of(&map);
    let (server, arrivals) = RoomServer::open(options, view).expect("the room opens");
    let editor = Editor {
        doc: Document::new(map),
        arrivals,
        wakes,
    };
    (server, editor)
}

impl Editor {
    /// Waits for the next arrival, applies it as the window would, publishes the map and
    /// returns the change.
    pub fn next(&mut self, server: &RoomServer) -> RoomEdit {
        let arrival = self
            .arrivals
            .recv_timeout(DEADLINE)
            .expect("something arrives in time");
        let _ = self.doc.apply_room(&arrival.edit);
        server.publish(RoomView::of(self.doc.map()));
        arrival.edit
    }

    /// Applies `count` arrivals.
    pub fn apply(&mut self, server: &RoomServer, count: usize) -> Vec<RoomEdit> {
        (0..count).map(|_| self.next(server)).collect()
    }

    /// Whether nothing is waiting in the channel right now.
    pub fn nothing_waiting(&self) -> bool {
        matches!(
            self.arrivals.try_recv(),
            Err(mpsc::TryRecvError::Empty | mpsc::TryRecvError::Disconnected)
        )
    }

    /// The facilitator changes the room's settings (applied and published).
    pub fn settings(&mut self, server: &RoomServer, settings: RoomSettings) {
        self.doc
            .apply_room(&RoomEdit::Settings(settings))
            .expect("the settings are valid");
        server.publish(RoomView::of(self.doc.map()));
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// The first header called `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

fn connect(port: u16) -> std::io::Result<TcpStream> {
    let stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port))?;
    stream.set_read_timeout(Some(DEADLINE))?;
    stream.set_write_timeout(Some(DEADLINE))?;
    Ok(stream)
}

/// A connection to the room from the loopback address `source`.
pub fn connect_from(source: Ipv4Addr, port: u16) -> std::io::Result<TcpStream> {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.bind(&std::net::SocketAddr::from((source, 0)).into())?;
    socket.connect(&std::net::SocketAddr::from((Ipv4Addr::LOCALHOST, port)).into())?;
    let stream: TcpStream = socket.into();
    stream.set_read_timeout(Some(DEADLINE))?;
    stream.set_write_timeout(Some(DEADLINE))?;
    Ok(stream)
}

/// Sends `request` from the loopback address `source` (any of 127.0.0.0/8, as a room's phones
/// each have their own address) and reads the whole answer.
pub fn raw_from(source: Ipv4Addr, port: u16, request: &[u8]) -> std::io::Result<Reply> {
    let mut stream = connect_from(source, port)?;
    stream.write_all(request)?;
    let mut reader = BufReader::new(stream);
    read_reply(&mut reader)
}

/// A JSON POST from the loopback address `source`.
pub fn post_from(
    source: Ipv4Addr,
    port: u16,
    path: &str,
    key: Option<&str>,
    body: &str,
) -> std::io::Result<Reply> {
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(key) = key {
        let _ = write!(head, "X-Room-Key: {key}\r\n");
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    raw_from(source, port, &bytes)
}

/// Sends `request` as it is and reads the whole answer (the server closes the connection, or
/// the answer is complete by its length).
pub fn raw(port: u16, request: &[u8]) -> std::io::Result<Reply> {
    let mut stream = connect(port)?;
    stream.write_all(request)?;
    let mut reader = BufReader::new(stream);
    read_reply(&mut reader)
}

fn read_head(reader: &mut impl BufRead) -> std::io::Result<(u16, Vec<(String, String)>)> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line: {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    Ok((status, headers))
}

fn read_reply(reader: &mut impl BufRead) -> std::io::Result<Reply> {
    let (status, headers) = read_head(reader)?;
    let mut reply = Reply {
        status,
        headers,
        body: Vec::new(),
    };
    if reply
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        while let Some(chunk) = read_chunk(reader)? {
            reply.body.extend(chunk);
        }
    } else if let Some(length) = reply.header("content-length").and_then(|l| l.parse().ok()) {
        reply.body.resize(length, 0);
        reader.read_exact(&mut reply.body)?;
    } else {
        reader.read_to_end(&mut reply.body)?;
    }
    Ok(reply)
}

/// One chunk of a chunked body, `None` at its end.
fn read_chunk(reader: &mut impl BufRead) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let size_text = line.trim().split(';').next().unwrap_or("");
    let size = usize::from_str_radix(size_text, 16)
        .map_err(|_| std::io::Error::other(format!("bad chunk size {line:?}")))?;
    if size == 0 {
        return Ok(None);
    }
    let mut chunk = vec![0; size + 2];
    reader.read_exact(&mut chunk)?;
    chunk.truncate(size);
    Ok(Some(chunk))
}

/// A request with `Host` and `Connection: close`, and `Content-Type: application/json` when
/// it has a body (unless `headers` name another).
pub fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&[u8]>,
) -> Reply {
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (name, value) in headers {
        let _ = write!(head, "{name}: {value}\r\n");
    }
    if let Some(body) = body {
        if !headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        {
            head.push_str("Content-Type: application/json\r\n");
        }
        let _ = write!(head, "Content-Length: {}\r\n", body.len());
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body.unwrap_or_default());
    raw(port, &bytes).unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

pub fn get(port: u16, path: &str, key: Option<&str>) -> Reply {
    let headers: Vec<(&str, &str)> = key.map(|k| ("X-Room-Key", k)).into_iter().collect();
    request(port, "GET", path, &headers, None)
}

pub fn post(port: u16, path: &str, key: Option<&str>, body: &str) -> Reply {
    let headers: Vec<(&str, &str)> = key.map(|k| ("X-Room-Key", k)).into_iter().collect();
    request(port, "POST", path, &headers, Some(body.as_bytes()))
}

/// A participant as a phone holds them.
pub struct Phone {
    pub port: u16,
    pub key: String,
    pub participant: u64,
    next_id: u32,
}

impl Phone {
    /// Joins with the room's token.
    pub fn join(server: &RoomServer, name: &str) -> Phone {
        let body = serde_json::json!({ "token": server.token(), "name": name }).to_string();
        let reply = post(server.port(), "/api/join", None, &body);
        assert_eq!(reply.status, 200, "{}", reply.text());
        let json = reply.json();
        Phone {
            port: server.port(),
            key: json["key"].as_str().expect("a key").to_owned(),
            participant: json["participant"].as_u64().expect("a number"),
            next_id: 0,
        }
    }

    /// Sends `action` under a new submission id; returns the id and the answer.
    pub fn send(&mut self, action: &serde_json::Value) -> (String, Reply) {
        self.next_id += 1;
        let id = format!("sub-{:08}", self.next_id);
        let reply = self.send_as(&id, action);
        (id, reply)
    }

    /// Sends `action` under `id`.
    pub fn send_as(&self, id: &str, action: &serde_json::Value) -> Reply {
        let body = serde_json::json!({ "id": id, "do": action }).to_string();
        post(self.port, "/api/send", Some(&self.key), &body)
    }

    /// The participant's view.
    pub fn view(&self) -> serde_json::Value {
        let reply = get(self.port, "/api/view", Some(&self.key));
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.json()
    }

    /// Asks for the view until `done` holds for it.
    pub fn view_until(&self, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let start = Instant::now();
        loop {
            let view = self.view();
            if done(&view) {
                return view;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the view never got there: {view}"
            );
            std::thread::yield_now();
        }
    }
}

/// An open event stream, read on a thread of its own.
pub struct Events {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    received: Receiver<(String, String)>,
    socket: TcpStream,
}

impl Events {
    /// Opens `/api/events?key=…`.
    pub fn open(port: u16, key: &str) -> Events {
        Self::open_from(Ipv4Addr::LOCALHOST, port, key)
    }

    /// Opens `/api/events?key=…` from the loopback address `source`.
    pub fn open_from(source: Ipv4Addr, port: u16, key: &str) -> Events {
        let mut stream = connect_from(source, port).expect("connects");
        let request = format!(
            "GET /api/events?key={key} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).expect("sends");
        let socket = stream.try_clone().expect("a second handle");
        let mut reader = BufReader::new(stream);
        let (status, headers) = read_head(&mut reader).expect("an answer");
        let (sender, received) = mpsc::channel();
        std::thread::spawn(move || {
            let mut pending = String::new();
            let (mut event, mut data) = (String::from("message"), String::new());
            while let Ok(Some(chunk)) = read_chunk(&mut reader) {
                pending.push_str(&String::from_utf8_lossy(&chunk));
                while let Some(end) = pending.find('\n') {
                    let line: String = pending.drain(..=end).collect();
                    let line = line.trim_end_matches(['\r', '\n']);
                    if line.is_empty() {
                        if !data.is_empty() {
                            let done = (
                                std::mem::replace(&mut event, "message".into()),
                                std::mem::take(&mut data),
                            );
                            if sender.send(done).is_err() {
                                return;
                            }
                        }
                    } else if let Some(name) = line.strip_prefix("event:") {
                        name.trim().clone_into(&mut event);
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push_str(value.strip_prefix(' ').unwrap_or(value));
                    }
                }
            }
        });
        Events {
            status,
            headers,
            received,
            socket,
        }
    }

    /// The next event, as (name, data), or `None` when the stream ended or nothing came in time.
    pub fn next(&self) -> Option<(String, String)> {
        self.received.recv_timeout(DEADLINE).ok()
    }

    /// Drops the events received so far, as a page that showed them does.
    pub fn skip_received(&self) {
        while self.received.try_recv().is_ok() {}
    }

    /// Waits for a `view` event whose JSON satisfies `done`.
    pub fn view_until(&self, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            let (name, data) = self.next().expect("an event in time");
            assert_eq!(name, "view", "{data}");
            let view: serde_json::Value = serde_json::from_str(&data).expect("JSON");
            if done(&view) {
                return view;
            }
        }
        panic!("no such view in time");
    }

    /// Whether the stream ended (the server closed it) in time.
    pub fn ended(&self) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            match self.received.recv_timeout(DEADLINE) {
                Ok(_) => {}
                Err(RecvTimeoutError::Disconnected) => return true,
                Err(RecvTimeoutError::Timeout) => return false,
            }
        }
        false
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        let _ = self.socket.shutdown(Shutdown::Both);
    }
}

/// The headers every answer of the room carries.
pub fn assert_security_headers(reply: &Reply) {
    let expected = [
        (
            "content-security-policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ),
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
    ];
    for (name, value) in expected {
        assert_eq!(reply.header(name), Some(value), "{name} on {reply:?}");
    }
    assert!(reply.header("set-cookie").is_none());
}
