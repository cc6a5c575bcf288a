//! The terminal reader: a full-screen ratatui + crossterm app over the
//! loaded articles.
//!
//! Elm-style: [`app::App`] is the model and its `update` applies
//! [`action::Action`]s without I/O; [`render::render`] draws a frame from
//! the model alone (one module per pane); [`run`] here owns the terminal
//! and the blocking event loop — it redraws only after an event changed
//! something, so an idle reader costs no CPU, and it applies every queued
//! event before drawing, so held keys and resize storms never lag. Every
//! string enters the model made [`printable`], whatever the articles or
//! file names held.
//!
//! The loop is also where reading state meets the disk: before each frame
//! it writes the model's pending [`Update`](crate::store::Update)s to the
//! [`Store`], so what the screen shows as read, starred or reached is
//! already saved. The one timer it keeps is the dwell that marks an open
//! article read; it waits with a timeout only while such an article is
//! open, so an idle reader still costs nothing.

pub mod action;
pub mod app;
pub mod doc;
pub mod empty;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod printable;
pub mod reader;
pub mod render;
pub mod sidebar;
pub mod status;
pub mod theme;
pub mod view;
pub mod wrap;

use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::loader::Loaded;
use crate::store::Store;
use action::{action_for_event, Action};
use app::App;

/// What can go wrong running the reader.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error("setting up the terminal: {0}")]
    Setup(#[source] io::Error),
    #[error("drawing to the terminal: {0}")]
    Draw(#[source] io::Error),
    #[error("reading terminal input: {0}")]
    Input(#[source] io::Error),
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

/// Leave the alternate screen, mouse capture and raw mode, once (the panic
/// hook and the guard may both call this).
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
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

fn setup() -> Result<(TerminalGuard, Terminal<CrosstermBackend<Stdout>>), TuiError> {
    enable_raw_mode().map_err(TuiError::Setup)?;
    // From here on the guard undoes whatever part of the setup succeeded.
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = TerminalGuard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture).map_err(TuiError::Setup)?;
    let terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(TuiError::Setup)?;
    Ok((guard, terminal))
}

/// Most events applied between two frames, so that a stream of input that
/// never pauses still gets the screen redrawn now and then.
const MAX_BATCH: usize = 4096;

/// How long an article stays open in the reader before it counts as read:
/// long enough that paging past one in the reader does not mark it.
pub const DWELL: Duration = Duration::from_millis(1500);

/// What the reader does I/O with besides the terminal.
pub struct Session {
    /// Where reading state is saved.
    pub store: Store,
    /// Loads the articles again for `r`; `None` when what is shown cannot
    /// change (the bundled samples).
    pub reload: Option<Box<dyn FnMut() -> Loaded>>,
}

/// Run the reader on `app` until the user quits, saving reading state to
/// `session.store` as it changes.
pub fn run(mut app: App, mut session: Session) -> Result<(), TuiError> {
    install_panic_hook();
    let (_guard, mut terminal) = setup()?;
    let size = terminal.size().map_err(TuiError::Setup)?;
    app.update(Action::Resize(size.width, size.height));
    let mut dwell = DwellTimer::default();
    let mut resized = false;
    loop {
        save(&mut app, &mut session.store);
        if app.quit {
            break;
        }
        if app.refresh_requested {
            reload(&mut app, &mut session);
        }
        if let Some((i, path)) = app.wanted_doc() {
            match crate::loader::load_file(&path) {
                Ok(article) => app.put_doc(i, article),
                Err(e) => app.doc_failed(i, e.to_string()),
            }
        }
        if resized {
            // A frame written while the terminal was still changing size
            // can be lost or reflowed by it, and ratatui would then only
            // send the difference from what it believes is on screen: the
            // screen could show a state the app has long left. Repaint it
            // all after every resize.
            terminal.clear().map_err(TuiError::Draw)?;
        }
        terminal
            .draw(|frame| render::render(&app, frame))
            .map_err(TuiError::Draw)?;
        dwell.track(&app);
        resized = next_batch(&mut app, &mut dwell)?;
    }
    Ok(())
}

/// Write the model's pending state changes. A failed write keeps them
/// for the next frame and says so on the status line: never silent loss.
fn save(app: &mut App, store: &mut Store) {
    if app.updates.is_empty() {
        return;
    }
    match store.apply(&app.updates) {
        Ok(()) => app.updates.clear(),
        Err(e) => app.message = Some(printable::printable(&format!("not saved: {e}")).into_owned()),
    }
}

/// `r`: load what was opened again and keep reading where we were.
fn reload(app: &mut App, session: &mut Session) {
    app.refresh_requested = false;
    let Some(load) = session.reload.as_mut() else {
        app.message = Some("the bundled samples do not change".to_string());
        return;
    };
    let loaded = load();
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    let states = match session.store.load(&ids) {
        Ok(states) => states,
        Err(e) => {
            app.message = Some(printable::printable(&format!("reading state: {e}")).into_owned());
            Default::default()
        }
    };
    let skipped = loaded.errors.iter().map(ToString::to_string).collect();
    app.replace_articles(loaded.articles, skipped, &states);
}

/// The one timer: it runs while an unread article is open in the reader,
/// and fires once per article opened.
#[derive(Default)]
struct DwellTimer {
    target: Option<usize>,
    /// When the current target opened; `None` once fired.
    since: Option<Instant>,
}

impl DwellTimer {
    fn track(&mut self, app: &App) {
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

/// Block until an event that means something (or until `deadline`, when
/// the dwell timer runs), then apply every event already queued behind it
/// before returning to draw: a held key or a resize storm costs one frame
/// per batch, not one per event, so input never lags behind the screen.
/// Nothing pending means blocking in `read`, never spinning. Says whether
/// the batch resized the app.
fn next_batch(app: &mut App, dwell: &mut DwellTimer) -> Result<bool, TuiError> {
    let mut batch = Batch::default();
    loop {
        if let Some(deadline) = dwell.deadline() {
            let left = deadline.saturating_duration_since(Instant::now());
            if !event::poll(left).map_err(TuiError::Input)? {
                dwell.since = None;
                app.update(Action::Dwell);
                return Ok(false);
            }
        }
        let event = event::read().map_err(TuiError::Input)?;
        batch.apply(app, &event);
        let mut budget = MAX_BATCH;
        while budget > 0 && !app.quit && event::poll(Duration::ZERO).map_err(TuiError::Input)? {
            let event = event::read().map_err(TuiError::Input)?;
            batch.apply(app, &event);
            budget -= 1;
        }
        batch.flush(app);
        // Events that map to no action (key releases, focus changes) do
        // not cause a redraw.
        if batch.changed || app.quit {
            return Ok(batch.resized);
        }
    }
}

/// Events being applied between two frames.
#[derive(Default)]
struct Batch {
    /// A resize not yet applied: of a run of resizes only the last one
    /// matters, and each one re-wraps the article.
    resize: Option<(u16, u16)>,
    resized: bool,
    changed: bool,
}

impl Batch {
    fn apply(&mut self, app: &mut App, event: &event::Event) {
        if app.quit {
            return;
        }
        let Some(action) = action_for_event(event, app.key_context(), &app.keymap) else {
            return;
        };
        self.changed = true;
        if let Action::Resize(w, h) = action {
            self.resize = Some((w, h));
            return;
        }
        // Anything else may depend on the layout (a click's position, a
        // page's height), so the size it was made at comes first.
        self.flush(app);
        app.update(action);
    }

    fn flush(&mut self, app: &mut App) {
        if let Some((w, h)) = self.resize.take() {
            app.update(Action::Resize(w, h));
            self.resized = true;
        }
    }
}
