//! A URL as it is fetched and as it is shown. Every address, the first and
//! each redirect hop, is parsed and checked here before any I/O: only
//! `http` and `https` with a host, so a `file:`, `javascript:` or `ftp:`
//! link, first or redirected to, never reaches the network code. The shown
//! form drops `user:pass@`, escapes anything a terminal would act on, and
//! is cut to a length an error line can carry.

use std::borrow::Cow;

use url::Url;

use super::FetchError;
use newsreader_core::visible;

/// Longest URL shown in a message, in characters.
const SHOWN_CHARS: usize = 300;

/// A checked `http`/`https` URL, fragment removed (it is never sent).
#[derive(Clone, Debug)]
pub(super) struct Address {
    url: Url,
}

impl Address {
    /// `raw` as the first address of a `get`.
    pub(super) fn parse(raw: &str) -> Result<Address, FetchError> {
        let url = Url::parse(raw.trim()).map_err(|cause| FetchError::BadUrl {
            url: shown(raw),
            reason: cause.to_string(),
        })?;
        Address::checked(url).map_err(|refusal| match refusal {
            Refusal::Scheme(scheme) => FetchError::Scheme {
                url: shown(raw),
                scheme,
            },
            Refusal::NoHost => FetchError::BadUrl {
                url: shown(raw),
                reason: "no host".to_string(),
            },
        })
    }

    /// Where a `Location` header sent from this address leads.
    pub(super) fn redirect(&self, location: &str) -> Result<Address, FetchError> {
        let refused = |reason: String| FetchError::BadRedirect {
            url: self.shown(),
            to: shown(location),
            reason,
        };
        let url = self
            .url
            .join(location.trim())
            .map_err(|cause| refused(format!("not a web address ({cause})")))?;
        Address::checked(url).map_err(|refusal| match refusal {
            Refusal::Scheme(scheme) => refused(format!(
                "only http and https addresses are fetched, not {}:",
                visible(&scheme)
            )),
            Refusal::NoHost => refused("no host".to_string()),
        })
    }

    fn checked(mut url: Url) -> Result<Address, Refusal> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Refusal::Scheme(url.scheme().to_string()));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(Refusal::NoHost);
        }
        url.set_fragment(None);
        Ok(Address { url })
    }

    /// The URL sent (credentials included: the client turns them into a
    /// `Authorization` header for this host only).
    pub(super) fn as_str(&self) -> &str {
        self.url.as_str()
    }

    /// The host and port whose connections are counted together.
    pub(super) fn host_key(&self) -> String {
        format!(
            "{}:{}",
            self.url.host_str().unwrap_or_default(),
            self.url.port_or_known_default().unwrap_or_default()
        )
    }

    /// The host alone, for a DNS message.
    pub(super) fn host(&self) -> String {
        visible(self.url.host_str().unwrap_or_default()).into_owned()
    }

    /// What identifies the resource, to recognise a redirect loop.
    pub(super) fn key(&self) -> String {
        self.url.as_str().to_string()
    }

    /// The URL without credentials, as stored with what was fetched. The
    /// `url` crate's serialisation is ASCII with everything else
    /// percent-encoded, so it holds nothing a terminal acts on.
    pub(super) fn shown_plain(&self) -> String {
        let mut url = self.url.clone();
        // Both fail only for URLs that cannot have credentials at all.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        url.as_str().to_string()
    }

    /// The URL as a message shows it.
    pub(super) fn shown(&self) -> String {
        cut(&visible(&self.shown_plain()))
    }
}

enum Refusal {
    Scheme(String),
    NoHost,
}

/// Any string given as a URL, as a message shows it: credentials dropped,
/// escapes made visible, cut to [`SHOWN_CHARS`].
pub(super) fn shown(raw: &str) -> String {
    cut(&visible(&without_credentials(raw.trim())))
}

/// `scheme://user:pass@host/…` without `user:pass@`, found by text alone
/// (the string may not parse as a URL at all).
fn without_credentials(raw: &str) -> Cow<'_, str> {
    let Some(start) = raw.find("://").map(|at| at + 3) else {
        return Cow::Borrowed(raw);
    };
    let rest = &raw[start..];
    let authority = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority].rfind('@') {
        Some(at) => Cow::Owned(format!("{}{}", &raw[..start], &rest[at + 1..])),
        None => Cow::Borrowed(raw),
    }
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_and_https_are_accepted_and_the_fragment_is_not_sent() {
        let address = Address::parse(" https://example.com/feed.xml#top ").unwrap();
        assert_eq!(address.as_str(), "https://example.com/feed.xml");
        assert_eq!(address.host_key(), "example.com:443");
        assert_eq!(
            Address::parse("http://example.com:8080/")
                .unwrap()
                .host_key(),
            "example.com:8080"
        );
    }

    #[test]
    fn other_schemes_are_refused_by_name() {
        for (raw, scheme) in [
            ("file:///etc/passwd", "file"),
            ("javascript:alert(1)", "javascript"),
            ("ftp://example.com/feed", "ftp"),
            ("data:text/html,hi", "data"),
        ] {
            match Address::parse(raw) {
                Err(FetchError::Scheme { scheme: got, .. }) => assert_eq!(got, scheme),
                other => panic!("{raw}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_relative_or_garbled_address_is_a_bad_url() {
        for raw in ["example.com/feed", "", "http://", "http://[::1"] {
            assert!(
                matches!(Address::parse(raw), Err(FetchError::BadUrl { .. })),
                "{raw}"
            );
        }
    }

    #[test]
    fn redirects_resolve_against_the_current_address_and_are_checked() {
        let base = Address::parse("https://example.com/a/feed?x=1").unwrap();
        assert_eq!(
            base.redirect("../b/rss").unwrap().as_str(),
            "https://example.com/b/rss"
        );
        assert_eq!(
            base.redirect("//other.org/x").unwrap().as_str(),
            "https://other.org/x"
        );
        assert_eq!(
            base.redirect("http://plain.org/").unwrap().as_str(),
            "http://plain.org/"
        );
        for location in ["file:///etc/passwd", "javascript:alert(1)", "ftp://x/"] {
            match base.redirect(location) {
                Err(FetchError::BadRedirect { to, reason, .. }) => {
                    assert!(to.starts_with(location.split(':').next().unwrap()));
                    assert!(reason.contains("only http and https"), "{reason}");
                }
                other => panic!("{location}: {other:?}"),
            }
        }
    }

    #[test]
    fn credentials_never_reach_the_shown_form() {
        let address = Address::parse("https://alice:s3cret@example.com/private").unwrap();
        assert_eq!(address.shown(), "https://example.com/private");
        assert_eq!(address.shown_plain(), "https://example.com/private");
        // But they are sent, to this host.
        assert!(address.as_str().contains("alice:s3cret@"));
        assert_eq!(
            shown("gopher://bob:pw@host/x?y@z"),
            "gopher://host/x?y@z",
            "by text alone, for what does not parse"
        );
        assert_eq!(shown("ftp://user@host"), "ftp://host");
        assert_eq!(shown("no scheme at all"), "no scheme at all");
    }

    #[test]
    fn the_shown_form_escapes_controls_and_is_cut() {
        let raw = "javascript:\u{1b}]52;c;evil\u{7}";
        let shown = shown(raw);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{shown}"
        );
        assert!(shown.starts_with("javascript:"));
        let long = format!("https://example.com/{}", "a".repeat(5000));
        let shown = super::shown(&long);
        assert_eq!(shown.chars().count(), SHOWN_CHARS + 1);
        assert!(shown.ends_with('…'));
    }
}
