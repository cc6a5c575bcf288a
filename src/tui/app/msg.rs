//! The one door into the model and the one door out of it. Everything
//! that changes [`App`] arrives as a [`Msg`] through [`App::update`]: the
//! user's actions, and whatever the background threads answer (index
//! batches, search replies, loaded articles, refresh progress, failed
//! saves). Everything the model wants done in the world leaves as an
//! [`Effect`] the loop takes with [`App::take_effects`]; the loop does it
//! and reports back with another `Msg`. So `update` stays free of I/O, a
//! test can drive the model exactly as the binary does, and no code
//! outside the model writes its fields.

use std::path::PathBuf;

use super::{App, Outside, Prepared, Reply, Request, ToRead};
use crate::article::Article;
use crate::store::Update;
use crate::tui::action::Action;
use crate::tui::refresh::RefreshEvent;

/// One thing that happened, for the model.
#[derive(Debug)]
pub enum Msg {
    /// What a key, the mouse, a resize or the dwell timer asks for.
    Action(Action),
    /// An indexing run began. `announce`: `r` started it, so the status
    /// line says "reloading…" (a run started for a refresh's new articles
    /// keeps the note that is up).
    IndexStarted { announce: bool },
    /// A reload found nothing to index again (the bundled samples).
    NothingToIndex { announce: bool },
    /// A message of the current indexing run, prepared on its thread.
    Index(Prepared),
    /// An answer of the search thread.
    Search(Reply),
    /// The article file asked for with [`Effect::Load`], read and
    /// structured, or why it could not be. A reply for an article the
    /// reader has moved away from is dropped.
    Doc {
        listed: usize,
        path: PathBuf,
        article: Box<Result<Article, String>>,
    },
    /// What the background feed refresh says.
    Refresh(RefreshEvent),
    /// Writing [`Effect::Save`]'s changes failed: they are kept for the
    /// next try, and the status line says why.
    SaveFailed { updates: Vec<Update>, error: String },
    /// How an [`Effect::Outside`] went, for the status line.
    Outside(String),
    /// A note that outlives the status line (search running from memory):
    /// shown now and kept in the `?` help.
    Note(String),
    /// An ending signal: quit at once, whatever overlay is open.
    Signal,
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

/// Something the model wants done outside itself, taken by the loop
/// before each frame, in this order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write these reading-state changes to the store.
    Save(Vec<Update>),
    /// Start a background feed refresh (`R`).
    RefreshFeeds,
    /// Index the library again for articles a refresh saved; the list
    /// keeps its place.
    Reindex,
    /// Open a browser or fill the clipboard.
    Outside(Outside),
    /// Reload the articles (`r`).
    Reload,
    /// A question for the search thread.
    Ask(Request),
    /// Read and structure this article, off the loop's thread.
    Load(ToRead),
}

impl App {
    /// Apply one message. No I/O: everything the next frame needs ends up
    /// in `self`, and whatever must be done outside waits in
    /// [`App::take_effects`].
    pub fn update(&mut self, msg: impl Into<Msg>) {
        let msg = match msg.into() {
            Msg::Action(action) => return self.act(action),
            other => other,
        };
        match msg {
            Msg::Action(action) => self.act(action),
            Msg::IndexStarted { announce } => {
                self.index_done = false;
                // Until the first count arrives the status bar says
                // "indexing…": the files are being walked and compared
                // with the cache.
                self.indexing = super::Indexing {
                    running: true,
                    ..Default::default()
                };
                if announce {
                    self.message = Some("reloading…".to_string());
                }
            }
            Msg::NothingToIndex { announce } => {
                self.reload_baseline = None;
                if announce {
                    self.message = Some("the bundled samples do not change".to_string());
                }
            }
            Msg::Index(prepared) => self.apply_index(prepared),
            Msg::Search(reply) => self.put_reply(reply),
            Msg::Doc {
                listed,
                path,
                article,
            } => self.answer_doc(listed, path, *article),
            Msg::Refresh(event) => self.apply_refresh(event),
            Msg::SaveFailed { updates, error } => {
                // Older changes first: they were made first.
                let newer = std::mem::replace(&mut self.updates, updates);
                self.updates.extend(newer);
                self.message = Some(crate::output::visible(&format!("not saved: {error}")).into());
            }
            Msg::Outside(mut said) => {
                super::printable::clean_name(&mut said);
                self.message = Some(said);
            }
            Msg::Note(note) => self.announce(&note),
            Msg::Signal => self.quit = true,
        }
        self.keep_help_in_range();
    }

    /// What the loop should do now, in the order it should do it: the
    /// model forgets each once taken.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        if !self.updates.is_empty() {
            effects.push(Effect::Save(std::mem::take(&mut self.updates)));
        }
        if self.quit {
            // Quitting never waits for background work.
            return effects;
        }
        if std::mem::take(&mut self.refresh_feeds_requested) {
            effects.push(Effect::RefreshFeeds);
        }
        if self.reindex_wanted && !self.indexing.running && !self.refresh_requested {
            self.reindex_wanted = false;
            effects.push(Effect::Reindex);
        }
        if let Some(outside) = self.outside.take() {
            effects.push(Effect::Outside(outside));
        }
        if std::mem::take(&mut self.refresh_requested) {
            effects.push(Effect::Reload);
        }
        effects.extend(self.requests.drain(..).map(Effect::Ask));
        let wanted = self.wanted_doc();
        if wanted.is_some() && wanted != self.asked_doc {
            self.asked_doc = wanted;
            if let Some(read) = self.asked_doc.as_ref().and_then(|(i, _)| self.to_read(*i)) {
                effects.push(Effect::Load(read));
            }
        }
        effects
    }

    /// An article the loop read: shown when it is still the one the
    /// reader waits for, dropped when the reader has moved on.
    fn answer_doc(&mut self, i: usize, path: PathBuf, article: Result<Article, String>) {
        let answered = Some((i, path));
        if self.asked_doc == answered {
            self.asked_doc = None;
        }
        if self.wanted_doc() != answered {
            return;
        }
        match article {
            Ok(article) => self.put_doc(i, article),
            Err(e) => self.doc_failed(i, e),
        }
    }

    /// The user or a signal asked to quit: the loop ends after saving.
    pub fn quitting(&self) -> bool {
        self.quit
    }

    /// The selected article's file is being read: the reader says so
    /// until it arrives.
    pub fn loading(&self) -> bool {
        self.wanted_doc().is_some()
    }
}

#[cfg(test)]
mod tests;
