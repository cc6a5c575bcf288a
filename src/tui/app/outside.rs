//! What the reader asks of the world outside the terminal: `o` opens the
//! article's address in the browser, `y` copies the current quote. `update`
//! only decides what to do and leaves it in [`App::outside`]; the loop
//! does it (see [`crate::tui::browser`]) and says how it went.

use super::{App, Entry};
use crate::tui::origin;

/// A request for the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outside {
    /// Open this web address in the browser.
    Open(String),
    /// Put `text` on the clipboard; `said` is what the status bar says.
    Copy { text: String, said: String },
}

impl App {
    /// `o`: ask the loop to open the selected article's address.
    pub(super) fn open_url(&mut self) {
        let url = self
            .entries
            .get(self.selected)
            .and_then(Entry::url)
            .or_else(|| self.article().and_then(|a| a.url.as_deref()))
            .map(str::to_string);
        match url {
            None => self.message = Some("this article has no web address".to_string()),
            Some(url) if !origin::is_web(&url) => {
                self.message = Some(format!("not opened: not an http(s) address: {url}"))
            }
            Some(url) => self.outside = Some(Outside::Open(url)),
        }
    }

    /// `y`: the current quote with its speaker and source, for the
    /// clipboard: `“…” — Speaker, Feed/Title, URL`.
    pub(super) fn copy_quote(&mut self) {
        let Some(article) = self.article() else {
            self.message = Some("nothing to copy: no article open".to_string());
            return;
        };
        let Some(q) = self.current_quote().and_then(|q| article.quotes.get(q)) else {
            self.message =
                Some("no quote selected: ] or [ picks one, then y copies it".to_string());
            return;
        };
        let entry = self.entries.get(self.selected);
        let speaker = q.speaker.as_deref().unwrap_or("unattributed");
        let title = if article.title.trim().is_empty() {
            "(no title)"
        } else {
            article.title.as_str()
        };
        let source = match entry.and_then(Entry::feed) {
            Some(feed) => format!("{feed}/{title}"),
            None => title.to_string(),
        };
        let mut text = format!("“{}” — {speaker}, {source}", q.text);
        if let Some(url) = entry.and_then(Entry::url) {
            text.push_str(", ");
            text.push_str(url);
        }
        let words = q.text.split_whitespace().count();
        let said = format!("copied a quote of {words} words by {speaker}");
        self.outside = Some(Outside::Copy { text, said });
    }

    /// Take the request for the loop.
    #[cfg(test)]
    pub(super) fn take_outside(&mut self) -> Option<Outside> {
        self.outside.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;

    fn app(url: Option<&str>) -> App {
        let text = "Kim visits Russia\n\n“We come in peace,” said Ann Lee, the envoy.\n";
        let mut article = crate::loader::parse("/lib/1.txt", text);
        article.url = url.map(Into::into);
        article.feed = Some("Example News".into());
        App::with_size(vec![article], vec![], 120, 30)
    }

    #[test]
    fn o_asks_the_loop_to_open_a_web_address_only() {
        let mut a = app(Some("https://example.com/kim"));
        a.update(Action::OpenUrl);
        assert_eq!(
            a.take_outside(),
            Some(Outside::Open("https://example.com/kim".to_string()))
        );
        let mut a = app(None);
        a.update(Action::OpenUrl);
        assert_eq!(a.take_outside(), None);
        assert_eq!(
            a.message.as_deref(),
            Some("this article has no web address")
        );
        let mut a = app(Some("javascript:alert(1)"));
        a.update(Action::OpenUrl);
        assert_eq!(a.take_outside(), None);
        assert!(a.message.as_deref().unwrap_or("").starts_with("not opened"));
    }

    #[test]
    fn y_copies_the_current_quote_with_speaker_and_source() {
        let mut a = app(Some("https://example.com/kim"));
        a.update(Action::CopyQuote);
        assert_eq!(a.take_outside(), None, "no quote selected yet");
        assert!(a.message.as_deref().unwrap_or("").contains("] or ["));
        a.update(Action::NextQuote);
        a.update(Action::CopyQuote);
        let Some(Outside::Copy { text, said }) = a.take_outside() else {
            panic!("nothing to copy");
        };
        assert_eq!(
            text,
            "“We come in peace,” — Ann Lee, Example News/Kim visits Russia, https://example.com/kim"
        );
        assert_eq!(said, "copied a quote of 4 words by Ann Lee");
    }
}
