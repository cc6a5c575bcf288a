//! The entity sidebar at widths the config allows, through ratatui's
//! `TestBackend` on the fixture article.

#[path = "support/tui.rs"]
mod support;

use newsreader::tui::layout::Settings;
use support::{app, draw, text};

/// In a sidebar as narrow as the config allows, every entity still shows
/// the start of its name, an ellipsis where it is cut, and its count.
#[test]
fn a_narrow_sidebar_keeps_names_and_counts() {
    for side in [12, 14, 18] {
        let app = app(140, 40);
        let settings = Settings {
            sidebar_width: Some(side),
            ..*app.settings()
        };
        let app = app.with_settings(settings);
        let buf = draw(&app, 140, 40);
        let pane = app.panes().sidebar.unwrap_or_default();
        assert_eq!(pane.width, side);
        for name in ["Bruce Klinger", "Heritage Foundation", "Vladivostok"] {
            let y = (pane.y + 1..pane.bottom() - 1)
                .find(|y| {
                    let r: String = (pane.x..pane.right())
                        .map(|x| buf[(x, *y)].symbol())
                        .collect();
                    r.contains(&name[..4])
                })
                .unwrap_or_else(|| panic!("{name} gone at {side}: {}", text(&buf)));
            let r: String = (pane.x + 1..pane.right() - 1)
                .map(|x| buf[(x, y)].symbol())
                .collect();
            let r = r.trim_end();
            assert!(r.ends_with(|c: char| c.is_ascii_digit()), "{side}: {r}");
            assert!(r.contains(name) || r.contains('…'), "{side}: {r}");
        }
    }
}
