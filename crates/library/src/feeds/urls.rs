//! The subscription list: a plain `urls` file a person can edit, in
//! newsboat's habit — one feed per line, `URL [tag ...]`, a tag in double
//! quotes when it holds a space, `#` comments and blank lines.
//!
//! newsreader rewrites the file only to add or remove a feed, and then
//! keeps every other line exactly as it was (comments, blank lines, a line
//! it could not read, a person's own spacing), so editing by hand and by
//! command mix. A rewrite is a temp file in the same folder renamed over the
//! old one: a crash leaves the old list or the new one, never half of one.

use std::fmt;
use std::path::{Path, PathBuf};

use super::write::write_atomic;
use super::FeedsError;

/// One subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub url: String,
    pub tags: Vec<String>,
}

/// A line of the file that could not be read; the others still count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} (line skipped)",
            self.path.display(),
            self.line,
            self.reason
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Line {
    /// A comment, a blank line or one that did not parse: kept verbatim.
    Kept(String),
    /// A subscription and the text it was read from (rewritten only when
    /// new).
    Feed { sub: Subscription, text: String },
}

/// The urls file as read: every line, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlsFile {
    path: PathBuf,
    lines: Vec<Line>,
    /// Lines that did not parse, to report.
    pub bad: Vec<BadLine>,
}

impl UrlsFile {
    /// Read `path`; a file that does not exist is an empty list.
    pub fn load(path: &Path) -> Result<UrlsFile, FeedsError> {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(cause) => {
                return Err(FeedsError::Io {
                    path: path.to_path_buf(),
                    cause,
                })
            }
        };
        Ok(UrlsFile::parse(path, &text))
    }

    /// The list in `text`, read as the file at `path` (named in messages).
    pub fn parse(path: &Path, text: &str) -> UrlsFile {
        let mut lines = Vec::new();
        let mut bad = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                lines.push(Line::Kept(raw.to_string()));
                continue;
            }
            let parsed = parse_line(trimmed).and_then(|sub| {
                if seen.insert(sub.url.clone()) {
                    Ok(sub)
                } else {
                    Err(format!("{} is already listed above", sub.url))
                }
            });
            match parsed {
                Ok(sub) => lines.push(Line::Feed {
                    sub,
                    text: raw.to_string(),
                }),
                Err(reason) => {
                    bad.push(BadLine {
                        path: path.to_path_buf(),
                        line: i + 1,
                        reason,
                    });
                    lines.push(Line::Kept(raw.to_string()));
                }
            }
        }
        UrlsFile {
            path: path.to_path_buf(),
            lines,
            bad,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The subscriptions, in file order.
    pub fn subscriptions(&self) -> impl Iterator<Item = &Subscription> {
        self.lines.iter().filter_map(|l| match l {
            Line::Feed { sub, .. } => Some(sub),
            Line::Kept(_) => None,
        })
    }

    pub fn contains(&self, url: &str) -> bool {
        self.subscriptions().any(|s| s.url == url)
    }

    /// Append `sub`; `false` (and no change) when its URL is already there.
    pub fn push(&mut self, sub: Subscription) -> bool {
        if self.contains(&sub.url) {
            return false;
        }
        let text = format_line(&sub);
        self.lines.push(Line::Feed { sub, text });
        true
    }

    /// Drop the subscription to `url`; `false` when there was none.
    pub fn remove(&mut self, url: &str) -> bool {
        let before = self.lines.len();
        self.lines
            .retain(|l| !matches!(l, Line::Feed { sub, .. } if sub.url == url));
        self.lines.len() != before
    }

    /// The file's text: every line as read, new ones formatted.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            match line {
                Line::Kept(text) | Line::Feed { text, .. } => out.push_str(text),
            }
            out.push('\n');
        }
        out
    }

    /// Write the file back, atomically.
    pub fn save(&self) -> Result<(), FeedsError> {
        write_atomic(&self.path, self.render().as_bytes()).map_err(|cause| FeedsError::Io {
            path: self.path.clone(),
            cause,
        })
    }
}

/// A URL that may be subscribed to: `http`/`https`, with a host, and no
/// whitespace or control characters (it has to fit on one line of the
/// file).
pub fn check_url(url: &str) -> Result<(), String> {
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else {
        return Err(format!("{url:?} is not an http:// or https:// address"));
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"')
    {
        return Err(format!(
            "{url:?} holds spaces, quotes or control characters"
        ));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.ends_with('@') {
        return Err(format!("{url:?} names no host"));
    }
    Ok(())
}

/// `URL tag "tag with spaces"` → its parts.
fn parse_line(line: &str) -> Result<Subscription, String> {
    let words = split_words(line)?;
    let mut words = words.into_iter();
    let url = words.next().unwrap_or_default();
    check_url(&url)?;
    let mut tags: Vec<String> = Vec::new();
    for tag in words {
        if tag.is_empty() || tags.contains(&tag) {
            continue;
        }
        tags.push(tag);
    }
    Ok(Subscription { url, tags })
}

/// Words split at unquoted whitespace; `"…"` quotes, `\"` and `\\` escape
/// inside quotes. A `#` that starts a word ends the line (a comment).
fn split_words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        match chars.peek() {
            None | Some('#') => break,
            Some('"') => {
                chars.next();
                let mut word = String::new();
                loop {
                    match chars.next() {
                        None => return Err("a quote is not closed".to_string()),
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c) => word.push(c),
                            None => return Err("a quote is not closed".to_string()),
                        },
                        Some(c) => word.push(c),
                    }
                }
                if chars.peek().is_some_and(|c| !c.is_whitespace()) {
                    return Err("a closing quote is followed by more text".to_string());
                }
                words.push(word);
            }
            Some(_) => {
                let mut word = String::new();
                while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                    if c == '"' {
                        return Err("a quote starts in the middle of a word".to_string());
                    }
                    word.push(c);
                }
                words.push(word);
            }
        }
    }
    Ok(words)
}

/// A subscription as a line of the file, tags quoted when they need it.
pub fn format_line(sub: &Subscription) -> String {
    let mut line = sub.url.clone();
    for tag in &sub.tags {
        line.push(' ');
        let plain = !tag.is_empty()
            && !tag.starts_with('#')
            && !tag
                .chars()
                .any(|c| c.is_whitespace() || c == '"' || c == '\\');
        if plain {
            line.push_str(tag);
        } else {
            line.push('"');
            for c in tag.chars() {
                if c == '"' || c == '\\' {
                    line.push('\\');
                }
                line.push(c);
            }
            line.push('"');
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> UrlsFile {
        UrlsFile::parse(Path::new("/c/urls"), text)
    }

    #[test]
    fn tags_follow_the_url_and_quotes_hold_spaces() {
        let f = file("https://a.example/feed news \"long reads\" news\n");
        let subs: Vec<_> = f.subscriptions().cloned().collect();
        assert_eq!(
            subs,
            vec![Subscription {
                url: "https://a.example/feed".into(),
                tags: vec!["news".into(), "long reads".into()],
            }]
        );
        assert!(f.bad.is_empty());
    }

    #[test]
    fn comments_blank_and_bad_lines_survive_a_rewrite() {
        let text = "# my feeds\n\nhttps://a.example/rss  tech   # spaced\nftp://nope\nhttps://b.example/x \"open\n";
        let mut f = file(text);
        assert_eq!(f.bad.len(), 2);
        assert_eq!(f.bad[0].line, 4);
        assert_eq!(f.bad[1].line, 5);
        assert!(f.bad[1]
            .to_string()
            .starts_with("/c/urls:5: a quote is not closed"));
        assert_eq!(f.render(), text);
        assert!(f.push(Subscription {
            url: "https://c.example/feed".into(),
            tags: vec!["a b".into(), "q\"uote".into()],
        }));
        let expected = format!("{text}https://c.example/feed \"a b\" \"q\\\"uote\"\n");
        assert_eq!(f.render(), expected);
        // What was written reads back the same.
        let again = file(&f.render());
        let last = again.subscriptions().last().cloned();
        assert_eq!(
            last.map(|s| s.tags),
            Some(vec!["a b".into(), "q\"uote".into()])
        );
        assert!(f.remove("https://a.example/rss"));
        assert!(!f.render().contains("a.example"));
        assert!(f.render().starts_with("# my feeds\n\nftp://nope\n"));
    }

    #[test]
    fn duplicates_are_refused() {
        let mut f = file("https://a.example/rss\nhttps://a.example/rss x\n");
        assert_eq!(f.subscriptions().count(), 1);
        assert_eq!(f.bad.len(), 1);
        assert!(!f.push(Subscription {
            url: "https://a.example/rss".into(),
            tags: vec![],
        }));
    }

    #[test]
    fn only_http_urls_with_a_host() {
        assert!(check_url("https://a.example/feed").is_ok());
        assert!(check_url("HTTP://a.example").is_ok());
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "https://",
            "http:// x",
            "a.example",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }
}
