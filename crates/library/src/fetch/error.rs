//! Why a fetch failed, in words a person can act on. Every message starts
//! with the URL (shown: sanitised, without credentials) and ends with what
//! to do; a server's own text (a cause from TLS or the socket) is escaped
//! before it is kept. `Retry-After` on 429 and 503 is parsed here, in both
//! its forms, and handed to the caller rather than slept on.

use std::io;
use std::time::{Duration, SystemTime};

use ureq::http::{HeaderMap, StatusCode};

use super::address::Address;
use super::Options;
use newsreader_core::visible;

/// A failed [`Client::get`](super::Client::get).
#[derive(thiserror::Error, Debug)]
pub enum FetchError {
    #[error(
        "{url}: not a web address ({reason}); write it in full, starting with https:// or http://"
    )]
    BadUrl { url: String, reason: String },
    #[error("{url}: only http and https addresses are fetched, not {scheme}: addresses")]
    Scheme { url: String, scheme: String },
    #[error("{url}: redirects to {to}, which is refused: {reason}")]
    BadRedirect {
        url: String,
        to: String,
        reason: String,
    },
    #[error("{url}: host {host} not found: check the address, and that the network is up")]
    Dns { url: String, host: String },
    #[error(
        "{url}: connection refused: the server is down or the address is wrong; try again later"
    )]
    Refused { url: String },
    #[error("{url}: could not connect ({cause}): check the network, or try again later")]
    Connect { url: String, cause: String },
    #[error("{url}: secure connection (TLS) failed ({cause}): the site's certificate or setup is broken, or something on the network interferes; try again later")]
    Tls { url: String, cause: String },
    #[error("{url}: no connection within {}: the server or the network is down or slow; try again later", human(.after))]
    ConnectTimeout { url: String, after: Duration },
    #[error("{url}: no complete answer within {}: the server is too slow; try again later", human(.after))]
    Timeout { url: String, after: Duration },
    #[error("{url}: the response is larger than {} and was not kept", bytes(*.limit))]
    TooLarge { url: String, limit: u64 },
    #[error("{url}: the compressed response expands past {} (a decompression bomb?) and was not kept", bytes(*.limit))]
    DecompressionBomb { url: String, limit: u64 },
    #[error("{url}: more than {max} redirects: open it in a browser to see where it leads, and use that address")]
    TooManyRedirects { url: String, max: u32 },
    #[error(
        "{url}: redirects in a loop (back to {to}): the site is misconfigured; try again later"
    )]
    RedirectLoop { url: String, to: String },
    #[error("{url}: not found (404): check the address; if it stays gone, unsubscribe?")]
    NotFound { url: String },
    #[error("{url}: gone (410): the site removed it for good; unsubscribe?")]
    Gone { url: String },
    #[error("{url}: too many requests (429): {}", wait(.retry_after))]
    RateLimited {
        url: String,
        retry_after: Option<Duration>,
    },
    #[error("{url}: server error {status}: the site has trouble; {}", wait(.retry_after))]
    Server {
        url: String,
        status: u16,
        retry_after: Option<Duration>,
    },
    #[error("{url}: the server answered {status}{}", status_hint(*.status))]
    Status { url: String, status: u16 },
    #[error("{url}: the response is compressed as {encoding}, which newsreader cannot read")]
    Encoding { url: String, encoding: String },
    #[error("{url}: the compressed response is corrupt ({cause}); try again later")]
    Corrupt { url: String, cause: String },
    #[error(
        "{url}: the server's answer is not valid HTTP ({cause}); try again later, or tell the site"
    )]
    Protocol { url: String, cause: String },
    #[error("{url}: the connection failed ({cause}); try again later")]
    Network { url: String, cause: String },
}

impl FetchError {
    /// How long the server asked to wait before the next try (429 or 5xx
    /// with `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::RateLimited { retry_after, .. }
            | FetchError::Server { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// The URL the error is about, as shown in its message.
    pub fn url(&self) -> &str {
        match self {
            FetchError::BadUrl { url, .. }
            | FetchError::Scheme { url, .. }
            | FetchError::BadRedirect { url, .. }
            | FetchError::Dns { url, .. }
            | FetchError::Refused { url }
            | FetchError::Connect { url, .. }
            | FetchError::Tls { url, .. }
            | FetchError::ConnectTimeout { url, .. }
            | FetchError::Timeout { url, .. }
            | FetchError::TooLarge { url, .. }
            | FetchError::DecompressionBomb { url, .. }
            | FetchError::TooManyRedirects { url, .. }
            | FetchError::RedirectLoop { url, .. }
            | FetchError::NotFound { url }
            | FetchError::Gone { url }
            | FetchError::RateLimited { url, .. }
            | FetchError::Server { url, .. }
            | FetchError::Status { url, .. }
            | FetchError::Encoding { url, .. }
            | FetchError::Corrupt { url, .. }
            | FetchError::Protocol { url, .. }
            | FetchError::Network { url, .. } => url,
        }
    }

    /// An answer that is neither 2xx, 304 nor a redirect.
    pub(super) fn from_status(address: &Address, status: u16, headers: &HeaderMap) -> FetchError {
        let url = address.shown();
        let retry_after = || {
            headers
                .get(ureq::http::header::RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| retry_after(value, SystemTime::now()))
        };
        match status {
            404 => FetchError::NotFound { url },
            410 => FetchError::Gone { url },
            429 => FetchError::RateLimited {
                url,
                retry_after: retry_after(),
            },
            500..=599 => FetchError::Server {
                url,
                status,
                retry_after: retry_after(),
            },
            _ => FetchError::Status { url, status },
        }
    }

    /// A failure of the request itself (before an answer's head arrived).
    pub(super) fn from_ureq(
        address: &Address,
        cause: ureq::Error,
        options: &Options,
    ) -> FetchError {
        let url = address.shown();
        let text = |cause: &dyn std::fmt::Display| visible(&cause.to_string()).into_owned();
        match cause {
            ureq::Error::Timeout(ureq::Timeout::Connect | ureq::Timeout::Resolve) => {
                FetchError::ConnectTimeout {
                    url,
                    after: options.connect_timeout,
                }
            }
            ureq::Error::Timeout(_) => FetchError::Timeout {
                url,
                after: options.total_timeout,
            },
            ureq::Error::HostNotFound => FetchError::Dns {
                url,
                host: address.host(),
            },
            ureq::Error::Io(cause) => FetchError::from_io(address, cause, options),
            ureq::Error::Tls(cause) => FetchError::Tls {
                url,
                cause: text(&cause),
            },
            ureq::Error::Rustls(cause) => FetchError::Tls {
                url,
                cause: text(&cause),
            },
            ureq::Error::Pem(cause) => FetchError::Tls {
                url,
                cause: text(&cause),
            },
            ureq::Error::TlsRequired => FetchError::Tls {
                url,
                cause: "no TLS on an https connection".to_string(),
            },
            ureq::Error::ConnectionFailed => FetchError::Connect {
                url,
                cause: "no address answered".to_string(),
            },
            ureq::Error::BadUri(cause) => FetchError::BadUrl {
                url,
                reason: text(&cause),
            },
            cause @ (ureq::Error::Protocol(_)
            | ureq::Error::LargeResponseHeader(..)
            | ureq::Error::Http(_)) => FetchError::Protocol {
                url,
                cause: text(&cause),
            },
            cause => FetchError::Network {
                url,
                cause: text(&cause),
            },
        }
    }

    /// A socket error, or a ureq error that came back through `io::Read`.
    pub(super) fn from_io(address: &Address, cause: io::Error, options: &Options) -> FetchError {
        if cause
            .get_ref()
            .is_some_and(|inner| inner.is::<ureq::Error>())
        {
            if let Some(Ok(inner)) = cause
                .into_inner()
                .map(|inner| inner.downcast::<ureq::Error>())
            {
                return FetchError::from_ureq(address, *inner, options);
            }
            return FetchError::Network {
                url: address.shown(),
                cause: "unknown".to_string(),
            };
        }
        let url = address.shown();
        let text = visible(&cause.to_string()).into_owned();
        // rustls reports a failed handshake through `io::Read`.
        if cause
            .get_ref()
            .is_some_and(|inner| inner.is::<rustls::Error>())
        {
            return FetchError::Tls { url, cause: text };
        }
        match cause.kind() {
            io::ErrorKind::ConnectionRefused => FetchError::Refused { url },
            io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => FetchError::Timeout {
                url,
                after: options.total_timeout,
            },
            io::ErrorKind::HostUnreachable
            | io::ErrorKind::NetworkUnreachable
            | io::ErrorKind::AddrNotAvailable
            | io::ErrorKind::NetworkDown => FetchError::Connect { url, cause: text },
            _ => FetchError::Network { url, cause: text },
        }
    }
}

/// The longest wait a `Retry-After` is taken at: more is nonsense, and a
/// caller can always add the wait to the current time without overflow.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(7 * 24 * 3600);

/// `Retry-After`: delay-seconds, or an HTTP-date (a date already past
/// means now), at most [`MAX_RETRY_AFTER`]. Anything else is ignored.
pub(super) fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    let wait = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        Duration::from_secs(value.parse().unwrap_or(u64::MAX))
    } else {
        let at = httpdate::parse_http_date(value).ok()?;
        at.duration_since(now).unwrap_or(Duration::ZERO)
    };
    Some(wait.min(MAX_RETRY_AFTER))
}

fn wait(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(after) => format!("it asks to wait {} before trying again", human(after)),
        None => "try again later".to_string(),
    }
}

fn human(after: &Duration) -> String {
    let seconds = after.as_secs() + u64::from(after.subsec_nanos() > 0);
    match seconds {
        0..120 => format!("{seconds} s"),
        120..7200 => format!("{} min", seconds.div_ceil(60)),
        _ => format!("{} h", seconds.div_ceil(3600)),
    }
}

fn bytes(limit: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if limit >= MIB && limit.is_multiple_of(MIB) {
        format!("{} MiB", limit / MIB)
    } else if limit >= 1024 && limit.is_multiple_of(1024) {
        format!("{} KiB", limit / 1024)
    } else {
        format!("{limit} bytes")
    }
}

fn status_hint(status: u16) -> String {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|code| code.canonical_reason())
        .map(|reason| format!(" ({reason})"))
        .unwrap_or_default();
    let hint = match status {
        401 => "it needs a login: put user:password@ in the address",
        403 => "it refuses access; the site may block feed readers",
        300..=399 => "a redirect without a usable Location; tell the site",
        400..=499 => "check the address",
        _ => "try again later",
    };
    format!("{reason}: {hint}")
}

#[cfg(test)]
mod tests;
