//! The gold entity files and how a loader entity is matched to a gold one
//! (see the note of `entity_eval.rs`).

use std::fs;
use std::path::{Path, PathBuf};

use newsreader::article::EntityKind;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Eval files numbered up to this one are the tuning half.
pub const LAST_TUNING_FILE: u32 = 8;

#[derive(Debug, Clone)]
pub struct GoldEntity {
    pub name: String,
    pub kind: EntityKind,
    /// The name and every alias, folded.
    pub forms: Vec<String>,
    /// The name and every alias as written, for the well-formedness check.
    pub written: Vec<String>,
}

/// Which group a labelled file is scored in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Tuning,
    HeldOut,
    Dev,
}

pub struct GoldFile {
    /// `eval/NNN_…` or `dev/NNN_…`.
    pub name: String,
    pub article: PathBuf,
    pub group: Group,
    pub entities: Vec<GoldEntity>,
}

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

pub fn parse_kind(s: &str) -> Result<EntityKind, String> {
    match s {
        "person" => Ok(EntityKind::Person),
        "organization" => Ok(EntityKind::Organization),
        "place" => Ok(EntityKind::Place),
        "other" => Ok(EntityKind::Other),
        _ => Err(format!("unknown kind {s:?}")),
    }
}

pub fn parse_line(line: &str) -> Result<GoldEntity, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let (name, kind, aliases) = match cols.as_slice() {
        [n, k] => (*n, *k, ""),
        [n, k, a] => (*n, *k, *a),
        _ => return Err(format!("expected 2 or 3 tab-separated columns: {line:?}")),
    };
    if name.trim().is_empty() {
        return Err(format!("empty name: {line:?}"));
    }
    let kind = parse_kind(kind).map_err(|e| format!("{e}: {line:?}"))?;
    let written: Vec<String> = std::iter::once(name)
        .chain(aliases.split('|').filter(|a| !a.trim().is_empty()))
        .map(|s| s.trim().to_string())
        .collect();
    Ok(GoldEntity {
        name: name.to_string(),
        kind,
        forms: written.iter().map(|w| fold(w)).collect(),
        written,
    })
}

pub fn read_dir_gold(sub: &str, files: &mut Vec<GoldFile>) {
    let dir = corpus_dir().join(sub);
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("readable directory entry").path();
        let Some(stem) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".entities.tsv"))
        else {
            continue;
        };
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let entities = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| parse_line(l).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
            .collect();
        let number = stem.get(..3).and_then(|n| n.parse::<u32>().ok());
        files.push(GoldFile {
            name: format!("{sub}/{stem}"),
            article: dir.join(format!("{stem}.txt")),
            group: match (sub, number) {
                ("eval", Some(n)) if n <= LAST_TUNING_FILE => Group::Tuning,
                ("eval", _) => Group::HeldOut,
                _ => Group::Dev,
            },
            entities,
        });
    }
}

pub fn read_gold_files() -> Vec<GoldFile> {
    let mut files = Vec::new();
    read_dir_gold("eval", &mut files);
    read_dir_gold("dev", &mut files);
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

/// A name as compared: see the module note.
pub fn fold(s: &str) -> String {
    let plain: String = s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '`' => '\'',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => ' ',
            c => c,
        })
        .filter(|c| *c != '.' && *c != '@')
        .collect::<String>()
        .to_lowercase();
    let mut words: Vec<&str> = plain.split_whitespace().collect();
    if words.len() > 1 && words.first() == Some(&"the") {
        words.remove(0);
    }
    let mut out = words.join(" ");
    if let Some(base) = out.strip_suffix("'s").or_else(|| out.strip_suffix('\'')) {
        out = base.to_string();
    }
    out
}

/// How many whole words `short` shares with `long` as its prefix or suffix
/// (0 when it is neither).
pub fn part_overlap(long: &str, short: &str) -> usize {
    let (l, s): (Vec<&str>, Vec<&str>) = (long.split(' ').collect(), short.split(' ').collect());
    if s.is_empty() || s.len() >= l.len() {
        return 0;
    }
    if l.starts_with(&s) || l.ends_with(&s) {
        s.len()
    } else {
        0
    }
}

/// The gold entity a loader entity stands for: exact form first, then the
/// longest whole-word part.
pub fn match_gold(forms: &[String], gold: &[GoldEntity]) -> Option<usize> {
    let exact = gold
        .iter()
        .position(|g| g.forms.iter().any(|gf| forms.contains(gf)));
    exact.or_else(|| {
        let mut best: Option<(usize, usize)> = None;
        for (i, g) in gold.iter().enumerate() {
            for gf in &g.forms {
                for f in forms {
                    let overlap = part_overlap(gf, f).max(part_overlap(f, gf));
                    if overlap > best.map_or(0, |b| b.1) {
                        best = Some((i, overlap));
                    }
                }
            }
        }
        best.map(|b| b.0)
    })
}

#[test]
fn folding_and_partial_matches() {
    assert_eq!(fold("François"), fold("Francois"));
    assert_eq!(fold("U.S."), fold("US"));
    assert_eq!(fold("Trump’s"), "trump");
    assert_eq!(fold("The Hague"), "hague");
    assert_eq!(part_overlap("sadiq khan", "khan"), 1);
    assert_eq!(part_overlap("sadiq khan", "sadiq"), 1);
    assert_eq!(part_overlap("sadiq khan", "kha"), 0);
    assert_eq!(part_overlap("a b c", "b"), 0);
    let gold: Vec<GoldEntity> = ["Sadiq Khan\tperson", "Khan Academy\torganization"]
        .iter()
        .map(|l| parse_line(l).unwrap())
        .collect();
    assert_eq!(match_gold(&[fold("Khan Academy")], &gold), Some(1));
    assert_eq!(match_gold(&[fold("Mayor Sadiq Khan")], &gold), Some(0));
    assert_eq!(match_gold(&[fold("Jones")], &gold), None);
}
