//! The config file as users meet it through the binary: the printed
//! default works as a config, a broken one stops the reader before it
//! touches the terminal, and the default location is honoured. Every run
//! gets its own HOME and XDG folders, so the real ones are never read.

use std::process::Output;

use tempfile::TempDir;

#[path = "support/cli.rs"]
mod cli;
use cli::newsreader;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn home() -> TempDir {
    tempfile::tempdir().expect("a temp dir")
}

#[test]
fn the_printed_default_config_is_a_working_config() {
    let home = home();
    let out = newsreader(home.path(), &["config", "--default"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let table: toml::Table = toml::from_str(&text).expect("valid TOML");
    for key in ["layout", "keys", "colors"] {
        assert!(table.contains_key(key), "{key} missing");
    }
    let path = home.path().join("mine.toml");
    std::fs::write(&path, &text).expect("write config");
    let path = path.to_string_lossy();
    let dump = newsreader(home.path(), &["--config", &path, "dump"]);
    assert_eq!(dump.status.code(), Some(0), "{}", stderr(&dump));
    assert!(dump.stdout.starts_with(b"{\"articles\""));
}

#[test]
fn a_bad_config_stops_the_reader_before_the_terminal() {
    let home = home();
    let path = home.path().join("bad.toml");
    std::fs::write(&path, "[layout]\nsidebar = true\nmeasure = 5\n").expect("write config");
    let out = newsreader(home.path(), &["--config", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // Nothing at all on stdout: no alternate screen, no mouse capture.
    assert!(out.stdout.is_empty(), "stdout: {:?}", out.stdout);
    let err = stderr(&out);
    assert!(err.contains("bad.toml:3:11: layout.measure:"), "{err}");
    assert!(err.starts_with("newsreader: "), "{err}");
}

#[test]
fn a_missing_config_given_explicitly_is_an_error() {
    let home = home();
    let path = home.path().join("absent.toml");
    let out = newsreader(home.path(), &["--config", &path.to_string_lossy(), "dump"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("absent.toml"), "{}", stderr(&out));
}

#[test]
fn the_default_location_is_used_and_may_be_missing() {
    let home = home();
    // No file yet: the built-in defaults, no error.
    let out = newsreader(home.path(), &["dump"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let listed = newsreader(home.path(), &["config"]);
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(listed.contains("newsreader/config.toml"), "{listed}");
    assert!(listed.contains("not found"), "{listed}");

    let dir = home.path().join("config").join("newsreader");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), "[keys]\nquit = [\"ctrl-qq\"]\n").expect("write");
    let out = newsreader(home.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("newsreader/config.toml:2:9: keys.quit: unknown key name \"ctrl-qq\""),
        "{err}"
    );
}
