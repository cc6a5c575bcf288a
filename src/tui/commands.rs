//! The command table: every action a key can trigger, once, with its
//! config name, its default keys, the comment the default config gives it,
//! its row in the `?` overlay and what it does while the overlay is open.
//! The default [`KeyMap`](super::keymap::KeyMap), the config's `[keys]`
//! names and text, the overlay's key rows and its key filter are all read
//! from [`SECTIONS`], so adding a key is an [`Action`] variant, a row here
//! and an arm in `update`.

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
use super::keymap::Key;

/// What a command's keys do while the help overlay is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverOverlay {
    /// Act as usual: moving, scrolling and closing make sense there.
    Act,
    /// Do nothing: the command is about the panes hidden under it.
    Ignore,
    /// Close the overlay, as Esc does (the quit keys close it first).
    Close,
}

/// Where a command shows in the overlay's key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// Not placed yet; a test rejects a table row left like this.
    Missing,
    /// Rows of its own: (its keys as they read with the defaults, what
    /// they do). The keys are hand-picked: the memorable ones in a
    /// readable order (`j k ↑ ↓`), leaving out the Emacs-style extras so
    /// the column stays narrow; shown only while the row's actions keep
    /// their default keys.
    Rows(&'static [(&'static str, &'static str)]),
    /// On the rows of the command before it (`up` beside `down`).
    WithPrevious,
}

/// One command: an action a key can trigger and everything said about it.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub action: Action,
    /// Its name in the config's `[keys]` table.
    pub name: &'static str,
    /// Its default keys, the first the one shown first.
    pub keys: &'static [Key],
    /// The comment beside it in the default config.
    pub about: &'static str,
    pub help: Help,
    pub over_overlay: OverOverlay,
}

const fn cmd(action: Action, name: &'static str, keys: &'static [Key]) -> Command {
    Command {
        action,
        name,
        keys,
        about: "",
        help: Help::Missing,
        over_overlay: OverOverlay::Act,
    }
}

impl Command {
    const fn about(mut self, about: &'static str) -> Command {
        self.about = about;
        self
    }

    /// Its rows in the overlay: `(keys, what)` each.
    const fn help(mut self, rows: &'static [(&'static str, &'static str)]) -> Command {
        self.help = Help::Rows(rows);
        self
    }

    /// Shown on the rows of the command before it.
    const fn with_previous(mut self) -> Command {
        self.help = Help::WithPrevious;
        self
    }

    const fn ignored_over_overlay(mut self) -> Command {
        self.over_overlay = OverOverlay::Ignore;
        self
    }

    const fn closes_overlay(mut self) -> Command {
        self.over_overlay = OverOverlay::Close;
        self
    }
}

const fn c(ch: char) -> Key {
    Key::char(ch)
}

const fn p(code: KeyCode) -> Key {
    Key::plain(code)
}

const fn ctrl(ch: char) -> Key {
    Key::ctrl(ch)
}

use Action as A;
use KeyCode as K;

/// (overlay heading, its commands), in the order the overlay shows them
/// and the default config lists them. Resize, Scroll, Click, Dwell and the
/// search prompt's editing come from the terminal, the clock or the prompt,
/// never from a bindable key, and have no row.
pub const SECTIONS: &[(&str, &[Command])] = &[
    (
        "Move",
        &[
            cmd(A::Down, "down", &[c('j'), p(K::Down), ctrl('n')])
                .about("move the selection down or scroll")
                .help(&[("j k ↑ ↓", "move the selection or scroll")]),
            cmd(A::Up, "up", &[c('k'), p(K::Up), ctrl('p')])
                .about("move the selection up or scroll")
                .with_previous(),
            cmd(
                A::PageDown,
                "page_down",
                &[p(K::PageDown), c(' '), ctrl('d'), ctrl('f')],
            )
            .about("page down")
            .help(&[("Space PgDn PgUp b", "page down / up")]),
            cmd(
                A::PageUp,
                "page_up",
                &[p(K::PageUp), c('b'), ctrl('u'), ctrl('b')],
            )
            .about("page up")
            .with_previous(),
            cmd(A::Top, "top", &[c('g'), p(K::Home)])
                .about("go to the top")
                .help(&[("g G Home End", "top / bottom")]),
            cmd(A::Bottom, "bottom", &[c('G'), p(K::End)])
                .about("go to the bottom")
                .with_previous(),
            cmd(
                A::FocusNext,
                "focus_next",
                &[p(K::Tab), p(K::Right), c('l')],
            )
            .about("next pane (to the right)")
            .help(&[
                ("Tab Shift-Tab", "next / previous pane"),
                ("l h → ←", "pane to the right / left"),
            ]),
            cmd(
                A::FocusPrev,
                "focus_prev",
                &[p(K::BackTab), p(K::Left), c('h')],
            )
            .about("previous pane (to the left)")
            .with_previous(),
            cmd(A::Enter, "enter", &[p(K::Enter)])
                .about("open the article, select the entity")
                .help(&[("Enter", "open article · select entity")]),
        ],
    ),
    (
        "Quotes and names",
        &[
            cmd(A::NextQuote, "next_quote", &[c(']')])
                .about("next quote")
                .help(&[("] [", "next / previous quote")])
                .ignored_over_overlay(),
            cmd(A::PrevQuote, "prev_quote", &[c('[')])
                .about("previous quote")
                .with_previous()
                .ignored_over_overlay(),
            cmd(A::NextSpeaker, "next_speaker", &[c('}')])
                .about("next quote by another speaker")
                .help(&[("} {", "next / previous quote by another speaker")])
                .ignored_over_overlay(),
            cmd(A::PrevSpeaker, "prev_speaker", &[c('{')])
                .about("previous quote by another speaker")
                .with_previous()
                .ignored_over_overlay(),
            cmd(A::SearchStart, "search", &[c('/')])
                .about("search the library (from the list) or the article")
                .help(&[("/", "search the library (list) · the article (reader)")])
                .ignored_over_overlay(),
            cmd(A::NextMatch, "next_match", &[c('n')])
                .about("next search match, else quote or mention of the entity")
                .help(&[("n N", "next / previous match, else quote or mention")])
                .ignored_over_overlay(),
            cmd(A::PrevMatch, "prev_match", &[c('N')])
                .about("previous search match, else quote or mention")
                .with_previous()
                .ignored_over_overlay(),
            cmd(A::ToggleStops, "toggle_mentions", &[c('t')])
                .about("n/N: a speaker's mentions instead of quotes, or back")
                .help(&[("t", "n N: mentions instead of quotes, or back")])
                .ignored_over_overlay(),
            cmd(A::Escape, "escape", &[p(K::Esc)])
                .about("close the help, else clear the search, a found list or the highlight")
                .help(&[("Esc", "clear the search, a found list, the highlight")]),
        ],
    ),
    (
        "Across the library",
        &[
            cmd(A::Mentions, "mentions", &[c('m')])
                .about("list the articles mentioning the selected entity")
                .help(&[("m", "articles mentioning the selected entity")])
                .ignored_over_overlay(),
            cmd(A::Quotes, "quotes", &[c('"')])
                .about("every quote of the selected person in the library")
                .help(&[("\"", "every quote of the selected person")])
                .ignored_over_overlay(),
            cmd(A::Back, "back", &[p(K::Backspace)])
                .about("back to where the last jump started")
                .help(&[("Backspace", "back to where the last jump started")])
                .ignored_over_overlay(),
        ],
    ),
    (
        "Feeds",
        &[
            cmd(A::Feeds, "feeds", &[c('F')])
                .about("the feeds view: feeds and tags, unread counts, last errors; Enter filters")
                .help(&[(
                    "F",
                    "feeds and tags, unread counts, last errors · Enter filters, Esc clears",
                )])
                .ignored_over_overlay(),
            cmd(A::RefreshFeeds, "refresh_feeds", &[c('R')])
                .about("fetch every subscribed feed in the background")
                .help(&[("R", "refresh the feeds in the background")])
                .ignored_over_overlay(),
            cmd(A::OpenUrl, "open_url", &[c('o')])
                .about("open the article's web address in the browser ($BROWSER)")
                .help(&[("o", "open the article's address in the browser")])
                .ignored_over_overlay(),
            cmd(A::NextUnread, "next_unread", &[c('.')])
                .about("go to the next unread article, across feeds")
                .help(&[(".", "next unread article, across feeds")])
                .ignored_over_overlay(),
            cmd(A::MarkFeedRead, "mark_feed_read", &[c('A')])
                .about("mark every article of the selected feed read")
                .help(&[("A", "mark the selected feed read")])
                .ignored_over_overlay(),
            cmd(A::MarkAllRead, "mark_all_read", &[c('C')])
                .about("mark every article read (press twice)")
                .help(&[("C", "mark everything read (C again to confirm)")])
                .ignored_over_overlay(),
            cmd(A::CopyQuote, "copy_quote", &[c('y')])
                .about("copy the current quote with its speaker and source")
                .help(&[("y", "copy the current quote with speaker and source")])
                .ignored_over_overlay(),
            cmd(A::CycleSort, "sort", &[c('S')])
                .about("sort the list newest first, by title, or as filed")
                .help(&[("S", "sort newest first / by title / as filed")])
                .ignored_over_overlay(),
        ],
    ),
    (
        "Reading state",
        &[
            cmd(A::ToggleRead, "toggle_read", &[c('u')])
                .about("mark the article read / unread")
                .help(&[("u", "mark read / unread (opening marks it read)")])
                .ignored_over_overlay(),
            cmd(A::ToggleStar, "toggle_star", &[c('s')])
                .about("star / unstar the article")
                .help(&[("s", "star / unstar")])
                .ignored_over_overlay(),
            cmd(A::CycleFilter, "filter", &[c('f')])
                .about("show all, unread or starred articles")
                .help(&[("f", "list all / unread / starred articles")])
                .ignored_over_overlay(),
            cmd(A::Refresh, "refresh", &[c('r')])
                .about("reload the opened folders")
                .help(&[("r", "reload: pick up new and changed files")])
                .ignored_over_overlay(),
        ],
    ),
    (
        "View",
        &[
            cmd(A::ToggleSidebar, "toggle_sidebar", &[c('e')])
                .about("show / hide the entity sidebar")
                .help(&[("e", "show / hide the entity sidebar")])
                .ignored_over_overlay(),
            cmd(A::ToggleHelp, "help", &[c('?')])
                .about("show / hide the key help")
                .help(&[("?", "this help")]),
            cmd(A::Quit, "quit", &[c('q')])
                .about("quit (over the help, close it first)")
                .help(&[("q Ctrl-C", "quit (q and Esc close this help first)")])
                .closes_overlay(),
        ],
    ),
];

/// Every command, in table order.
pub fn commands() -> impl Iterator<Item = &'static Command> {
    SECTIONS.iter().flat_map(|(_, cmds)| cmds.iter())
}

/// The command of `action`, if a key can trigger it.
pub fn command(action: Action) -> Option<&'static Command> {
    commands().find(|c| c.action == action)
}

/// The command a config name stands for.
pub fn named(name: &str) -> Option<&'static Command> {
    commands().find(|c| c.name == name)
}

#[cfg(test)]
mod tests;
