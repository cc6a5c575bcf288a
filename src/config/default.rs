//! The default config file, written out from the same tables the parser
//! and the reader use, so it cannot drift from the built-in defaults (a
//! test parses it back into `Config::default()`).

use std::fmt::Write;

use crate::tui::commands::commands;
use crate::tui::layout::MAX_MEASURE;
use crate::tui::theme::{DEFAULT_SPEAKERS, STYLES};

use super::{MEASURE_RANGE, SIDEBAR_WIDTH_RANGE};

/// `line` with `# about` after it, the comments lined up in one column
/// where the line leaves room.
fn commented(out: &mut String, line: &str, about: &str) {
    let _ = writeln!(out, "{line:<33} # {about}");
}

fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", items.join(", "))
}

/// A complete, commented config holding every default.
pub fn default_toml() -> String {
    let (m_lo, m_hi) = (MEASURE_RANGE.start(), MEASURE_RANGE.end());
    let (w_lo, w_hi) = (SIDEBAR_WIDTH_RANGE.start(), SIDEBAR_WIDTH_RANGE.end());
    let mut out = String::new();
    out.push_str(
        "# newsreader configuration: every setting with its default value.\n\
         # All keys are optional; delete the ones you do not change.\n\
         # `newsreader config --default` prints this file again.\n\
         \n\
         # The folder `newsreader` opens when given no PATH (~ is your home).\n\
         # library = \"~/News\"\n\
         \n\
         [layout]\n",
    );
    commented(
        &mut out,
        "sidebar = true",
        "show the entity sidebar on wide terminals (`e` flips it)",
    );
    commented(
        &mut out,
        "sidebar_width = 0",
        &format!("sidebar cells, {w_lo} to {w_hi}; 0 grows it with the terminal"),
    );
    commented(
        &mut out,
        &format!("measure = {MAX_MEASURE}"),
        &format!("longest reading line, in cells ({m_lo} to {m_hi})"),
    );
    out.push_str(
        "\n\
         [keys]\n\
         # Each action takes a list of keys. Listing an action replaces its\n\
         # default keys (an empty list unbinds it); a key you bind is taken from\n\
         # the action it had by default. One key bound to two actions here is\n\
         # an error. Ctrl-C always quits, whatever this table says.\n\
         # Key names: a character (\"j\", \"G\", \"?\", \"space\"), \"ctrl-x\", \"alt-x\",\n\
         # \"shift-tab\", up down left right home end pgup pgdn enter esc tab\n\
         # backspace delete insert f1 ... f12.\n",
    );
    for c in commands() {
        let names: Vec<String> = c.keys.iter().map(|k| k.name()).collect();
        let value = quoted_list(names.iter().map(String::as_str));
        commented(&mut out, &format!("{} = {value}", c.name), c.about);
    }
    out.push_str(
        "\n\
         [colors]\n\
         # Colours: the 16 ANSI names (black red green yellow blue magenta cyan\n\
         # gray darkgray lightred lightgreen lightyellow lightblue lightmagenta\n\
         # lightcyan white), \"default\", \"#rrggbb\", or an index \"0\" to \"255\".\n\
         # Styles: space-separated words: a colour or \"accent\" for the text,\n\
         # \"on <colour>\" for the background, and any of bold dim italic\n\
         # underlined reversed crossed_out. \"\" is plain text.\n\
         # Setting NO_COLOR in the environment drops every colour, keeping the\n\
         # modifiers.\n",
    );
    commented(
        &mut out,
        "accent = \"cyan\"",
        "the colour the styles below call \"accent\"",
    );
    let speakers = quoted_list(DEFAULT_SPEAKERS.iter().copied());
    // Too long to share a line with its comment.
    out.push_str("# speakers' colours, in order of their first quote\n");
    let _ = writeln!(out, "speakers = {speakers}");
    for field in STYLES {
        commented(
            &mut out,
            &format!("{} = {:?}", field.name, field.default),
            field.about,
        );
    }
    out
}
