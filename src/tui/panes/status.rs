//! The one-line status bar: where the jump cursor is (`quote 2/8 · Bruce
//! Klinger`), else a note or the article's position, and on the right as
//! many key hints as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::app::{App, ListView, Lookup};
use std::sync::OnceLock;

use crate::tui::action::Action;
use crate::tui::draw::put_line;
use crate::tui::keymap::KeyMap;
use crate::tui::theme::Theme;
use crate::tui::wrap::{cells, fits, truncate};

/// Hints in order of importance, the ones that do not fit dropped: the
/// actions, how their default keys read, and what they do.
const HINTS: &[(&[Action], &str, &str)] = &[
    (&[Action::ToggleHelp], "?", "help"),
    (&[Action::Quit], "q", "quit"),
    (&[Action::NextQuote, Action::PrevQuote], "]/[", "quote"),
    (
        &[Action::NextSpeaker, Action::PrevSpeaker],
        "}/{",
        "speaker",
    ),
    (&[Action::FocusNext], "Tab", "pane"),
    (&[Action::Enter], "Enter", "open"),
    (&[Action::ToggleSidebar], "e", "entities"),
    (&[Action::ToggleStar], "s", "star"),
    (&[Action::CycleFilter], "f", "filter"),
];

/// The keys a hint shows: the default spelling while the user kept the
/// default keys, else the first key of each action as configured; `None`
/// when an action has no key left.
fn hint_keys(keymap: &KeyMap, actions: &[Action], default: &'static str) -> Option<String> {
    static DEFAULTS: OnceLock<KeyMap> = OnceLock::new();
    let defaults = DEFAULTS.get_or_init(KeyMap::default);
    if actions.iter().all(|a| keymap.keys(*a) == defaults.keys(*a)) {
        return Some(default.to_string());
    }
    let keys: Option<Vec<String>> = actions
        .iter()
        .map(|a| keymap.keys(*a).first().map(|k| k.display()))
        .collect();
    keys.map(|k| k.join("/"))
}

/// The status bar's left-hand text: a background refresh's progress in
/// front of whatever else it says, so it shows while reading goes on.
pub fn status_text(app: &App) -> String {
    let base = base_text(app);
    match app.refreshing().status() {
        Some(r) if !app.library_prompt_open() => format!("{r} · {base}"),
        _ => base,
    }
}

fn base_text(app: &App) -> String {
    if let Some(s) = shown_view_status(app) {
        return match &app.message() {
            Some(m) if !app.library_prompt_open() => format!("{s} · {m}"),
            _ => s,
        };
    }
    if let Some(s) = app.cursor_status() {
        return s;
    }
    if app.visible().is_empty() && app.filter() == crate::tui::app::Filter::All {
        // Nothing else will ever show here, so the skip count stays up
        // rather than going with the first key.
        let none = super::empty::headline(app);
        return match app.skipped().len() {
            0 => none,
            1 => format!("{none} · 1 file skipped (? shows why)"),
            n => format!("{none} · {n} files skipped (? lists them)"),
        };
    }
    if let Some(m) = app.message() {
        return m.to_string();
    }
    let words = app.entries().get(app.selected()).map_or(0, |e| e.words);
    let n = app.view().attributed.len();
    let quotes = match n {
        0 => String::new(),
        1 => " · 1 quote".to_string(),
        n => format!(" · {n} quotes"),
    };
    let (pos, of) = if app.visible().is_empty() {
        (app.selected() + 1, app.entries().len())
    } else {
        (app.list_pos() + 1, app.visible().len())
    };
    let unread = match app.unread_count() {
        0 => "all read".to_string(),
        n => format!("{n} unread"),
    };
    let indexing = if app.indexing().running && app.indexing().total == 0 {
        "indexing… · ".to_string()
    } else if app.indexing().running {
        format!(
            "indexing {} / {} · ",
            thousands(app.indexing().done),
            thousands(app.indexing().total)
        )
    } else {
        String::new()
    };
    let sort = match app.sort() {
        crate::tui::app::Sort::Date => String::new(),
        other => format!(" · {}", other.label()),
    };
    format!("{indexing}{pos}/{of} · {unread}{sort} · {words} words{quotes}")
}

/// The view's status when it is what the bar shows: in the list its view
/// is what the user is looking at; the reader's jump cursor is for when
/// they read.
fn shown_view_status(app: &App) -> Option<String> {
    if app.focus() == crate::tui::layout::Pane::List || app.library_prompt_open() {
        view_status(app)
    } else {
        None
    }
}

/// What the list pane's view is, for the status bar: the library search
/// prompt while it is open, else the view's name and size.
fn view_status(app: &App) -> Option<String> {
    let articles = |n: usize| match n {
        1 => "1 article".to_string(),
        n => format!("{} articles", thousands(n)),
    };
    match &app.list_view() {
        ListView::Articles => None,
        ListView::Found(f) => {
            let count = if f.done {
                articles(app.visible().len())
            } else {
                "searching…".to_string()
            };
            Some(match &f.what {
                Lookup::Search {
                    query,
                    editing: true,
                } => format!("/{query}▏ · {count}"),
                Lookup::Search { query, .. } => format!("search \"{query}\" · {count}"),
                Lookup::Mentions { name, .. } => format!("mentioning {name} · {count}"),
            })
        }
        ListView::Quotes(q) => {
            let quotes = match q.rows.len() {
                1 => "1 quote".to_string(),
                n => format!("{} quotes", thousands(n)),
            };
            let more = if q.done { "" } else { " · finding more…" };
            Some(format!(
                "quotes by {} · {quotes} in {}{more}",
                q.name,
                articles(q.articles)
            ))
        }
    }
}

/// `41200` as `41,200`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The status text for a bar `width` cells wide: on a single-pane screen
/// the word and quote counts give way, so the Tab hint still fits.
fn fitted_status(app: &App, width: u16) -> String {
    let full = status_text(app);
    if width >= crate::tui::layout::SINGLE_PANE_WIDTH
        || app.cursor_status().is_some()
        || app.message().is_some()
    {
        return full;
    }
    match full.match_indices(" · ").nth(1) {
        Some((at, _)) if full.contains(" words") => full[..at].to_string(),
        _ => full,
    }
}

/// The status bar, one row.
pub struct StatusPane<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for StatusPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let StatusPane { app, theme } = self;
        buf.set_style(area, theme.status);
        let w = usize::from(area.width);
        let mut left = fitted_status(app, area.width);
        if app.cursor_status().is_some() && shown_view_status(app).is_none() {
            if let Some(m) = &app.message() {
                left = format!("{left} · {m}");
            }
        }
        // With one pane on screen, Tab is how to reach the others: hint it
        // before anything but help.
        let narrow = area.width < crate::tui::layout::SINGLE_PANE_WIDTH;
        let mut order: Vec<&(&[Action], &str, &str)> = HINTS.iter().collect();
        if narrow {
            order.sort_by_key(|(actions, _, _)| match actions.first() {
                Some(Action::ToggleHelp) => 0,
                Some(Action::FocusNext) => 1,
                _ => 2,
            });
        }
        let hints: Vec<(String, &str)> = order
            .into_iter()
            .filter_map(|(actions, default, what)| {
                hint_keys(app.keymap(), actions, default).map(|k| (k, *what))
            })
            .collect();
        let hint_w = |(key, what): &(String, &str)| cells(key) + 1 + cells(what) + 2;
        // The first hint (how to open the help) is always kept: whatever the
        // note says, a newcomer can see where the keys are explained.
        let reserved = hints.first().map_or(0, hint_w);
        // A cell between the note and the hints keeps them apart.
        let left = fit_left(app, &left, w.saturating_sub(reserved + 1));
        let mut used = cells(&left) + 2;
        let mut spans: Vec<Span> = Vec::new();
        for (i, hint) in hints.iter().enumerate() {
            let n = hint_w(hint);
            if used + n > w && i > 0 {
                break;
            }
            used += n;
            spans.push(Span::styled(hint.0.clone(), theme.status_key));
            spans.push(Span::styled(format!(" {}  ", hint.1), theme.status_hint));
        }
        put_line(buf, area, &Line::styled(left, theme.status_info));
        let hint_w: usize = spans.iter().map(|s| cells(&s.content)).sum();
        let x = area
            .right()
            .saturating_sub(u16::try_from(hint_w).unwrap_or(0));
        let rect = Rect::new(x, area.y, area.right() - x, 1);
        put_line(buf, rect, &Line::from(spans));
    }
}

/// The left-hand text in `room` cells. A note that does not fit says
/// where it can be read whole: the `?` help lists every note.
fn fit_left(app: &App, text: &str, room: usize) -> String {
    let text = format!(" {text}");
    if fits(&text, room) {
        return text;
    }
    const MORE: &str = " (see ?)";
    let is_note = app
        .message()
        .as_ref()
        .is_some_and(|m| app.notes().iter().any(|n| m.contains(n.as_str())));
    if is_note && room > cells(MORE) + 8 {
        return format!("{}{MORE}", truncate(&text, room - cells(MORE)));
    }
    truncate(&text, room)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::Key;

    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(41_200), "41,200");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn hints_follow_remapped_keys() {
        let mut map = KeyMap::default();
        assert_eq!(hint_keys(&map, &[Action::Quit], "q").as_deref(), Some("q"));
        map.bind(Action::Quit, &[Key::char('x')]);
        assert_eq!(hint_keys(&map, &[Action::Quit], "q").as_deref(), Some("x"));
        map.bind(Action::NextQuote, &[Key::char('>')]);
        let quote = hint_keys(&map, &[Action::NextQuote, Action::PrevQuote], "]/[");
        assert_eq!(quote.as_deref(), Some(">/["));
        map.bind(Action::ToggleStar, &[]);
        assert_eq!(
            hint_keys(&map, &[Action::ToggleStar], "s"),
            None,
            "unbound: no hint"
        );
    }
}
