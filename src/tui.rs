//! The terminal reader: a full-screen ratatui + crossterm app over the
//! loaded articles.
//!
//! Elm-style: [`app::App`] is the model, and its one `update` applies
//! every [`app::Msg`] (the keys' actions and whatever the background
//! threads answer) without I/O; what it wants done leaves as
//! [`app::Effect`]s. [`render::render`] draws a frame from the model alone
//! (one widget per pane, in [`panes`]); [`run`] here owns the terminal and the blocking
//! event loop, which only moves messages in and effects out — it redraws
//! only after an event changed
//! something, so an idle reader costs no CPU, and it applies every queued
//! event before drawing, so held keys and resize storms never lag. Every
//! string enters the model made [`printable`], whatever the articles or
//! file names held.
//!
//! The loop is also where reading state meets the disk: before each frame
//! it carries out the model's effects, the first of which writes its
//! pending [`Update`](crate::store::Update)s to the [`Store`], so what the
//! screen shows as read, starred or reached is already saved. The one timer it keeps is the dwell that marks an open
//! article read; it waits with a timeout only while such an article is
//! open, so an idle reader still costs nothing.

pub mod action;
pub mod app;
mod background;
pub mod browser;
pub mod commands;
pub mod doc;
pub mod draw;
mod events;
pub mod keymap;
pub mod layout;
mod memory;
pub mod origin;
pub mod panes;
pub mod printable;
pub mod refresh;
pub mod render;
pub mod search;
pub mod searching;
pub mod signals;
pub mod theme;
pub mod timings;
pub mod view;
mod wide;
mod work;
pub mod wrap;

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{disable_raw_mode, is_raw_mode_enabled, LeaveAlternateScreen};
use ratatui::DefaultTerminal;

use crate::library::index::Indexer;
use crate::store::Store;
use action::Action;
use app::App;
use app::{Effect, Msg};
use background::{open_search, start_indexing};
use events::{next_batch, Docs, DwellTimer, Incoming};

/// What can go wrong running the reader. Each message includes its
/// cause, which is therefore not also a `source()` (a printed chain would
/// say it twice).
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error("setting up the terminal: {0}")]
    Setup(io::Error),
    #[error("drawing to the terminal: {0}")]
    Draw(io::Error),
    #[error("reading terminal input: {0}")]
    Input(io::Error),
}

/// Puts the terminal back however `run` ends: return, error or unwind.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the terminal is in the reader's modes. Restoring twice would be
/// visible: leaving the alternate screen again moves the cursor back over
/// the panic message the hook just printed.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Leave mouse capture, the alternate screen and raw mode, once (the panic
/// hook and the guard may both call this).
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    // ratatui undoes only what `try_init` did; mouse capture and the cursor
    // `draw` hides are ours to undo (the cursor's visibility is the same on
    // both screens, so showing it first is the same as showing it after).
    let _ = execute!(io::stdout(), DisableMouseCapture, Show);
    // `try_restore`, not `restore`: that one reports a failure with
    // `eprintln!`, which panics when stderr cannot be written, as after a
    // hangup took the terminal away; a restore that fails has nothing left
    // to restore anyway.
    let _ = ratatui::try_restore();
}

/// Restore the terminal from a thread other than the loop's and exit with
/// the status for `signal`: the loop may be stuck holding the stdout lock,
/// so the escapes go straight to the file descriptor. Not through
/// `ratatui::try_restore`, which writes them through that lock.
fn restore_and_exit(signal: i32) {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut codes = Vec::new();
        let _ = ratatui::crossterm::queue!(codes, DisableMouseCapture, LeaveAlternateScreen, Show);
        write_unlocked(&codes);
        let _ = disable_raw_mode();
    }
    std::process::exit(i32::from(signals::exit_status(signal)));
}

#[cfg(unix)]
fn write_unlocked(bytes: &[u8]) {
    use std::io::Write;
    use std::os::fd::AsFd;
    // A duplicate of the descriptor: same terminal, none of Stdout's lock.
    if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
        let _ = std::fs::File::from(fd).write_all(bytes);
    }
}

#[cfg(not(unix))]
fn write_unlocked(bytes: &[u8]) {
    use std::io::Write;
    let _ = io::stdout().write_all(bytes);
}

/// Restore the terminal before the default hook prints the panic, so the
/// message lands on the normal screen and the shell is usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Raw mode, the alternate screen and mouse capture, with the guard that
/// undoes them.
fn setup() -> Result<(TerminalGuard, DefaultTerminal), TuiError> {
    // `try_init` installs a panic hook of its own that leaves the
    // alternate screen on every panic, even one after the reader has
    // already restored the terminal, which moves the cursor back over
    // what was printed since. Ours ([`install_panic_hook`], installed
    // before this) restores only while the reader's modes are on and
    // undoes mouse capture too, so it takes its place back.
    let ours = std::panic::take_hook();
    let terminal = ratatui::try_init();
    drop(std::panic::take_hook());
    std::panic::set_hook(ours);
    // Once raw mode is on, the guard undoes whatever part of the set-up
    // succeeded; a terminal that never got that far is not written to.
    if terminal.is_ok() || is_raw_mode_enabled().unwrap_or(false) {
        ACTIVE.store(true, Ordering::SeqCst);
    }
    let guard = TerminalGuard;
    let terminal = terminal.map_err(TuiError::Setup)?;
    execute!(io::stdout(), EnableMouseCapture).map_err(TuiError::Setup)?;
    Ok((guard, terminal))
}

/// How long an article stays open in the reader before it counts as read:
/// long enough that paging past one in the reader does not mark it.
pub const DWELL: Duration = Duration::from_millis(1500);

/// What the reader does I/O with besides the terminal.
pub struct Session {
    /// Where reading state is saved.
    pub store: Store,
    /// What to index in the background (and again on `r`); `None` when
    /// the articles are all in memory (the bundled samples).
    pub index: Option<IndexSource>,
    /// Where to write measurements, when asked (see [`timings`]).
    pub timings: Option<timings::Timings>,
    /// What `R` runs in the background to fetch the feeds; `None` when
    /// there is nothing to refresh (`R` then says how to subscribe).
    pub refresh: Option<refresh::Refresher>,
    /// The allocator's collect, which hands freed memory back to the
    /// system at once (see [`memory`]); the binary knows its allocator.
    pub release_memory: Option<fn()>,
}

/// Files and folders to index, the database holding the index cache and
/// the folder holding the search index (kept in memory when `None`).
#[derive(Debug, Clone)]
pub struct IndexSource {
    pub roots: Vec<PathBuf>,
    pub db: Option<PathBuf>,
    pub search: Option<PathBuf>,
}

/// Run the reader on `app` until the user quits, saving reading state to
/// `session.store` as it changes. The first frame is drawn before any
/// article is read; indexing runs behind it.
pub fn run(mut app: App, mut session: Session) -> Result<(), TuiError> {
    install_panic_hook();
    let (tx, rx) = mpsc::channel();
    let to_loop = tx.clone();
    // Before the terminal changes, so that no moment of the set-up is left
    // to a signal's default action. A signal during the set-up waits in
    // the channel and ends the loop at its first look. Without the
    // handlers a signal kills the reader as before; the reader itself
    // still works, so failing to install them is no reason to stop.
    let _ = signals::watch(
        move |_| to_loop.send(Msg::Signal.into()).is_ok(),
        restore_and_exit,
    );
    let (_guard, mut terminal) = setup()?;
    let size = terminal.size().map_err(TuiError::Setup)?;
    app.update(Action::Resize(size.width, size.height));
    events::spawn_input(tx.clone());
    let mut search = open_search(&mut app, &session);
    let searcher = searching::spawn(
        match &search {
            Some(target) => searching::Source::Index(target.index.clone()),
            None => searching::Source::Articles(app.resident().to_vec()),
        },
        tx.clone(),
    );
    app = app.with_refresh(session.refresh.is_some());
    let mut work = Work {
        docs: Docs::new(tx.clone()),
        searcher,
        indexer: None,
        generation: 0,
        tx,
    };
    work.indexer = start_indexing(
        &mut app,
        &session,
        search.clone(),
        None,
        &work.tx,
        (0, false),
    );
    if let Some(target) = search.as_mut() {
        // Only the first run finds the index empty; a later one (`r`)
        // finds what the first committed, and the cache agrees with it.
        target.fresh = false;
    }
    let mut dwell = DwellTimer::default();
    let mut release = memory::Release::new(session.release_memory);
    let mut resized = false;
    let mut key_read = None;
    // Where the last frame's wide graphemes ended (see [`wide`]).
    let mut tails = Vec::new();
    loop {
        for effect in app.take_effects() {
            work.run(effect, &mut app, &mut session, &search, &mut terminal);
        }
        if app.quitting() {
            break;
        }
        if resized {
            // A frame written while the terminal was still changing size
            // can be lost or reflowed by it, and ratatui would then only
            // send the difference from what it believes is on screen: the
            // screen could show a state the app has long left. Repaint it
            // all after every resize. Through `resize`, which clears the
            // screen and forgets the last frame without asking the
            // terminal anything: since ratatui 0.30 `clear` asks where the
            // cursor is, and the input thread's `read` takes the answer, so
            // `clear` waited two seconds and failed.
            let size = terminal.size().map_err(TuiError::Draw)?;
            terminal.resize(size.into()).map_err(TuiError::Draw)?;
        }
        let drawn = terminal
            .draw(|frame| {
                render::render(&app, frame);
                wide::rewrite(frame.buffer_mut(), &tails);
            })
            .map_err(TuiError::Draw)?;
        tails = wide::tails(drawn.buffer);
        if let Some(t) = session.timings.as_mut() {
            t.frame(&app, key_read.take());
        }
        dwell.track(&app);
        (resized, key_read) = next_batch(&rx, &mut app, &mut dwell, work.generation)?;
        release.tick(app.indexing().running);
    }
    // Quitting never waits for background work: the process ends with the
    // indexer mid-file, its writes committed or not begun (see
    // `Indexer::stop`); the reading state was saved above.
    if let Some(indexer) = work.indexer {
        drop(indexer.stop());
    }
    if let Some(t) = session.timings.take() {
        t.write();
    }
    Ok(())
}

/// The loop's background workers, which carry out the model's effects
/// and answer through `tx`.
struct Work {
    docs: Docs,
    searcher: searching::SearchThread,
    indexer: Option<Indexer>,
    /// The current indexing run: messages of older ones are dropped.
    generation: u64,
    tx: mpsc::Sender<Incoming>,
}

impl Work {
    /// Do one effect; whatever it says back goes to the model as a
    /// message, at once (a quick local outcome) or through the channel.
    fn run(
        &mut self,
        effect: Effect,
        app: &mut App,
        session: &mut Session,
        search: &Option<crate::library::index::SearchTarget>,
        terminal: &mut DefaultTerminal,
    ) {
        match effect {
            // A failed write hands the changes back for the next frame and
            // says so on the status line: never silent loss.
            Effect::Save(updates) => {
                if let Err(e) = session.store.apply(&updates) {
                    let error = e.to_string();
                    app.update(Msg::SaveFailed { updates, error });
                }
            }
            Effect::RefreshFeeds => {
                if let Some(refresher) = &session.refresh {
                    let tx = self.tx.clone();
                    refresh::start(refresher.clone(), move |e| {
                        tx.send(Msg::Refresh(e).into()).is_ok()
                    });
                }
            }
            // Articles a refresh saved join the list as they arrive: the
            // indexer walks the library again and the list keeps its place.
            Effect::Reindex => self.reindex(app, session, search, false),
            // The new run starts once the old one has let go of the
            // indexes, on its own thread: the keys never wait for it.
            Effect::Reload => self.reindex(app, session, search, true),
            Effect::Outside(outside) => {
                let said = match outside {
                    app::Outside::Open(url) => match browser::open(&url) {
                        Ok(()) => format!("opened in the browser: {url}"),
                        Err(e) => format!("not opened: {e}"),
                    },
                    app::Outside::Copy { text, said } => {
                        match browser::copy(&text, terminal.backend_mut()) {
                            Ok(()) => said,
                            Err(e) => format!("not copied: {e}"),
                        }
                    }
                };
                app.update(Msg::Outside(said));
            }
            Effect::Ask(request) => {
                if let (Some(t), app::Request::Search { gen, .. }) =
                    (session.timings.as_mut(), &request)
                {
                    t.search_asked(*gen);
                }
                self.searcher.ask(request);
            }
            Effect::Load(wanted) => self.docs.load(wanted),
        }
    }

    fn reindex(
        &mut self,
        app: &mut App,
        session: &Session,
        search: &Option<crate::library::index::SearchTarget>,
        announce: bool,
    ) {
        let old = self.indexer.take().map(Indexer::stop);
        self.generation += 1;
        let run = (self.generation, announce);
        self.indexer = start_indexing(app, session, search.clone(), old, &self.tx, run);
    }
}
