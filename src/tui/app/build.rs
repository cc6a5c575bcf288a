//! Making the model: over articles held in memory (the samples, tests) or
//! over a library's entries whose text is read when shown.

use std::collections::HashMap;

use super::{
    printable, App, ArticleView, Cursor, Entry, Filter, Indexing, ListView, Pane, Picked, Sort,
    Subscribed,
};
use crate::article::Article;
use crate::search::IdMap;
use crate::store::{ArticleState, States};
use crate::tui::action::Action;
use crate::tui::keymap::KeyMap;
use crate::tui::layout::Settings;
use crate::tui::theme::Theme;

impl App {
    /// The model over `articles`, with `skipped` the messages about files
    /// that could not be loaded. Every string in either is made printable
    /// here, once: text reaches the reader from file names and from callers
    /// other than the loader, and none of it may drive the terminal.
    pub fn new(mut articles: Vec<Article>, skipped: Vec<String>) -> App {
        articles.iter_mut().for_each(printable::clean_article);
        let entries = articles.iter().map(|a| Entry::of(a, None)).collect();
        let mut app = App::from_entries(entries, skipped);
        app.resident = articles;
        app.view = ArticleView::default();
        app.refresh_view();
        app
    }

    /// The model over a list of entries whose text the loop reads when it
    /// is shown (a library).
    pub fn from_entries(mut entries: Vec<Entry>, mut skipped: Vec<String>) -> App {
        entries.iter_mut().for_each(Entry::clean);
        skipped.iter_mut().for_each(printable::clean_name);
        let message = match skipped.as_slice() {
            [] => None,
            [one] => Some(format!("skipped: {one}")),
            many => Some(format!("skipped {} files (? lists them)", many.len())),
        };
        let mut app = App {
            states: vec![ArticleState::default(); entries.len()],
            known: States::default(),
            indexing: Indexing::default(),
            index_done: true,
            filter: Filter::All,
            visible: (0..entries.len()).collect(),
            sort: Sort::default(),
            order: (0..entries.len()).collect(),
            rank: (0..entries.len()).collect(),
            filed: (0..entries.len()).collect(),
            updates: Vec::new(),
            kept_unread: None,
            refresh_requested: false,
            reload_baseline: None,
            showing_samples: false,
            entries,
            resident: Vec::new(),
            current: None,
            asked_doc: None,
            doc_error: None,
            skipped,
            origin: String::new(),
            selected: 0,
            list_offset: 0,
            focus: Pane::List,
            width: 0,
            height: 0,
            sidebar_toggled: false,
            help_open: false,
            help_scroll: 0,
            reader_scroll: 0,
            side_selected: 0,
            side_offset: 0,
            view: ArticleView::default(),
            cursor: Cursor::None,
            highlight: None,
            search: None,
            list_view: ListView::Articles,
            requests: Vec::new(),
            lookup_gen: 0,
            ids: IdMap::default(),
            ids_from: 0,
            before_search: None,
            arrival: None,
            history: Vec::new(),
            message,
            notes: Vec::new(),
            quit: false,
            theme: Theme::default(),
            settings: Settings::default(),
            keymap: crate::tui::keymap::KeyMap::default(),
            picked: Picked::All,
            feed_tags: HashMap::new(),
            subscribed: Vec::new(),
            feeds: None,
            confirm_all: false,
            outside: None,
            can_refresh: false,
            refresh_feeds_requested: false,
            refreshing: Default::default(),
            reindex_wanted: false,
        };
        app.entries_changed();
        app.visible = app.order.clone();
        app.selected = app.order.first().copied().unwrap_or(0);
        app.refresh_view();
        app
    }

    /// A model already sized for a `width`×`height` terminal.
    pub fn with_size(articles: Vec<Article>, skipped: Vec<String>, width: u16, height: u16) -> App {
        let mut app = App::new(articles, skipped);
        app.update(Action::Resize(width, height));
        app
    }

    /// Name what was opened, for the empty state's "No articles in …".
    pub fn with_origin(mut self, origin: &str) -> App {
        self.origin = crate::output::visible(origin).into_owned();
        self
    }

    /// The keys as the config binds them.
    pub fn with_keymap(mut self, keymap: KeyMap) -> App {
        self.keymap = keymap;
        self
    }

    /// The colours the config asks for.
    pub fn with_theme(mut self, theme: Theme) -> App {
        self.theme = theme;
        self
    }

    /// Layout preferences: sidebar default and width, reading measure.
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.settings = settings;
        self
    }

    /// The subscriptions: each feed's tags by name, and the feeds with
    /// their last errors for the feeds view.
    pub fn with_feeds(
        mut self,
        tags: HashMap<String, Vec<String>>,
        subscribed: Vec<Subscribed>,
    ) -> App {
        self.feed_tags = tags;
        self.subscribed = subscribed;
        self
    }

    /// These are the bundled samples standing in for an empty library: the
    /// status line keeps saying so.
    pub fn as_samples(mut self) -> App {
        self.showing_samples = true;
        self
    }

    /// A library about to be indexed: until the indexer says it is done,
    /// an empty list means "not yet", not "no articles".
    pub fn before_indexing(mut self) -> App {
        self.index_done = false;
        self
    }

    /// Whether `R` can start a refresh (the loop has a refresher).
    pub fn with_refresh(mut self, can: bool) -> App {
        self.can_refresh = can;
        self
    }
}
