//! Where the loop's messages come from: terminal input, read on a thread
//! of its own, the background indexer, the search thread, the feed
//! refresh, and the article being opened, read and structured on a thread
//! of its own too (a huge file takes seconds, and no key may wait for
//! that), all into one channel, so the loop blocks in one place and wakes
//! for whichever speaks first; each reaches the model as an
//! [`app::Msg`](super::app::Msg). The only timer is the dwell that marks
//! an open article read.

use std::io;
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::Instant;

use ratatui::crossterm::event::{self, Event};

use super::action::{action_for_event, Action};
use super::app::{App, Msg, Prepared};
use super::{TuiError, DWELL};

mod docs;

pub use docs::Docs;

/// Most messages applied between two frames, so that a stream of input
/// that never pauses still gets the screen redrawn now and then.
const MAX_BATCH: usize = 4096;

/// What wakes the loop. Most of it is for the model as it comes
/// ([`Incoming::Model`]); the rest the loop turns into a message first.
pub enum Incoming {
    /// A terminal event, and when it was read: mapped to an action
    /// through the key map.
    Input(Event, Instant),
    /// Reading the terminal failed: the loop ends with this error.
    InputError(io::Error),
    /// A message of indexing run number `.0`, prepared on its thread:
    /// only the current run's reach the model.
    Index(u64, Prepared),
    /// A message for the model: search replies, loaded articles, refresh
    /// progress, an ending signal.
    Model(Msg),
}

impl From<Msg> for Incoming {
    fn from(msg: Msg) -> Incoming {
        Incoming::Model(msg)
    }
}

/// Read terminal events on a thread of their own until the loop is gone.
pub fn spawn_input(tx: mpsc::Sender<Incoming>) {
    let _ = thread::Builder::new()
        .name("input".into())
        .spawn(move || loop {
            let msg = match event::read() {
                Ok(e) => Incoming::Input(e, Instant::now()),
                Err(e) => Incoming::InputError(e),
            };
            let failed = matches!(msg, Incoming::InputError(_));
            if tx.send(msg).is_err() || failed {
                return;
            }
        });
}

/// The one timer: it runs while an unread article is open in the reader,
/// and fires once per article opened.
#[derive(Default)]
pub struct DwellTimer {
    target: Option<usize>,
    /// When the current target opened; `None` once fired.
    since: Option<Instant>,
}

impl DwellTimer {
    pub fn track(&mut self, app: &App) {
        let target = app.dwell_target();
        if target != self.target {
            self.target = target;
            self.since = target.map(|_| Instant::now());
        }
    }

    fn deadline(&self) -> Option<Instant> {
        self.since.map(|t| t + DWELL)
    }
}

/// Block until a message that means something (or until the dwell timer
/// fires), then apply every message already queued behind it before
/// returning to draw: a held key, a resize storm or a burst of indexing
/// costs one frame per batch, not one per message, so input never lags
/// behind the screen. Nothing pending means blocking, never spinning.
/// Says whether the batch resized the app, and when its first key was
/// read (for measuring). Indexing messages of runs other than
/// `generation` are dropped.
pub fn next_batch(
    rx: &mpsc::Receiver<Incoming>,
    app: &mut App,
    dwell: &mut DwellTimer,
    generation: u64,
) -> Result<(bool, Option<Instant>), TuiError> {
    let mut batch = Batch {
        resize: None,
        resized: false,
        changed: false,
        key_read: None,
    };
    let gone = || TuiError::Input(io::Error::other("the input thread stopped"));
    loop {
        let first = match dwell.deadline() {
            Some(deadline) => {
                let left = deadline.saturating_duration_since(Instant::now());
                match rx.recv_timeout(left) {
                    Ok(msg) => msg,
                    Err(RecvTimeoutError::Timeout) => {
                        dwell.since = None;
                        app.update(Action::Dwell);
                        return Ok((false, None));
                    }
                    Err(RecvTimeoutError::Disconnected) => return Err(gone()),
                }
            }
            None => rx.recv().map_err(|_| gone())?,
        };
        batch.apply(app, first, generation)?;
        let mut budget = MAX_BATCH;
        while budget > 0 && !app.quitting() {
            match rx.try_recv() {
                Ok(msg) => batch.apply(app, msg, generation)?,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return Err(gone()),
            }
            budget -= 1;
        }
        batch.flush(app);
        // Events that map to no action (key releases, focus changes) do
        // not cause a redraw.
        if batch.changed || app.quitting() {
            return Ok((batch.resized, batch.key_read));
        }
    }
}

/// Messages being applied between two frames.
struct Batch {
    /// A resize not yet applied: of a run of resizes only the last one
    /// matters, and each one re-wraps the article.
    resize: Option<(u16, u16)>,
    resized: bool,
    changed: bool,
    /// When the batch's first key press was read.
    key_read: Option<Instant>,
}

impl Batch {
    fn apply(&mut self, app: &mut App, msg: Incoming, generation: u64) -> Result<(), TuiError> {
        if app.quitting() {
            return Ok(());
        }
        let event = match msg {
            Incoming::Input(event, read) => {
                if matches!(event, Event::Key(_)) && self.key_read.is_none() {
                    self.key_read = Some(read);
                }
                event
            }
            Incoming::InputError(e) => return Err(TuiError::Input(e)),
            Incoming::Index(run, msg) => {
                if run == generation {
                    self.model(app, Msg::Index(msg));
                }
                return Ok(());
            }
            Incoming::Model(msg) => {
                self.model(app, msg);
                return Ok(());
            }
        };
        let Some(action) = action_for_event(&event, app.key_context(), app.keymap()) else {
            return Ok(());
        };
        self.changed = true;
        if let Action::Resize(w, h) = action {
            self.resize = Some((w, h));
            return Ok(());
        }
        // Anything else may depend on the layout (a click's position, a
        // page's height), so the size it was made at comes first.
        self.flush(app);
        app.update(action);
        Ok(())
    }

    /// A message from the background: after any pending resize, since
    /// what it changes may depend on the layout.
    fn model(&mut self, app: &mut App, msg: Msg) {
        self.flush(app);
        app.update(msg);
        self.changed = true;
    }

    fn flush(&mut self, app: &mut App) {
        if let Some((w, h)) = self.resize.take() {
            app.update(Action::Resize(w, h));
            self.resized = true;
        }
    }
}
