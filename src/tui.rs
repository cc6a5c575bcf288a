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
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::article::Article;
use crate::config::Config;
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

/// Run the reader over `articles` until the user quits. `skipped` are
/// messages about files that could not be loaded, shown in the status bar
/// and the help overlay; `origin` names what was opened (the empty state
/// says "No articles in …"); `config` supplies the keys, colours and
/// layout settings.
pub fn run(
    articles: Vec<Article>,
    skipped: Vec<String>,
    origin: &str,
    config: Config,
) -> Result<(), TuiError> {
    install_panic_hook();
    let (_guard, mut terminal) = setup()?;
    let size = terminal.size().map_err(TuiError::Setup)?;
    let mut app = App::with_size(articles, skipped, size.width, size.height).with_origin(origin);
    app.keymap = config.keymap;
    app.theme = config.theme;
    app.settings = config.settings;
    // The panes were laid out with the default settings; lay them out again
    // with the user's (sidebar, its width, the measure).
    app.update(Action::Resize(size.width, size.height));
    let mut resized = false;
    while !app.quit {
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
        resized = next_batch(&mut app)?;
    }
    Ok(())
}

/// Block until an event that means something, then apply every event
/// already queued behind it before returning to draw: a held key or a
/// resize storm costs one frame per batch, not one per event, so input
/// never lags behind the screen. Nothing pending means blocking in
/// `read`, never spinning. Says whether the batch resized the app.
fn next_batch(app: &mut App) -> Result<bool, TuiError> {
    let mut batch = Batch::default();
    loop {
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
