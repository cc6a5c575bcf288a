//! The key table of the `?` overlay: each row's actions, how it reads
//! with the default keys, and what it does. The single source for the
//! overlay's key rows.

use crate::tui::action::Action;

/// One row of the key table: the actions it documents, how it reads with
/// the default keys, and what the keys do.
pub struct KeyRow {
    pub actions: &'static [Action],
    /// Hand-picked for the default keys: the memorable ones in a readable
    /// order (`j k ↑ ↓`), leaving out the Emacs-style extras so the column
    /// stays narrow. Shown only while the row's actions have their default
    /// keys; remapped rows list the keys from the keymap instead.
    pub default_keys: &'static str,
    pub what: &'static str,
}

const fn row(actions: &'static [Action], default_keys: &'static str, what: &'static str) -> KeyRow {
    KeyRow {
        actions,
        default_keys,
        what,
    }
}

/// (section, rows): the single source for the overlay.
pub const KEYS: &[(&str, &[KeyRow])] = &[
    (
        "Move",
        &[
            row(
                &[Action::Down, Action::Up],
                "j k ↑ ↓",
                "move the selection or scroll",
            ),
            row(
                &[Action::PageDown, Action::PageUp],
                "Space PgDn PgUp b",
                "page down / up",
            ),
            row(
                &[Action::Top, Action::Bottom],
                "g G Home End",
                "top / bottom",
            ),
            row(
                &[Action::FocusNext, Action::FocusPrev],
                "Tab Shift-Tab",
                "next / previous pane",
            ),
            row(
                &[Action::FocusNext, Action::FocusPrev],
                "l h → ←",
                "pane to the right / left",
            ),
            row(&[Action::Enter], "Enter", "open article · select entity"),
        ],
    ),
    (
        "Quotes and names",
        &[
            row(
                &[Action::NextQuote, Action::PrevQuote],
                "] [",
                "next / previous quote",
            ),
            row(
                &[Action::NextSpeaker, Action::PrevSpeaker],
                "} {",
                "next / previous quote by another speaker",
            ),
            row(
                &[Action::SearchStart],
                "/",
                "search the library (list) · the article (reader)",
            ),
            row(
                &[Action::NextMatch, Action::PrevMatch],
                "n N",
                "next / previous match, else quote or mention",
            ),
            row(
                &[Action::ToggleStops],
                "t",
                "n N: mentions instead of quotes, or back",
            ),
            row(
                &[Action::Escape],
                "Esc",
                "clear the search, a found list, the highlight",
            ),
        ],
    ),
    (
        "Across the library",
        &[
            row(
                &[Action::Mentions],
                "m",
                "articles mentioning the selected entity",
            ),
            row(
                &[Action::Quotes],
                "\"",
                "every quote of the selected person",
            ),
            row(
                &[Action::Back],
                "Backspace",
                "back to where the last jump started",
            ),
        ],
    ),
    (
        "Feeds",
        &[
            row(
                &[Action::Feeds],
                "F",
                "feeds and tags, unread counts, last errors · Enter filters, Esc clears",
            ),
            row(
                &[Action::RefreshFeeds],
                "R",
                "refresh the feeds in the background",
            ),
            row(
                &[Action::OpenUrl],
                "o",
                "open the article's address in the browser",
            ),
            row(
                &[Action::NextUnread],
                ".",
                "next unread article, across feeds",
            ),
            row(&[Action::MarkFeedRead], "A", "mark the selected feed read"),
            row(
                &[Action::MarkAllRead],
                "C",
                "mark everything read (C again to confirm)",
            ),
            row(
                &[Action::CopyQuote],
                "y",
                "copy the current quote with speaker and source",
            ),
            row(
                &[Action::CycleSort],
                "S",
                "sort newest first / by title / as filed",
            ),
        ],
    ),
    (
        "Reading state",
        &[
            row(
                &[Action::ToggleRead],
                "u",
                "mark read / unread (opening marks it read)",
            ),
            row(&[Action::ToggleStar], "s", "star / unstar"),
            row(
                &[Action::CycleFilter],
                "f",
                "list all / unread / starred articles",
            ),
            row(
                &[Action::Refresh],
                "r",
                "reload: pick up new and changed files",
            ),
        ],
    ),
    (
        "View",
        &[
            row(
                &[Action::ToggleSidebar],
                "e",
                "show / hide the entity sidebar",
            ),
            row(&[Action::ToggleHelp], "?", "this help"),
            row(
                &[Action::Quit],
                "q Ctrl-C",
                "quit (q and Esc close this help first)",
            ),
            row(&[], "mouse", "wheel scrolls · click selects, again opens"),
        ],
    ),
];
