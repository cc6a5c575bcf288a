//! The gold labels: one `NNN_….gold.tsv` per article, read and checked.

use super::*;

/// How the gold file says a quote is spoken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A named person or organisation, attributed by name or description.
    Named,
    /// A named speaker reached through a pronoun (`he said`).
    Pronoun,
    /// A real speaker the article never names; not scored.
    Unnamed,
    /// Nobody says it: scare quote, term, title.
    Nobody,
}

#[derive(Debug, Clone)]
pub(crate) struct GoldQuote {
    pub(crate) prefix: String,
    /// The speaker's name; `None` for [`Kind::Nobody`].
    pub(crate) speaker: Option<String>,
    pub(crate) kind: Kind,
}

/// One article with its gold labels.
pub(crate) struct GoldFile {
    /// The file stem, `NNN_source_slug`.
    pub(crate) name: String,
    pub(crate) article: PathBuf,
    pub(crate) quotes: Vec<GoldQuote>,
}

pub(crate) fn parse_gold_line(line: &str) -> Result<GoldQuote, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let (prefix, speaker, tag) = match cols.as_slice() {
        [p, s] => (*p, *s, None),
        [p, s, t] => (*p, *s, Some(*t)),
        _ => return Err(format!("expected 2 or 3 tab-separated columns: {line:?}")),
    };
    if prefix.trim().is_empty() || speaker.trim().is_empty() {
        return Err(format!("empty column: {line:?}"));
    }
    let kind = match (speaker, tag) {
        ("-", None) => Kind::Nobody,
        ("-", Some(t)) => return Err(format!("`-` speaker with tag {t:?}: {line:?}")),
        (_, None) => Kind::Named,
        (_, Some("pronoun")) => Kind::Pronoun,
        (_, Some("unnamed")) => Kind::Unnamed,
        (_, Some(t)) => return Err(format!("unknown tag {t:?}: {line:?}")),
    };
    Ok(GoldQuote {
        prefix: prefix.to_string(),
        speaker: (kind != Kind::Nobody).then(|| speaker.to_string()),
        kind,
    })
}

pub(crate) fn read_gold_files() -> Vec<GoldFile> {
    let dir = corpus_dir();
    let mut files: Vec<GoldFile> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable directory entry").path())
        .filter_map(|path| {
            let file_name = path.file_name()?.to_str()?.to_string();
            let name = file_name.strip_suffix(".gold.tsv")?.to_string();
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let quotes = text
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|l| parse_gold_line(l).unwrap_or_else(|e| panic!("{file_name}: {e}")))
                .collect();
            let article = dir.join(format!("{name}.txt"));
            Some(GoldFile {
                name,
                article,
                quotes,
            })
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}
