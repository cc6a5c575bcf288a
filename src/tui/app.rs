//! The one model of the reader and its pure `update`.
//!
//! [`App`] holds everything a frame is drawn from: the articles, what is
//! selected and focused, scroll offsets, the jump cursor, the overlay and
//! the terminal size. [`App::update`] applies a [`Msg`] (an [`Action`], or
//! what a background thread answered; see [`msg`]) without any I/O;
//! derived data (the wrapped [`Doc`](super::doc::Doc), sidebar rows) is
//! rebuilt here when the article or the reader width changes, never while
//! rendering. Quote and entity jumps live in [`jumps`]; the list's other
//! views (a library search, an entity's mentions, a person's quotes),
//! which ask the search thread and take its answers as messages, in
//! [`lookup`]; the back button's places in [`history`].

mod build;
mod entries;
mod feeds;
mod focus;
mod geometry;
mod history;
mod indexing;
mod jumps;
mod lookup;
mod mouse;
mod msg;
mod navigate;
mod notes;
mod order;
mod outside;
mod overlay;
mod read;
mod reading;
mod refreshing;
mod reload;
mod search;
mod stepping;

pub use entries::Entry;
pub use feeds::{group, FeedRow, FeedsView, Picked, Subscribed, LOCAL};
pub use history::Place;
pub use indexing::{Indexing, Prepared};
pub use lookup::{
    quote_rows, Arrival, Found, ListView, Lookup, QuoteRow, Quotes, Quoting, Reply, Request, ToRead,
};
pub use msg::{Effect, Msg};
pub use order::{filed_ranks, natural, Sort};
pub use outside::Outside;
pub use reading::Filter;
pub use search::Search;

use super::action::{Action, KeyContext};
use super::layout::{self, inner, Pane, Panes, Settings};
use super::printable;
use super::theme::Theme;
use super::view::ArticleView;
use std::collections::HashMap;

use crate::article::Article;
use crate::search::IdMap;
use crate::store::{ArticleState, States, Update};

/// A place in the body to jump to and mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// The quote this stop is, when it is one.
    pub quote: Option<usize>,
}

/// What `n`/`N` and the status line refer to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Cursor {
    #[default]
    None,
    /// Position in [`ArticleView::attributed`].
    Quote(usize),
    /// Stepping through one entity's quotes (a speaker) or mentions.
    Entity {
        entity: usize,
        stops: Vec<Stop>,
        pos: usize,
    },
}

#[derive(Debug, Clone)]
pub struct App {
    /// The articles, as the list shows them.
    entries: Vec<Entry>,
    /// Every article's full text, parallel to `entries`, for a small set
    /// opened as a whole (the samples, tests); empty for a library.
    resident: Vec<Article>,
    /// For a library: the one article being read (see `entries`).
    current: Option<Article>,
    /// Why the selected article's file could not be read.
    doc_error: Option<String>,
    /// The article file the loop was asked to read and has not answered.
    asked_doc: Option<(usize, std::path::PathBuf)>,
    /// Files that could not be loaded, as messages (made printable).
    skipped: Vec<String>,
    /// What was opened (the paths, for "No articles in …"), printable;
    /// empty when not known.
    origin: String,
    /// Per article: read, starred, where the reader stopped.
    states: Vec<ArticleState>,
    /// Everything known about reading state, by article key (and text
    /// hash): what the store held at start plus every change since.
    /// Articles that appear later (indexing, reload) take their state
    /// from here.
    known: States,
    /// Background indexing progress, for the status bar.
    indexing: Indexing,
    /// The indexer has finished (or there is none): an empty list now
    /// means there are no articles, not "not yet".
    index_done: bool,
    /// Which articles the list shows.
    filter: Filter,
    /// The articles the list shows, in order: indices into `articles`.
    visible: Vec<usize>,
    /// How the list is sorted, and the entries in that order (indices)
    /// with its inverse, each entry's place; `filed` is each entry's place
    /// by file name (see [`order`]).
    sort: Sort,
    order: Vec<usize>,
    rank: Vec<usize>,
    filed: Vec<usize>,
    /// State changes not yet written to the store; the event loop takes
    /// them before each frame.
    updates: Vec<Update>,
    /// The article the user marked unread while it is open: it stays
    /// unread until they leave it.
    kept_unread: Option<usize>,
    /// `r` was pressed: the loop reloads the articles.
    refresh_requested: bool,
    /// The files listed when `r` was pressed, to count what is new when
    /// the reload ends.
    reload_baseline: Option<reload::ReloadBaseline>,
    /// The bundled samples stand in for an empty library; the status line
    /// keeps saying so.
    showing_samples: bool,
    selected: usize,
    list_offset: usize,
    focus: Pane,
    width: u16,
    height: u16,
    /// Flips the sidebar's default for the current width.
    sidebar_toggled: bool,
    help_open: bool,
    /// First row of the help text shown; kept within its length by `update`.
    help_scroll: usize,
    reader_scroll: usize,
    /// Position in `view.side_entities`.
    side_selected: usize,
    /// First visible row of `view.side_rows`.
    side_offset: usize,
    view: ArticleView,
    cursor: Cursor,
    /// The entity whose mentions are highlighted.
    highlight: Option<usize>,
    /// The `/` search in the open article, while it is up.
    search: Option<Search>,
    /// What the list pane shows: the articles, a search's or an entity's
    /// articles, or a person's quotes.
    list_view: ListView,
    /// Questions for the search thread, taken by the event loop.
    requests: Vec<Request>,
    /// The number of the newest question: older answers are dropped.
    lookup_gen: u64,
    /// Where each article id is listed, for placing search hits.
    ids: IdMap<usize>,
    /// How many entries had an id when `ids` was built: a different count
    /// means the list changed under it.
    ids_from: usize,
    /// Selection and list scroll when `/` was pressed in the list, for Esc.
    before_search: Option<(usize, usize)>,
    /// Where to put the reader once the selected article is shown.
    arrival: Option<Arrival>,
    /// Places to go back to (`Backspace`), newest last.
    history: Vec<Place>,
    /// A one-off note for the status line, cleared by the next action.
    message: Option<String>,
    /// Notes that matter after the status line moved on (a state file
    /// moved aside, search running from memory): the `?` help lists them.
    notes: Vec<String>,
    quit: bool,
    /// The styles every pane draws with.
    theme: Theme,
    /// Layout preferences: sidebar default and width, reading measure.
    settings: Settings,
    keymap: super::keymap::KeyMap,
    /// The feed or tag the list is narrowed to (see [`feeds`]).
    picked: Picked,
    /// Each feed's tags, by feed name, from the subscriptions.
    feed_tags: HashMap<String, Vec<String>>,
    /// The subscribed feeds with their last errors, for the feeds view.
    subscribed: Vec<Subscribed>,
    /// The feeds view, while it is open.
    feeds: Option<FeedsView>,
    /// `C` was pressed once: a second `C` marks everything read.
    confirm_all: bool,
    /// A browser to start or a clipboard to fill, for the loop.
    outside: Option<Outside>,
    /// A refresh can be started (the loop has a refresher).
    can_refresh: bool,
    /// `R` was pressed: the loop starts a refresh.
    refresh_feeds_requested: bool,
    /// The background refresh, for the status bar.
    refreshing: super::refresh::Refreshing,
    /// New articles were saved: the loop indexes the library again once
    /// the current indexing ends.
    reindex_wanted: bool,
}

impl App {
    pub fn article(&self) -> Option<&Article> {
        self.doc(self.selected)
    }

    pub fn key_context(&self) -> KeyContext {
        KeyContext {
            overlay_open: self.help_open,
            prompt_open: self.search.as_ref().is_some_and(|s| s.editing)
                || self.library_prompt_open(),
        }
    }

    /// Apply one action of the user's (or the dwell timer's).
    fn act(&mut self, action: Action) {
        // A resize is not the user acting on the note (the first one comes
        // before anything is drawn), so it keeps the note up.
        let mut confirming = false;
        if !matches!(action, Action::Resize(..) | Action::Dwell) {
            self.message = None;
            confirming = std::mem::take(&mut self.confirm_all);
        }
        if self.help_open {
            self.update_help(action);
            return;
        }
        if self.feeds.is_some() && self.update_feeds(action) {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            Action::ToggleHelp => {
                self.help_open = true;
                self.help_scroll = 0;
            }
            // One Esc undoes one thing: the search first, as the newest.
            Action::Escape if self.search.is_some() => self.search = None,
            Action::Escape
                if self.focus == layout::Pane::List && self.list_view != ListView::Articles =>
            {
                self.leave_view()
            }
            Action::Escape if self.focus == layout::Pane::List && self.picked != Picked::All => {
                self.pick(Picked::All)
            }
            Action::Escape => {
                self.highlight = None;
                self.cursor = Cursor::None;
            }
            Action::SearchStart if self.focus == layout::Pane::List => self.library_search_start(),
            Action::SearchInput(c) if self.library_prompt_open() => {
                self.library_search_edit(Some(c))
            }
            Action::SearchBackspace if self.library_prompt_open() => self.library_search_edit(None),
            Action::SearchSubmit if self.library_prompt_open() => self.library_search_submit(),
            Action::SearchCancel if self.library_prompt_open() => self.library_search_cancel(),
            Action::SearchStart
            | Action::SearchInput(_)
            | Action::SearchBackspace
            | Action::SearchSubmit
            | Action::SearchCancel => self.update_search(action),
            Action::Mentions => self.show_mentions(),
            Action::Quotes => self.show_quotes(),
            Action::Back => self.back(),
            Action::ToggleStops => self.toggle_stops(),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrev => self.cycle_focus(false),
            Action::ToggleSidebar => {
                self.sidebar_toggled = !self.sidebar_toggled;
                self.fix_focus();
                self.refresh_view();
                self.keep_side_selection_visible();
            }
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.page(false),
            Action::PageDown => self.page(true),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::Enter => self.enter(),
            Action::NextQuote => self.next_quote(),
            Action::PrevQuote => self.prev_quote(),
            Action::NextSpeaker => self.next_speaker(),
            Action::PrevSpeaker => self.prev_speaker(),
            Action::NextMatch if self.step_search(true) => {}
            Action::PrevMatch if self.step_search(false) => {}
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::Scroll { col, row, down } => self.wheel(col, row, down),
            Action::Click { col, row } => self.click(col, row),
            Action::ToggleRead => self.toggle_read(),
            Action::ToggleStar => self.toggle_star(),
            Action::CycleFilter => {
                if self.list_view != ListView::Articles {
                    self.list_view = ListView::Articles;
                    self.lookup_gen += 1;
                }
                self.cycle_filter()
            }
            Action::Refresh => self.start_reload(),
            Action::CycleSort => self.cycle_sort(),
            Action::OpenUrl => self.open_url(),
            Action::Feeds => self.toggle_feeds(),
            Action::RefreshFeeds => self.request_refresh(),
            Action::NextUnread => self.next_unread(),
            Action::MarkFeedRead => self.mark_feed_read(),
            Action::MarkAllRead => self.mark_all_read(confirming),
            Action::CopyQuote => self.copy_quote(),
            Action::Dwell => self.dwell(),
        }
        self.track_position();
    }

    fn resize(&mut self, w: u16, h: u16) {
        self.width = w;
        self.height = h;
        self.fix_focus();
        self.refresh_view();
        self.keep_cursor_in_view();
        self.keep_list_selection_visible();
        self.keep_side_selection_visible();
        self.keep_quote_visible();
    }

    /// Rebuild the derived view when the article or the measure changed,
    /// keeping the line at the top of the reader in view across a re-wrap;
    /// either way the scroll stays within the pane's current height.
    fn refresh_view(&mut self) {
        let (measure, _) = layout::reader_measure(self.reader_inner().width, self.settings.measure);
        let same_article = self.view.article == self.selected && !self.view.doc.lines.is_empty();
        if same_article && self.view.doc.measure == measure {
            // The same lines, but the pane's height may have changed.
            self.reader_scroll = self.reader_scroll.min(self.max_reader_scroll());
            return;
        }
        let anchor = self
            .view
            .doc
            .lines
            .get(self.reader_scroll)
            .and_then(|l| l.block.map(|b| (b, l.start)));
        self.view = ArticleView::build(self.article(), self.selected, measure);
        // The sidebar's place stays within the new view's rows: an entry
        // whose text changed under it (a file edited while listed) keeps
        // its row in the list but not its entities.
        let entities = self.view.side_entities.len();
        self.side_selected = self.side_selected.min(entities.saturating_sub(1));
        self.side_offset = self.side_offset.min(self.view.side_rows.len());
        if same_article {
            if let Some((b, c)) = anchor {
                self.reader_scroll = self.view.doc.line_of(b, c).unwrap_or(0);
            }
        }
        self.reader_scroll = self.reader_scroll.min(self.max_reader_scroll());
    }

    /// Show article `i` in the reader: a fresh start in it.
    fn select_article(&mut self, i: usize) {
        if self.entries.is_empty() {
            // A list emptied under the selection (an empty cache at
            // start) leaves nothing selected, not a place past the end.
            self.selected = 0;
            return;
        }
        let i = i.min(self.entries.len() - 1);
        if i == self.selected && self.view.article == i {
            return;
        }
        self.selected = i;
        self.doc_error = None;
        self.kept_unread = None;
        self.reader_scroll = 0;
        self.cursor = Cursor::None;
        self.highlight = None;
        self.search = None;
        self.side_selected = 0;
        self.side_offset = 0;
        self.refresh_view();
        self.restore_position();
        self.keep_list_selection_visible();
    }
}

#[cfg(test)]
mod tests;
