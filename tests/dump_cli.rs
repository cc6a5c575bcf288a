//! The `dump` command as scripts see it: JSON shape from the contract, exit
//! statuses, and unreadable paths reported without losing the others.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The binary with a fresh, empty home: with no PATH it must fall back
/// to the samples whatever the real home holds.
fn newsreader(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(args)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("the newsreader binary runs")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn dump_without_paths_writes_the_bundled_samples() {
    let out = newsreader(&["dump"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json(&out);
    let articles = doc["articles"].as_array().unwrap();
    assert!(articles.len() >= 2);
    assert!(articles
        .iter()
        .any(|a| a["source"].as_str().unwrap().contains("kim-jong-un")));
}

#[test]
fn every_article_has_the_contract_fields() {
    let doc = json(&newsreader(&["dump"]));
    for a in doc["articles"].as_array().unwrap() {
        for field in ["source", "title", "title_derived", "byline", "dateline"] {
            assert!(a.get(field).is_some(), "missing {field}");
        }
        for field in ["caption", "credit", "blocks", "quotes", "entities"] {
            assert!(a.get(field).is_some(), "missing {field}");
        }
        for b in a["blocks"].as_array().unwrap() {
            let kind = b["kind"].as_str().unwrap();
            assert!(
                ["heading", "paragraph", "caption"].contains(&kind),
                "{kind}"
            );
            assert!(b["text"].is_string());
        }
        for e in a["entities"].as_array().unwrap() {
            let kind = e["kind"].as_str().unwrap();
            assert!(["person", "place", "organization", "other"].contains(&kind));
            assert!(e["aliases"].is_array());
            assert!(e["mentions"].as_u64().unwrap() >= 1);
        }
    }
}

#[test]
fn quote_offsets_are_char_offsets_into_their_block() {
    let doc = json(&newsreader(&["dump"]));
    let mut checked = 0;
    for a in doc["articles"].as_array().unwrap() {
        let blocks = a["blocks"].as_array().unwrap();
        let names: Vec<&str> = a["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap())
            .collect();
        for q in a["quotes"].as_array().unwrap() {
            let text = blocks[q["block"].as_u64().unwrap() as usize]["text"]
                .as_str()
                .unwrap();
            let (start, end) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(slice, q["text"].as_str().unwrap());
            if let Some(speaker) = q["speaker"].as_str() {
                assert!(names.contains(&speaker), "{speaker} is not an entity");
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "the samples have quotes");
}

#[test]
fn pretty_is_the_same_document_indented() {
    let compact = newsreader(&["dump"]);
    let pretty = newsreader(&["dump", "--pretty"]);
    assert!(pretty.stdout.len() > compact.stdout.len());
    assert!(String::from_utf8_lossy(&pretty.stdout).contains("\n  \"articles\""));
    assert_eq!(json(&compact), json(&pretty));
}

#[test]
fn an_unreadable_path_is_named_on_stderr_and_the_rest_still_dumped() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", "A headline\n\nA body paragraph.");
    let missing = dir.path().join("nope.txt");
    let missing = missing.to_string_lossy();
    let out = newsreader(&["dump", &good, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nope.txt"), "{stderr}");
    assert!(stderr.contains("No such file"), "{stderr}");
    let doc = json(&out);
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["source"], good.as_str());
}

#[test]
fn folders_are_walked_recursively() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    write(dir.path(), "one.txt", "One\n\nFirst body.");
    write(&dir.path().join("a/b"), "two.txt", "Two\n\nSecond body.");
    let out = newsreader(&["dump", &dir.path().to_string_lossy()]);
    assert!(out.status.success());
    assert_eq!(json(&out)["articles"].as_array().unwrap().len(), 2);
}

#[test]
fn a_usage_error_exits_2() {
    let out = newsreader(&["dump", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));
}

#[test]
fn help_and_version() {
    let out = newsreader(&["--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("dump"));
    let out = newsreader(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_closed_pipe_ends_dump_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    // Far more JSON than a pipe holds (64 KiB), so dump is still writing
    // when the reader goes away, whatever the machine's speed.
    let dir = tempfile::tempdir().unwrap();
    let body = "A body paragraph that says something about the news. ".repeat(20);
    for i in 0..200 {
        write(
            dir.path(),
            &format!("a{i}.txt"),
            &format!("Title {i}\n\n{body}"),
        );
    }
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsreader"))
        .args(["dump", &dir.path().to_string_lossy()])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsreader binary runs");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut head = [0u8; 100];
    stdout.read_exact(&mut head).expect("the start of the JSON");
    assert!(head.starts_with(b"{\"articles\""));
    drop(stdout); // `| head -c 100`
    let out = child.wait_with_output().expect("dump ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "no message for a closed pipe: {stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn a_folder_without_articles_is_reported_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.odt", "Not an article file.");
    write(dir.path(), "a.txt.meta", "{}");
    let out = newsreader(&["dump", &dir.path().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no articles in"), "{stderr}");
    assert!(stderr.contains(".txt"), "says what is looked for: {stderr}");
    // Still one JSON document for a script to read.
    assert_eq!(json(&out)["articles"].as_array().unwrap().len(), 0);
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_suggestion() {
    for (typo, meant) in [("dmp", "dump"), ("ad", "add"), ("confg", "config")] {
        let out = newsreader(&[typo]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{typo}: {stderr}");
        assert!(
            stderr.contains(&format!("did you mean '{meant}'?")),
            "{typo}: {stderr}"
        );
        // Refused before the terminal is set up: not a byte on stdout.
        assert!(out.stdout.is_empty(), "{typo}: {:?}", out.stdout);
    }
}
