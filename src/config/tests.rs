use super::*;
use crate::tui::action::Action;
use ratatui::style::Modifier;

fn file() -> &'static Path {
    Path::new("/tmp/x/config.toml")
}

fn parse_ok(text: &str) -> Config {
    match parse(text, file(), false) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

/// The error message for `text`, which must not parse.
fn error(text: &str) -> String {
    match parse(text, file(), false) {
        Ok(_) => panic!("parsed: {text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(parse_ok(""), Config::default());
}

#[test]
fn the_default_file_parses_back_into_the_defaults() {
    assert_eq!(parse_ok(&default_toml()), Config::default());
}

/// The `[keys]` text is written from the command table: read back, it is
/// the default keymap, each action with its keys in the same order, and
/// its lines follow the table (the overlay's order).
#[test]
fn the_default_keys_text_parses_back_into_the_default_keymap() {
    let text = default_toml();
    assert_eq!(parse_ok(&text).keymap, KeyMap::default());
    let keys = &text[text.find("[keys]").unwrap_or(0)..];
    let at: Vec<usize> = keymap::action_names()
        .map(|name| keys.find(&format!("\n{name} = [")).unwrap_or(usize::MAX))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
}

#[test]
fn the_default_file_names_every_action_and_style() {
    let text = default_toml();
    for name in keymap::action_names() {
        assert!(text.contains(&format!("\n{name} = [")), "{name}");
    }
    for field in STYLES {
        assert!(
            text.contains(&format!("\n{} = \"", field.name)),
            "{}",
            field.name
        );
    }
}

#[test]
fn layout_settings_are_read() {
    let c = parse_ok(
        "library = \"~/News\"\n[layout]\nsidebar = false\nsidebar_width = 30\nmeasure = 100\n",
    );
    assert_eq!(
        c.settings,
        Settings {
            sidebar: false,
            sidebar_width: Some(30),
            measure: 100
        }
    );
    assert_eq!(c.library, Some(PathBuf::from("~/News")));
    assert_eq!(
        parse_ok("[layout]\nsidebar_width = 0\n")
            .settings
            .sidebar_width,
        None
    );
}

#[test]
fn home_is_expanded_only_at_the_start() {
    let home = Path::new("/home/me");
    assert_eq!(
        expand_home(Path::new("~/News"), Some(home)),
        PathBuf::from("/home/me/News")
    );
    assert_eq!(
        expand_home(Path::new("~"), Some(home)),
        PathBuf::from("/home/me")
    );
    assert_eq!(
        expand_home(Path::new("/a/~"), Some(home)),
        PathBuf::from("/a/~")
    );
    assert_eq!(expand_home(Path::new("~/x"), None), PathBuf::from("~/x"));
}

#[test]
fn listed_actions_replace_their_keys_and_take_them_from_others() {
    let c = parse_ok("[keys]\nquit = [\"x\", \"j\"]\ndown = [\"ctrl-j\"]\n");
    assert_eq!(c.keymap.get(Key::char('x')), Some(Action::Quit));
    assert_eq!(c.keymap.get(Key::char('j')), Some(Action::Quit));
    assert_eq!(c.keymap.get(Key::char('q')), None);
    assert_eq!(c.keymap.get(Key::ctrl('j')), Some(Action::Down));
    assert_eq!(c.keymap.keys_for(Action::Down), ["Ctrl-J"]);
    // Untouched actions keep their defaults.
    assert_eq!(c.keymap.get(Key::char('k')), Some(Action::Up));
}

#[test]
fn one_key_for_two_actions_is_an_error_with_both_lines() {
    let msg = error("[keys]\nquit = [\"x\"]\ndown = [\"j\", \"x\"]\n");
    assert_eq!(
        msg,
        "/tmp/x/config.toml:3:14: keys.down: \"x\" is already bound to quit on line 2; expected each key in one action only"
    );
}

#[test]
fn ctrl_c_cannot_be_given_to_another_action() {
    let msg = error("[keys]\ndown = [\"ctrl-c\"]\n");
    assert_eq!(
        msg,
        "/tmp/x/config.toml:2:9: keys.down: \"ctrl-c\" always quits; expected another key"
    );
    assert_eq!(
        parse_ok("[keys]\nquit = [\"ctrl-c\"]\n")
            .keymap
            .get(Key::char('q')),
        None
    );
}

#[test]
fn bad_key_names_are_placed() {
    let msg = error("\n\n\n\n\n[keys]\nquit = [\"ctrl-qq\"]\n");
    assert_eq!(
        msg,
        "/tmp/x/config.toml:7:9: keys.quit: unknown key name \"ctrl-qq\"; expected a key like \"q\", \"ctrl-c\", \"pgdn\", \"f5\""
    );
}

#[test]
fn unknown_actions_list_the_valid_ones() {
    let msg = error("[keys]\nquitt = [\"q\"]\n");
    assert!(
        msg.starts_with(
            "/tmp/x/config.toml:2:1: keys.quitt: unknown action; expected one of down, up,"
        ),
        "{msg}"
    );
    assert!(msg.contains("refresh"), "{msg}");
}

#[test]
fn unknown_top_level_key() {
    let msg = error("# hi\nlibrary = \"/x\"\ncolours = 3\n");
    assert!(msg.starts_with("/tmp/x/config.toml:3:1: colours: unknown key; expected one of library, layout, keys, colors"), "{msg}");
}

#[test]
fn unknown_layout_key() {
    let msg = error("[layout]\nsidebar = true\nsidebar_wdth = 3\n");
    assert_eq!(
        msg,
        "/tmp/x/config.toml:3:1: layout.sidebar_wdth: unknown key; expected one of sidebar, sidebar_width, measure"
    );
}

#[test]
fn measure_out_of_range() {
    let msg = error("[layout]\nmeasure = 5\n");
    assert_eq!(
        msg,
        "/tmp/x/config.toml:2:11: layout.measure: 5 is out of range; expected 20 to 400 cells"
    );
    let msg = error("[layout]\nsidebar_width = -1\n");
    assert!(
        msg.starts_with("/tmp/x/config.toml:2:17: layout.sidebar_width: -1 is out of range"),
        "{msg}"
    );
}

#[test]
fn wrong_types_are_placed_with_the_key() {
    let msg = error("[layout]\nmeasure = \"wide\"\n");
    assert!(
        msg.starts_with("/tmp/x/config.toml:2:11: layout.measure: "),
        "{msg}"
    );
    let msg = error("[keys]\ndown = \"j\"\n");
    assert!(
        msg.starts_with("/tmp/x/config.toml:2:8: keys.down: "),
        "{msg}"
    );
}

#[test]
fn syntax_errors_are_placed() {
    let msg = error("[layout]\nmeasure = = 3\n");
    assert!(msg.starts_with("/tmp/x/config.toml:2:"), "{msg}");
    assert!(msg.len() > "/tmp/x/config.toml:2:1: ".len(), "{msg}");
}

#[test]
fn colours_and_styles_are_read() {
    let c = parse_ok("[colors]\naccent = \"#ff0000\"\nspeakers = [\"green\", \"accent\"]\nmention = \"on blue bold\"\n");
    let red = Color::Rgb(255, 0, 0);
    assert_eq!(c.theme.headline.fg, Some(red));
    assert_eq!(c.theme.speaker_palette, [Color::Green, red]);
    assert_eq!(c.theme.mention.bg, Some(Color::Blue));
    assert_eq!(c.theme.mention.fg, None);
}

#[test]
fn bad_colours_are_placed() {
    let msg = error("[colors]\naccent = \"cyann\"\n");
    assert!(
        msg.starts_with(
            "/tmp/x/config.toml:2:10: colors.accent: unknown colour \"cyann\"; expected"
        ),
        "{msg}"
    );
    let msg = error("[colors]\n\nheadline = \"bold blinky\"\n");
    assert!(
        msg.starts_with(
            "/tmp/x/config.toml:3:12: colors.headline: unknown colour or modifier \"blinky\""
        ),
        "{msg}"
    );
    let msg = error("[colors]\nspeakers = []\n");
    assert!(
        msg.starts_with("/tmp/x/config.toml:2:12: colors.speakers: "),
        "{msg}"
    );
    let msg = error("[colors]\nheadlines = \"red\"\n");
    assert!(msg.starts_with("/tmp/x/config.toml:2:1: colors.headlines: unknown key; expected one of accent, speakers, border,"), "{msg}");
}

#[test]
fn no_color_strips_colours_but_keeps_modifiers() {
    let text = "[colors]\naccent = \"red\"\nmention = \"yellow on blue underlined\"\n";
    let c = match parse(text, file(), true) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(c.theme.headline.fg, None);
    assert_eq!((c.theme.mention.fg, c.theme.mention.bg), (None, None));
    assert!(c.theme.mention.add_modifier.contains(Modifier::UNDERLINED));
    assert!(c.theme.speaker_palette.is_empty());
    assert_eq!(
        parse("", file(), true).ok().map(|c| c.theme),
        Some(Theme::default().without_colors())
    );
}

#[test]
fn a_missing_file_given_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.toml");
    let msg = load(&path, false).unwrap_err().to_string();
    assert!(msg.contains("nope.toml"), "{msg}");
}
