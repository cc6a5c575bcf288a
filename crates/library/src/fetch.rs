//! The HTTP transport: one `GET` of a feed or page, done the way a
//! stranger's server needs. Only `http`/`https` (every redirect hop is
//! checked again before any I/O), conditional requests from the validators
//! the last fetch kept (a 304 costs one round trip and no body), redirects
//! followed here so a loop is named as one, a connect and a total timeout,
//! a size limit on the decompressed bytes, a bounded number of connections
//! overall and per host, and `Retry-After` handed back in the error rather
//! than slept on: the caller decides when to try again.
//!
//! Errors name the URL as a person can be shown it (sanitised, no
//! `user:pass@`) and say what to do. Nothing here touches the library or
//! the terminal.

mod address;
mod body;
mod error;
mod limits;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};
use ureq::http::header;

pub use error::{FetchError, MAX_RETRY_AFTER};

use address::Address;
use limits::Limits;

/// How a [`Client`] behaves. `Default` suits a feed reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Longest wait for one connection (DNS, TCP and TLS).
    pub connect_timeout: Duration,
    /// Longest a whole `get` may take once it starts, redirects and body
    /// included (waiting for a free connection slot is not counted).
    pub total_timeout: Duration,
    /// Most bytes of a body kept, counted after decompression.
    pub max_bytes: u64,
    /// Most redirects followed for one `get`.
    pub max_redirects: u32,
    /// Most requests in flight at once, over all hosts.
    pub max_connections: usize,
    /// Most requests in flight at once to one host (and port).
    pub max_per_host: usize,
    /// The `User-Agent` header sent.
    pub user_agent: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_bytes: 16 * 1024 * 1024,
            max_redirects: 5,
            max_connections: 8,
            max_per_host: 2,
            user_agent: user_agent(),
        }
    }
}

/// `newsreader/VERSION`, so a site's operator can tell who is fetching.
pub fn user_agent() -> String {
    concat!(
        "newsreader/",
        env!("CARGO_PKG_VERSION"),
        " (terminal news reader)"
    )
    .to_string()
}

/// What a server said identifies the version it sent (`ETag`,
/// `Last-Modified`), kept with what was fetched and sent back next time so
/// an unchanged feed answers 304 with no body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

impl Validators {
    /// Whether there is anything to send.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// The outcome of a successful `get`.
#[derive(Debug)]
pub enum Fetched {
    /// 304: what the validators name is still current.
    NotModified,
    /// A 2xx answer and its whole body.
    Body(Response),
}

/// A 2xx answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// Where the body came from after redirects, without credentials.
    pub final_url: String,
    pub status: u16,
    /// The `Content-Type` header as sent (charset included).
    pub content_type: Option<String>,
    /// This answer's `ETag` and `Last-Modified`, to send next time.
    pub validators: Validators,
    /// The body, decompressed; at most `Options::max_bytes`.
    pub body: Vec<u8>,
    pub fetched_at: SystemTime,
}

/// The HTTP client. Cloning is cheap and clones share the connection pool
/// and the connection limits, as do threads sharing a reference.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl Default for Client {
    fn default() -> Self {
        Client::new(Options::default())
    }
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("options", &self.inner.options)
            .finish_non_exhaustive()
    }
}

struct Inner {
    agent: ureq::Agent,
    options: Options,
    limits: Limits,
}

impl Client {
    pub fn new(options: Options) -> Client {
        let max_connections = options.max_connections.max(1);
        let max_per_host = options.max_per_host.clamp(1, max_connections);
        let config = ureq::Agent::config_builder()
            // Redirects are followed in `get`, which checks every hop.
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(options.user_agent.as_str())
            .accept_encoding("gzip, deflate")
            .timeout_resolve(Some(options.connect_timeout))
            .timeout_connect(Some(options.connect_timeout))
            .max_idle_connections(max_connections)
            .max_idle_connections_per_host(max_per_host)
            .build();
        Client {
            inner: Arc::new(Inner {
                agent: config.new_agent(),
                limits: Limits::new(max_connections, max_per_host),
                options,
            }),
        }
    }

    pub fn options(&self) -> &Options {
        &self.inner.options
    }

    /// `GET url`, sending `validators` as `If-None-Match` /
    /// `If-Modified-Since`. Blocks until the answer is complete, an error,
    /// or `total_timeout`; waits first while the connection limits are
    /// reached.
    pub fn get(&self, url: &str, validators: &Validators) -> Result<Fetched, FetchError> {
        let options = &self.inner.options;
        let first = Address::parse(url)?;
        let mut seen = HashSet::from([first.key()]);
        let mut current = first.clone();
        let mut started: Option<Instant> = None;
        let mut redirects = 0u32;
        loop {
            let permit = self.inner.limits.acquire(&current.host_key());
            let start = *started.get_or_insert_with(Instant::now);
            let remaining = options.total_timeout.saturating_sub(start.elapsed());
            if remaining.is_zero() {
                return Err(FetchError::Timeout {
                    url: current.shown(),
                    after: options.total_timeout,
                });
            }
            let hop = self.hop(&current, validators, remaining)?;
            drop(permit);
            match hop {
                Hop::Done(fetched) => return Ok(fetched),
                Hop::Redirect(location) => {
                    let next = current.redirect(&location)?;
                    if !seen.insert(next.key()) {
                        return Err(FetchError::RedirectLoop {
                            url: current.shown(),
                            to: next.shown(),
                        });
                    }
                    redirects += 1;
                    if redirects > options.max_redirects {
                        return Err(FetchError::TooManyRedirects {
                            url: first.shown(),
                            max: options.max_redirects,
                        });
                    }
                    current = next;
                }
            }
        }
    }

    /// One request and its answer, under a held connection permit.
    fn hop(
        &self,
        address: &Address,
        validators: &Validators,
        remaining: Duration,
    ) -> Result<Hop, FetchError> {
        let options = &self.inner.options;
        let mut request = self.inner.agent.get(address.as_str());
        // A validator that is no valid header value (edited by hand, say)
        // is left out rather than failing the request.
        let sendable = |value: &Option<String>| {
            value
                .as_deref()
                .and_then(|value| header::HeaderValue::from_str(value).ok())
        };
        if let Some(etag) = sendable(&validators.etag) {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(date) = sendable(&validators.last_modified) {
            request = request.header(header::IF_MODIFIED_SINCE, date);
        }
        let response = request
            .config()
            .timeout_global(Some(remaining))
            .build()
            .call()
            .map_err(|cause| FetchError::from_ureq(address, cause, options))?;
        let status = response.status().as_u16();
        let headers = response.headers();
        let text = |name: header::HeaderName| {
            headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        match status {
            304 => Ok(Hop::Done(Fetched::NotModified)),
            // A Location in bytes that are not ASCII is read as UTF-8;
            // the URL parser percent-encodes what it must.
            301 | 302 | 303 | 307 | 308 => match headers
                .get(header::LOCATION)
                .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
            {
                Some(location) => Ok(Hop::Redirect(location)),
                None => Err(FetchError::Status {
                    url: address.shown(),
                    status,
                }),
            },
            200..=299 => {
                let content_type = text(header::CONTENT_TYPE);
                let validators = Validators {
                    etag: text(header::ETAG),
                    last_modified: text(header::LAST_MODIFIED),
                };
                let body = body::read(address, response, options)?;
                Ok(Hop::Done(Fetched::Body(Response {
                    final_url: address.shown_plain(),
                    status,
                    content_type,
                    validators,
                    body,
                    fetched_at: SystemTime::now(),
                })))
            }
            _ => Err(FetchError::from_status(address, status, headers)),
        }
    }
}

enum Hop {
    Done(Fetched),
    Redirect(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_and_its_errors_can_be_shared_across_threads() {
        fn shareable<T: Send + Sync + 'static>() {}
        shareable::<Client>();
        shareable::<FetchError>();
        shareable::<Fetched>();
    }

    #[test]
    fn the_default_user_agent_names_newsreader_and_its_version() {
        let agent = Options::default().user_agent;
        assert!(
            agent.starts_with(&format!("newsreader/{} ", env!("CARGO_PKG_VERSION"))),
            "{agent}"
        );
    }
}
