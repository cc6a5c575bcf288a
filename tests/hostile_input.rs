//! Hostile and broken input, end to end: a folder of files built to attack a
//! terminal (every family of escape sequence, C1 controls, overprinting) or
//! to break a loader (bad encodings, binary, empty, huge, FIFOs, dangling
//! and looping links, unreadable files, a file name holding escapes) goes
//! through the real `newsreader dump`. It must finish, print valid JSON in
//! which no string holds a control character, name every skipped file on
//! stderr, and load the good article beside them intact.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsreader::loader::{parse_bytes, LoadError};
use serde_json::Value;

/// Only a hang guard: the run takes a second or two.
const HANG_GUARD: Duration = Duration::from_secs(60);

/// Every string sequence carries this, so a payload surviving sanitizing
/// shows up in the output.
const PAYLOAD: &str = "PAYLOAD";

fn hostile_text_files() -> Vec<(&'static str, Vec<u8>)> {
    let text = |s: &str| s.as_bytes().to_vec();
    let utf16 = |bom: [u8; 2], le: bool, s: &str| {
        let mut b = bom.to_vec();
        for u in s.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    };
    let c1: String = ('\u{80}'..='\u{9f}').flat_map(|c| [c, 'x']).collect();
    vec![
        ("csi.txt", text("Screen wipe\n\nBefore \x1b[2J\x1b[3J\x1b[H\x1b[1;1H\x1b[31mred\x1b[0m \x1b[?1049h\x1b[10A after.")),
        ("osc-title.txt", text("Titles\n\nA\x1b]0;PAYLOAD\x07 b\x1b]2;PAYLOAD\x1b\\ c.")),
        ("osc52.txt", text("Clipboard\n\nCopy\x1b]52;c;UEFZTE9BRA==PAYLOAD\x07 this.")),
        ("osc8.txt", text("Links\n\nA \x1b]8;;https://evil.example/PAYLOAD\x1b\\fake link\x1b]8;;\x1b\\ here.")),
        ("dcs-apc.txt", text("Strings\n\nA\x1bPq#0;PAYLOAD\x1b\\ b\x1b_PAYLOAD\x1b\\ c\x1b^PAYLOAD\x1b\\ d\x1bXPAYLOAD\x1b\\.")),
        ("c1-8bit.txt", text("Eight bit\n\nA\u{9b}2J b\u{9d}0;PAYLOAD\u{9c} c\u{90}PAYLOAD\u{9c} d.")),
        ("c1-controls.txt", text(&format!("C1\n\nControls {c1} end."))),
        ("c0-controls.txt", text("C0\n\nA\x00b\x01c\x07d\x0be\x0cf\x1ag\x7fh.")),
        ("overprint.txt", text("Overprint\n\nSafe text\rEVIL ab\x08\x08\x08\x08hidden.")),
        ("invalid-utf8.txt", b"Broken bytes\n\nValid \xff\xfe\xc3 then \xe2\x80 more.".to_vec()),
        ("latin1.txt", b"Le caf\xe9\n\nUn caf\xe9 cr\xe8me, \x93cit\xe9\x94 na\xefve.".to_vec()),
        ("utf16le.txt", utf16([0xff, 0xfe], true, "UTF-16 LE\n\nLittle “endian” text, said Kim.")),
        ("utf16be.txt", utf16([0xfe, 0xff], false, "UTF-16 BE\n\nBig “endian” text, said Kim.")),
        ("binary.txt", (0u32..8192).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect()),
        ("empty.txt", Vec::new()),
        ("blank.txt", text(" \n\t\r\n  \u{a0}\n")),
        ("only-escapes.txt", text("\x1b[2J\x1b]0;PAYLOAD\x07\x1b[H\n")),
        ("evil\x1b]0;PAYLOAD\x07\x1b[2Jname.txt", text("Named\n\nHostile file name.")),
        ("evil-empty\x1b[2J\x1b]2;PAYLOAD\x07.txt", Vec::new()),
    ]
}

/// Whether this process can read files whatever their permissions (root).
fn reads_everything(dir: &Path) -> bool {
    let probe = dir.join("probe");
    fs::write(&probe, "x").is_ok() && {
        set_mode(&probe, 0o000);
        let readable = fs::read(&probe).is_ok();
        let _ = fs::remove_file(&probe);
        readable
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn build_corpus(dir: &Path) {
    for (name, bytes) in hostile_text_files() {
        fs::write(dir.join(name), bytes).unwrap();
    }
    // 20 MB on one line, past the size limit.
    fs::write(dir.join("huge.txt"), "word ".repeat(4_000_000)).unwrap();
    let fifo = dir.join("fifo.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("broken.txt")).unwrap();
    std::os::unix::fs::symlink("loop.txt", dir.join("loop.txt")).unwrap();
    fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    fs::write(dir.join("unreadable.txt"), "Secret\n\nNot for you.").unwrap();
    set_mode(&dir.join("unreadable.txt"), 0o000);
    let good = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/core/assets/articles/kim-jong-un-vladivostok.txt");
    fs::copy(good, dir.join("sub/kim-jong-un-vladivostok.txt")).unwrap();
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `newsreader dump PATH`, killed (and the test failed) if it hangs.
fn dump(path: &Path, out_dir: &Path) -> Run {
    let (out, err) = (out_dir.join("stdout"), out_dir.join("stderr"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .arg("dump")
        .arg(path)
        .stdin(Stdio::null())
        .stdout(File::create(&out).unwrap())
        .stderr(File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("newsreader dump hung for {HANG_GUARD:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Run {
        code: status.code(),
        stdout: String::from_utf8(fs::read(out).unwrap()).expect("stdout is UTF-8"),
        stderr: String::from_utf8(fs::read(err).unwrap()).expect("stderr is UTF-8"),
    }
}

fn is_forbidden(c: char) -> bool {
    c != '\n' && c != '\t' && (c.is_control() || c == '\u{7f}')
}

/// Every string in the JSON, keys included.
fn strings<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.push(k);
                strings(v, out);
            }
        }
        _ => {}
    }
}

fn body(article: &Value) -> String {
    let blocks = article["blocks"].as_array().unwrap().iter();
    let texts: Vec<&str> = blocks.map(|b| b["text"].as_str().unwrap()).collect();
    format!(
        "{}\n{}",
        article["title"].as_str().unwrap(),
        texts.join("\n")
    )
}

#[test]
fn dump_survives_a_folder_of_hostile_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    build_corpus(&corpus);
    let root = reads_everything(dir.path());

    let run = dump(&corpus, dir.path());
    set_mode(&corpus.join("unreadable.txt"), 0o644);
    assert_eq!(
        run.code,
        Some(1),
        "skipped files make exit status 1: {}",
        run.stderr
    );
    let doc: Value = serde_json::from_str(&run.stdout).expect("stdout is one JSON document");

    let mut all = Vec::new();
    strings(&doc, &mut all);
    // Text loses its sequences; a file name keeps all of itself, every
    // hidden character shown as a visible escape, so a payload there is
    // only ever text behind a `\u{1b}`.
    let shown_name = |s: &str| s.contains(r"evil<U+001B>]0;PAYLOAD<U+0007><U+001B>[2Jname.txt");
    let shown_empty = |s: &str| s.contains(r"evil-empty<U+001B>[2J<U+001B>]2;PAYLOAD<U+0007>.txt");
    for s in &all {
        assert!(!s.chars().any(is_forbidden), "control character in {s:?}");
        assert!(
            !s.contains(PAYLOAD) || shown_name(s),
            "sequence payload survived in {s:?}"
        );
    }
    assert!(
        !run.stderr.chars().any(is_forbidden),
        "stderr: {:?}",
        run.stderr
    );
    for line in run.stderr.lines() {
        assert!(
            !line.contains(PAYLOAD) || shown_empty(line),
            "stderr: {line:?}"
        );
    }
    assert!(
        run.stderr.lines().any(shown_empty),
        "the empty file is named in full: {:?}",
        run.stderr
    );

    let articles: BTreeMap<String, &Value> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let source = a["source"].as_str().unwrap();
            let name = source.rsplit('/').next().unwrap().to_string();
            (name, a)
        })
        .collect();
    let names: Vec<&str> = articles.keys().map(String::as_str).collect();
    let mut expected = vec![
        "c0-controls.txt",
        "c1-8bit.txt",
        "c1-controls.txt",
        "csi.txt",
        "dcs-apc.txt",
        r"evil<U+001B>]0;PAYLOAD<U+0007><U+001B>[2Jname.txt",
        "invalid-utf8.txt",
        "kim-jong-un-vladivostok.txt",
        "latin1.txt",
        "osc-title.txt",
        "osc52.txt",
        "osc8.txt",
        "overprint.txt",
        "utf16be.txt",
        "utf16le.txt",
    ];
    if root {
        expected.push("unreadable.txt");
        expected.sort();
    }
    assert_eq!(names, expected);

    // Sequences go, the text around them stays.
    assert_eq!(body(articles["csi.txt"]), "Screen wipe\nBefore red after.");
    assert_eq!(body(articles["osc8.txt"]), "Links\nA fake link here.");
    assert_eq!(body(articles["c1-8bit.txt"]), "Eight bit\nA b c d.");
    let overprint = body(articles["overprint.txt"]);
    assert!(
        overprint.contains("Safe text EVIL") && overprint.contains("abhidden"),
        "{overprint}"
    );

    let latin1 = articles["latin1.txt"];
    assert_eq!(body(latin1), "Le café\nUn café crème, “cité” naïve.");
    assert_eq!(latin1["repaired"], true);
    assert_eq!(articles["invalid-utf8.txt"]["repaired"], true);
    assert_eq!(articles["csi.txt"]["repaired"], false);
    assert_eq!(
        body(articles["utf16le.txt"]),
        "UTF-16 LE\nLittle “endian” text, said Kim."
    );
    assert_eq!(
        body(articles["utf16be.txt"]),
        "UTF-16 BE\nBig “endian” text, said Kim."
    );
    assert_eq!(articles["utf16le.txt"]["repaired"], false);

    // The good article beside them is untouched.
    let kim = articles["kim-jong-un-vladivostok.txt"];
    let mut speakers: BTreeMap<&str, usize> = BTreeMap::new();
    for q in kim["quotes"].as_array().unwrap() {
        if let Some(s) = q["speaker"].as_str() {
            *speakers.entry(s).or_default() += 1;
        }
    }
    assert_eq!(
        speakers,
        BTreeMap::from([
            ("Bruce Klinger", 6),
            ("Kim Jong Un", 1),
            ("Mark P. Barry", 1)
        ])
    );

    // Each skipped file is named, with what is wrong.
    let stderr_line = |name: &str| {
        run.stderr
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no message for {name} in {}", run.stderr))
            .to_string()
    };
    assert!(stderr_line("binary.txt").contains("binary"));
    for empty in [
        "empty.txt",
        "blank.txt",
        "only-escapes.txt",
        r"evil-empty<U+001B>[2J<U+001B>]2;PAYLOAD<U+0007>.txt",
    ] {
        assert!(stderr_line(empty).contains("empty"), "{empty}");
    }
    assert!(stderr_line("huge.txt").contains("16 MiB limit"));
    assert!(stderr_line("fifo.txt").contains("named pipe"));
    assert!(stderr_line("broken.txt").contains("broken symbolic link"));
    assert!(stderr_line("loop.txt").contains("Symbolic link loop"));
    if !root {
        assert!(stderr_line("unreadable.txt").contains("Permission denied"));
    }
    let expected_errors = if root { 9 } else { 10 };
    assert_eq!(
        run.stderr.lines().count(),
        expected_errors,
        "{}",
        run.stderr
    );
}

#[test]
fn a_fifo_named_explicitly_does_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let run = dump(&fifo, dir.path());
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("pipe: is a named pipe (FIFO), not an article file"),
        "{}",
        run.stderr
    );
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).unwrap()["articles"],
        Value::Array(vec![])
    );
}

#[test]
fn a_device_named_explicitly_is_refused_before_reading() {
    let err = newsreader::loader::load_file(Path::new("/dev/zero")).unwrap_err();
    assert!(matches!(err, LoadError::NotAFile { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "/dev/zero: is a character device, not an article file, skipped"
    );
}

#[test]
fn parse_bytes_marks_only_lossy_text_repaired() {
    let path = PathBuf::from("x.txt");
    let clean = parse_bytes(&path, "Titre\n\nUn café.".as_bytes())
        .unwrap()
        .remove(0);
    assert!(!clean.repaired);
    let latin1 = parse_bytes(&path, b"Titre\n\nUn caf\xe9.")
        .unwrap()
        .remove(0);
    assert!(latin1.repaired);
    assert_eq!(latin1.blocks[0].text, "Un café.");
}

/// An 8-bit string introducer (DCS U+0090, OSC U+009D, PM U+009E, APC
/// U+009F) in a file or folder name would make a terminal swallow the
/// rest of the name (`Reuters.txt<U+009F>-fake.txt` shown as
/// `Reuters.txt`). Everywhere a name appears (the article's source, the
/// reader's list and its empty-folder message, error messages) it shows
/// in full, each hidden character as a visible `<U+…>` escape.
#[test]
fn a_string_introducer_in_a_name_hides_nothing_after_it() {
    use newsreader::loader::load_paths;
    use newsreader::tui::app::App;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    let screen = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(160, 12)).expect("terminal");
        terminal
            .draw(|f| newsreader::tui::render::render(app, f))
            .expect("draw");
        let buf = terminal.backend().buffer().clone();
        let mut text = String::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                text.push_str(buf[(x, y)].symbol());
            }
            text.push('\n');
        }
        text
    };

    for c in ['\u{90}', '\u{9d}', '\u{9e}', '\u{9f}'] {
        let escape = format!("<U+{:04X}>", u32::from(c));
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join(format!("wire{c}-spoof"));
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join(format!("R{c}-x.txt")), "Title\n\nBody.\n").unwrap();
        fs::write(folder.join(format!("E.txt{c}-empty.txt")), "").unwrap();

        let loaded = load_paths(&[&folder]);
        assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.errors);
        let source = &loaded.articles[0].source;
        assert!(
            source.ends_with(&format!("wire{escape}-spoof/R{escape}-x.txt")),
            "{source}"
        );
        let message = loaded.errors[0].to_string();
        assert!(
            message.contains(&format!("E.txt{escape}-empty.txt: empty")),
            "{message}"
        );

        // The reader's list shows the name's stem, all of it (a short
        // one, so that it fits the list whatever its width).
        let skipped = vec![message.clone()];
        let app = App::with_size(loaded.articles, skipped, 160, 12);
        let shown = screen(&app);
        assert!(shown.contains(&format!("R{escape}-x")), "{shown}");
        assert!(!shown.contains(c), "{shown}");
        // The status bar names the skipped file in full.
        assert!(
            shown.contains(&format!("E.txt{escape}-empty.txt")),
            "{shown}"
        );

        // A folder with no articles is named in full in the reader.
        let empty =
            App::with_size(Vec::new(), Vec::new(), 160, 12).with_origin(&folder.to_string_lossy());
        let shown = screen(&empty);
        assert!(shown.contains(&format!("wire{escape}-spoof")), "{shown}");
    }
}
