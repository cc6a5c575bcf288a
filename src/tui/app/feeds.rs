//! Feeds as a way to browse: which feed (or tag) the list is narrowed to,
//! the feeds view that picks one (every feed and tag with its unread
//! count), and marking a feed or everything read.
//!
//! An article's feed is its [`Entry::feed`]; a page saved without a feed
//! goes under its site's host, and local files under "Local files". A
//! subscribed feed is listed before it has articles, with its last error
//! ([`subscribed`]). The view's rows and counts are computed in `update`
//! (on opening, and after every action while it is open), never while
//! drawing.

use std::collections::{BTreeMap, HashMap};

use super::{App, Entry};
use crate::tui::action::Action;
use crate::tui::origin;

mod subscribed;
pub use subscribed::Subscribed;

/// What names the group of local files (no feed, no address).
pub const LOCAL: &str = "Local files";

/// Which articles the list is narrowed to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Picked {
    #[default]
    All,
    /// One feed (or site, or the local files), by its name.
    Feed(String),
    /// Every feed carrying this tag.
    Tag(String),
}

/// One row of the feeds view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedRow {
    pub pick: Picked,
    /// As shown: `All`, `#tag`, the feed's name.
    pub name: String,
    pub unread: usize,
    pub total: usize,
    /// A subscribed feed's last error, printable, on one line.
    pub error: Option<String>,
    /// A subscribed feed never fetched yet.
    pub never_fetched: bool,
}

impl FeedRow {
    /// Lines it takes in the view: a second one says its error.
    pub fn height(&self) -> usize {
        1 + usize::from(self.error.is_some())
    }
}

/// The open feeds view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FeedsView {
    pub rows: Vec<FeedRow>,
    pub selected: usize,
    pub offset: usize,
}

/// The feed an entry is listed under.
pub fn group(e: &Entry) -> &str {
    match (e.feed(), e.url()) {
        (Some(feed), _) => feed,
        (None, Some(url)) => origin::host(url).unwrap_or(LOCAL),
        (None, None) => LOCAL,
    }
}

impl Picked {
    /// Whether the list shows `e` under this pick; `tags` maps a feed's
    /// name to its tags.
    pub fn keeps(&self, e: &Entry, tags: &HashMap<String, Vec<String>>) -> bool {
        match self {
            Picked::All => true,
            Picked::Feed(name) => group(e) == name,
            Picked::Tag(tag) => tags
                .get(group(e))
                .is_some_and(|t| t.iter().any(|x| x == tag)),
        }
    }

    /// How the list's title names it.
    pub fn label(&self) -> Option<String> {
        match self {
            Picked::All => None,
            Picked::Feed(name) => Some(name.clone()),
            Picked::Tag(tag) => Some(format!("#{tag}")),
        }
    }
}

impl App {
    /// Whether entry `i` is in the picked feed or tag.
    pub fn picked_keeps(&self, i: usize) -> bool {
        self.entries
            .get(i)
            .is_some_and(|e| self.picked.keeps(e, &self.feed_tags))
    }

    /// The rows of the feeds view: All, the tags, then the feeds by name,
    /// each with how many of its articles are unread.
    pub fn feed_rows(&self) -> Vec<FeedRow> {
        // Counted in a hash map (one pass over 100,000 entries), the few
        // hundred feeds sorted after.
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut all = (0, 0);
        for (i, e) in self.entries.iter().enumerate() {
            if e.failed {
                continue;
            }
            let unread = usize::from(!self.state(i).read);
            let c = counts.entry(group(e)).or_default();
            c.0 += unread;
            c.1 += 1;
            all.0 += unread;
            all.1 += 1;
        }
        // Subscribed feeds without articles yet are listed too.
        for sub in &self.subscribed {
            counts.entry(sub.name.as_str()).or_default();
        }
        let feeds: BTreeMap<&str, (usize, usize)> = counts.into_iter().collect();
        let mut tags: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (feed, (unread, total)) in &feeds {
            for tag in self.feed_tags.get(*feed).into_iter().flatten() {
                let c = tags.entry(tag.as_str()).or_default();
                c.0 += unread;
                c.1 += total;
            }
        }
        let mut rows = vec![FeedRow {
            pick: Picked::All,
            name: "All".to_string(),
            unread: all.0,
            total: all.1,
            error: None,
            never_fetched: false,
        }];
        rows.extend(tags.into_iter().map(|(tag, (unread, total))| FeedRow {
            pick: Picked::Tag(tag.to_string()),
            name: format!("#{tag}"),
            unread,
            total,
            error: None,
            never_fetched: false,
        }));
        rows.extend(feeds.into_iter().map(|(feed, (unread, total))| {
            let sub = self.subscribed_as(feed);
            FeedRow {
                pick: Picked::Feed(feed.to_string()),
                name: feed.to_string(),
                unread,
                total,
                error: sub.and_then(|s| s.error.clone()),
                never_fetched: total == 0 && sub.is_some_and(|s| s.never_fetched),
            }
        }));
        rows
    }

    /// `F`: open the feeds view on the picked row, or close it.
    pub(super) fn toggle_feeds(&mut self) {
        if self.feeds.take().is_some() {
            return;
        }
        let rows = self.feed_rows();
        let selected = rows.iter().position(|r| r.pick == self.picked).unwrap_or(0);
        self.feeds = Some(FeedsView {
            rows,
            selected,
            offset: 0,
        });
        self.keep_feed_visible();
    }

    /// Keys while the feeds view is open: it takes moving, Enter, Esc,
    /// `A` and `F`; quit, resize and help work as anywhere.
    pub(super) fn update_feeds(&mut self, action: Action) -> bool {
        let Some(view) = self.feeds.as_mut() else {
            return false;
        };
        let last = view.rows.len().saturating_sub(1);
        let page = usize::from(self.height.saturating_sub(4)).max(1);
        match action {
            Action::Down => view.selected = (view.selected + 1).min(last),
            Action::Up => view.selected = view.selected.saturating_sub(1),
            Action::PageDown => view.selected = (view.selected + page).min(last),
            Action::PageUp => view.selected = view.selected.saturating_sub(page),
            Action::Top => view.selected = 0,
            Action::Bottom => view.selected = last,
            Action::Escape | Action::Feeds => self.feeds = None,
            Action::Enter => {
                let pick = view.rows.get(view.selected).map(|r| r.pick.clone());
                self.feeds = None;
                if let Some(pick) = pick {
                    self.pick(pick);
                }
            }
            Action::MarkFeedRead => {
                if let Some(pick) = view.rows.get(view.selected).map(|r| r.pick.clone()) {
                    self.mark_read_where(&pick);
                    // Only marking changes the counts: moving does not
                    // recount 100,000 entries.
                    self.refresh_feeds();
                }
            }
            Action::Quit | Action::Resize(..) | Action::ToggleHelp | Action::Dwell => return false,
            _ => {}
        }
        self.keep_feed_visible();
        true
    }

    /// Recount the open view's rows (read state may have changed).
    pub(super) fn refresh_feeds(&mut self) {
        if self.feeds.is_none() {
            return;
        }
        let rows = self.feed_rows();
        if let Some(view) = self.feeds.as_mut() {
            view.selected = view.selected.min(rows.len().saturating_sub(1));
            view.rows = rows;
        }
        self.keep_feed_visible();
    }

    fn keep_feed_visible(&mut self) {
        let h = usize::from(crate::tui::panes::feeds::rect(self.width, self.height).height)
            .saturating_sub(2)
            .max(1);
        if let Some(view) = self.feeds.as_mut() {
            // Rows with an error take two lines: scroll until the
            // selected one fits whole (or is the first shown).
            let lines = |from: usize, to: usize| -> usize {
                view.rows
                    .get(from..=to)
                    .map_or(0, |r| r.iter().map(FeedRow::height).sum())
            };
            if view.selected < view.offset {
                view.offset = view.selected;
            }
            while view.offset < view.selected && lines(view.offset, view.selected) > h {
                view.offset += 1;
            }
        }
    }

    /// Narrow the list to `pick` (All widens it again).
    pub(super) fn pick(&mut self, pick: Picked) {
        if self.list_view != super::ListView::Articles {
            self.list_view = super::ListView::Articles;
            self.lookup_gen += 1;
        }
        self.picked = pick;
        self.apply_filter();
        if let Some(&first) = self.visible.first() {
            if !self.visible.contains(&self.selected) {
                self.select_article(first);
            }
        }
        let n = self.visible.len();
        self.message = Some(match self.picked.label() {
            None => format!("all feeds · {n} articles"),
            Some(name) => format!("{name} · {n} articles · Esc shows all"),
        });
    }

    /// Mark every article under `pick` read; says how many.
    fn mark_read_where(&mut self, pick: &Picked) {
        let marked: Vec<usize> = (0..self.entries.len())
            .filter(|&i| {
                !self.state(i).read
                    && self
                        .entries
                        .get(i)
                        .is_some_and(|e| pick.keeps(e, &self.feed_tags))
            })
            .collect();
        for &i in &marked {
            self.set_read(i, true);
        }
        let name = pick.label().unwrap_or_else(|| "everything".to_string());
        self.message = Some(match marked.len() {
            1 => format!("{name}: 1 article marked read"),
            n => format!("{name}: {n} articles marked read"),
        });
    }

    /// `A`: mark the picked feed read, or the selected article's feed.
    pub(super) fn mark_feed_read(&mut self) {
        let pick = match &self.picked {
            Picked::All => match self.entries.get(self.selected) {
                Some(e) => Picked::Feed(group(e).to_string()),
                None => return,
            },
            other => other.clone(),
        };
        self.mark_read_where(&pick);
    }

    /// `C`: mark everything read, on the second press in a row.
    pub(super) fn mark_all_read(&mut self, confirmed: bool) {
        let unread = self.unread_count();
        if unread == 0 {
            self.message = Some("nothing unread".to_string());
            return;
        }
        if !confirmed {
            self.confirm_all = true;
            self.message = Some(format!(
                "mark all {unread} unread articles read? C again to confirm, any other key cancels"
            ));
            return;
        }
        self.mark_read_where(&Picked::All);
    }

    /// `.`: the next unread article after the selection in list order,
    /// wrapping; when the picked feed has none left, in any feed.
    pub(super) fn next_unread(&mut self) {
        let here = self.rank_of(self.selected);
        let n = self.order.len();
        let unread = |app: &App, i: usize| !app.state(i).read && !app.entries[i].failed;
        let in_view = |app: &App, i: usize| {
            app.picked_keeps(i)
                && app
                    .visible
                    .binary_search_by_key(&app.rank_of(i), |&v| app.rank_of(v))
                    .is_ok()
        };
        let mut found = None;
        for across in [false, true] {
            found = (1..=n)
                .map(|k| self.order[(here + k) % n])
                .find(|&i| unread(self, i) && (across || in_view(self, i)));
            if found.is_some() {
                break;
            }
        }
        let Some(i) = found else {
            self.message = Some("no unread articles".to_string());
            return;
        };
        if self.list_view != super::ListView::Articles || !in_view(self, i) {
            // Across feeds: the list widens to show where it went.
            self.list_view = super::ListView::Articles;
            self.picked = Picked::All;
            self.filter = super::Filter::All;
            self.apply_filter();
        }
        self.select_article(i);
        let feed = self.entries.get(i).map(group).unwrap_or(LOCAL).to_string();
        self.message = Some(format!("next unread · {feed}"));
    }
}

#[cfg(test)]
mod tests;
