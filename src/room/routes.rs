//! The room's HTTP API: the page's three files, join, view, events and send.
//!
//! Every answer is JSON with an `error` name the page understands, and every answer carries
//! headers that keep the page from being framed, sniffed, cached or leaking its address.
//! There are no cookies: a participant's key travels in the `X-Room-Key` header, which another
//! site's page cannot make a browser send, so forged requests have nothing to ride on. POSTs
//! from a page of another origin are refused as well.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use tower_http::set_header::SetResponseHeaderLayer;

use super::assets;
use super::events;
use super::protocol::{self, DecodeError};
use super::state::{Refusal, Sent, Shared};

/// The largest request body: a note of 500 characters in JSON fits many times over.
pub const BODY_LIMIT: usize = 4 * 1024;

/// The header that carries a participant's key.
pub const KEY_HEADER: &str = "x-room-key";

/// The page may load its own files and talk to its own server, nothing else, and may not be
/// framed (no clickjacking of the vote buttons).
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
    style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; \
    base-uri 'none'; form-action 'none'";

/// The router, with the headers every response carries.
pub fn router(shared: Arc<Shared>) -> Router {
    let headers: [(HeaderName, &'static str); 5] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    let mut router = Router::new()
        .route("/", get(page))
        .route("/app.js", get(page))
        .route("/style.css", get(page))
        .route("/api/join", post(join))
        .route("/api/view", get(view))
        .route("/api/events", get(events))
        .route("/api/send", post(send))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .with_state(shared);
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    router
}

/// `{"error": name}` with `status`.
fn error(status: StatusCode, name: &str) -> Response {
    (status, axum::Json(json!({ "error": name }))).into_response()
}

fn refused(refusal: &Refusal) -> Response {
    match refusal {
        Refusal::NotInRoom => error(StatusCode::UNAUTHORIZED, "not-in-room"),
        Refusal::WrongCode => error(StatusCode::FORBIDDEN, "wrong-code"),
        Refusal::TooManyTries(wait) => {
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let mut response = (
                StatusCode::TOO_MANY_REQUESTS,
                axum::Json(json!({ "error": "too-many-tries", "retry_after": seconds })),
            )
                .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            response
        }
        Refusal::SlowDown => error(StatusCode::TOO_MANY_REQUESTS, "slow-down"),
        Refusal::TooManyStreams => error(StatusCode::TOO_MANY_REQUESTS, "too-many-streams"),
        Refusal::Busy => error(StatusCode::SERVICE_UNAVAILABLE, "busy"),
        Refusal::Full => error(StatusCode::SERVICE_UNAVAILABLE, "full"),
        Refusal::NoRandomness => error(StatusCode::INTERNAL_SERVER_ERROR, "internal"),
    }
}

fn bad_request(decode: &DecodeError) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({ "error": "bad-request", "detail": decode.code() })),
    )
        .into_response()
}

fn peer_ip(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip())
}

/// Checks every request before its route: the address's rate, the name it was sent to, and
/// for POSTs the origin, the content type and the declared length.
async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if !shared.allow_address(peer_ip(&request)) {
        return error(StatusCode::TOO_MANY_REQUESTS, "slow-down");
    }
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|host| host.to_str().ok());
    if !host.is_some_and(|host| super::host::allowed(host, &shared.names)) {
        // Another name pointed at this computer (DNS rebinding), or no name at all.
        return error(StatusCode::MISDIRECTED_REQUEST, "wrong-host");
    }
    if request.method() == Method::POST {
        let headers = request.headers();
        if !same_origin(headers) {
            return error(StatusCode::FORBIDDEN, "cross-origin");
        }
        if !is_json(headers) {
            return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "wrong-content-type");
        }
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse::<u64>().ok());
        if declared.is_some_and(|length| length > BODY_LIMIT as u64) {
            return error(StatusCode::PAYLOAD_TOO_LARGE, "too-large");
        }
    }
    next.run(request).await
}

/// Whether a request's `Origin` (when a browser sent one) is the page's own: `http://` and the
/// `Host` it was sent to.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok());
    match (origin.to_str().ok(), host) {
        (Some(origin), Some(host)) => origin
            .strip_prefix("http://")
            .is_some_and(|rest| rest.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

/// The body, at most [`BODY_LIMIT`] bytes (a chunked body is cut off there too).
async fn body_of(body: Body) -> Result<Bytes, Response> {
    axum::body::to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| error(StatusCode::PAYLOAD_TOO_LARGE, "too-large"))
}

async fn page(uri: Uri) -> Response {
    match assets::asset(uri.path()) {
        Some((content_type, body)) => {
            ([(header::CONTENT_TYPE, content_type)], body).into_response()
        }
        None => not_found().await,
    }
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not-found")
}

async fn join(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let ip = peer_ip(&request);
    let body = match body_of(request.into_body()).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let join = match protocol::decode_join(&body) {
        Ok(join) => join,
        Err(decode) => return bad_request(&decode),
    };
    match shared.join(ip, join) {
        Ok((key, participant)) => {
            axum::Json(json!({ "key": key, "participant": participant.0 })).into_response()
        }
        Err(refusal) => refused(&refusal),
    }
}

/// The participant holding the request's key, and the name they joined as.
fn participant(
    shared: &Shared,
    headers: &HeaderMap,
    query_key: Option<&str>,
) -> Result<(crate::model::ParticipantId, String), Response> {
    let key = headers
        .get(KEY_HEADER)
        .and_then(|value| value.to_str().ok())
        .or(query_key)
        .ok_or_else(|| refused(&Refusal::NotInRoom))?;
    shared
        .authenticate(key)
        .map_err(|refusal| refused(&refusal))
}

async fn view(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let (participant, joined_as) = match participant(&shared, &headers, None) {
        Ok(found) => found,
        Err(response) => return response,
    };
    let json = shared.current().json_for(participant, &joined_as);
    (
        [(header::CONTENT_TYPE, "application/json")],
        json.to_string(),
    )
        .into_response()
}

#[derive(Deserialize)]
struct EventsQuery {
    key: Option<String>,
}

async fn events(State(shared): State<Arc<Shared>>, headers: HeaderMap, uri: Uri) -> Response {
    // EventSource cannot set headers: the key may come in the query instead.
    let query = Query::<EventsQuery>::try_from_uri(&uri).ok();
    let query_key = query.as_ref().and_then(|q| q.key.as_deref());
    let (participant, joined_as) = match participant(&shared, &headers, query_key) {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Err(refusal) = shared.open_stream(participant) {
        return refused(&refusal);
    }
    events::follow(shared, participant, joined_as).into_response()
}

async fn send(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (participant, _) = match participant(&shared, request.headers(), None) {
        Ok(found) => found,
        Err(response) => return response,
    };
    let body = match body_of(request.into_body()).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let submission = match protocol::decode_send(&body) {
        Ok(submission) => submission,
        Err(decode) => return bad_request(&decode),
    };
    match shared.send(participant, submission) {
        Ok(Sent::Queued) => axum::Json(json!({ "ok": true })).into_response(),
        Ok(Sent::Duplicate) => axum::Json(json!({ "ok": true, "duplicate": true })).into_response(),
        Err(refusal) => refused(&refusal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(HeaderName, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| (name.clone(), HeaderValue::from_str(value).unwrap()))
            .collect()
    }

    #[test]
    fn only_the_pages_own_origin_may_post() {
        let host = (header::HOST, "192.168.1.5:7420");
        assert!(same_origin(&headers(std::slice::from_ref(&host))));
        assert!(same_origin(&headers(&[
            host.clone(),
            (header::ORIGIN, "http://192.168.1.5:7420")
        ])));
        for origin in [
            "http://evil.example",
            "https://192.168.1.5:7420",
            "null",
            "http://192.168.1.5:7421",
        ] {
            assert!(
                !same_origin(&headers(&[host.clone(), (header::ORIGIN, origin)])),
                "{origin}"
            );
        }
        assert!(!same_origin(&headers(&[(header::ORIGIN, "http://x")])));
    }

    #[test]
    fn json_with_a_charset_is_json() {
        assert!(is_json(&headers(&[(
            header::CONTENT_TYPE,
            "application/json; charset=utf-8"
        )])));
        assert!(!is_json(&headers(&[(header::CONTENT_TYPE, "text/plain")])));
        assert!(!is_json(&HeaderMap::new()));
    }
}
