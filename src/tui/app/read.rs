//! What the panes, the loop and the tests read of the model. The fields
//! are private, so [`App::update`](super::App::update) is the only writer
//! and every change can be traced to a message; each method here is a
//! plain read, named after the field it reads.

use std::collections::HashMap;

use super::{App, Entry, FeedsView, Filter, Indexing, ListView, Picked, Search, Sort, Subscribed};
use crate::article::Article;
use crate::tui::keymap::KeyMap;
use crate::tui::layout::{Pane, Settings};
use crate::tui::refresh::Refreshing;
use crate::tui::theme::Theme;
use crate::tui::view::ArticleView;

impl App {
    /// The articles, as the list shows them.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every article's full text for a set held in memory (the samples,
    /// tests); empty for a library.
    pub fn resident(&self) -> &[Article] {
        &self.resident
    }

    /// Every full article held: all of a set held in memory, or the one
    /// being read in a library.
    pub fn held(&self) -> impl Iterator<Item = &Article> {
        self.resident.iter().chain(&self.current)
    }

    /// Why the selected article's file could not be read.
    pub fn doc_error(&self) -> Option<&str> {
        self.doc_error.as_deref()
    }

    /// Files that could not be loaded, as messages.
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// What was opened, printable; empty when not known.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn indexing(&self) -> Indexing {
        self.indexing
    }

    /// The indexer has finished (or there is none).
    pub fn index_done(&self) -> bool {
        self.index_done
    }

    pub fn filter(&self) -> Filter {
        self.filter
    }

    /// The articles the list shows, in order: indices into `entries`.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    pub fn sort(&self) -> Sort {
        self.sort
    }

    /// The bundled samples stand in for an empty library.
    pub fn showing_samples(&self) -> bool {
        self.showing_samples
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    pub fn height(&self) -> u16 {
        self.height
    }

    /// The sidebar's default for the current width is flipped.
    pub fn sidebar_toggled(&self) -> bool {
        self.sidebar_toggled
    }

    pub fn help_open(&self) -> bool {
        self.help_open
    }

    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    pub fn reader_scroll(&self) -> usize {
        self.reader_scroll
    }

    pub fn side_selected(&self) -> usize {
        self.side_selected
    }

    pub fn side_offset(&self) -> usize {
        self.side_offset
    }

    /// The open article, wrapped for the reader, and its sidebar rows.
    pub fn view(&self) -> &ArticleView {
        &self.view
    }

    /// The entity whose mentions are highlighted.
    pub fn highlight(&self) -> Option<usize> {
        self.highlight
    }

    /// The `/` search in the open article, while it is up.
    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }

    pub fn list_view(&self) -> &ListView {
        &self.list_view
    }

    /// The number of the newest question for the search thread.
    pub fn lookup_gen(&self) -> u64 {
        self.lookup_gen
    }

    /// The one-off note on the status line.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Notes that outlive the status line, for the `?` help.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn keymap(&self) -> &KeyMap {
        &self.keymap
    }

    /// The feed or tag the list is narrowed to.
    pub fn picked(&self) -> &Picked {
        &self.picked
    }

    /// Each feed's tags, by feed name.
    pub fn feed_tags(&self) -> &HashMap<String, Vec<String>> {
        &self.feed_tags
    }

    pub fn subscribed(&self) -> &[Subscribed] {
        &self.subscribed
    }

    /// The feeds view, while it is open.
    pub fn feeds(&self) -> Option<&FeedsView> {
        self.feeds.as_ref()
    }

    /// The background refresh, for the status bar.
    pub fn refreshing(&self) -> Refreshing {
        self.refreshing
    }
}
