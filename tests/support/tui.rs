//! Shared by the `TestBackend` tests: a hand-annotated fixture article and
//! helpers to draw an [`App`] and read the buffer back as text.
//!
//! Pane tests use this fixture rather than the bundled sample so their
//! snapshots do not churn while the loader improves; the acceptance jumps
//! on the real sample live in `tui_sample.rs`.

// Each test crate that includes this uses only some of the helpers.
#![allow(dead_code)]

use newsreader::article::{
    Article, Block, BlockKind, Cue, CueRule, Entity, EntityKind, Quote, Span,
};
use newsreader::tui::app::App;
use newsreader::tui::render::render;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

pub fn chars_before(text: &str, needle: &str) -> usize {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    text[..byte].chars().count()
}

/// A short version of the Kim article, annotated by hand, plus a CJK and
/// emoji paragraph to exercise cell widths.
pub fn fixture() -> Article {
    let paras: &[(BlockKind, &str)] = &[
        (BlockKind::Paragraph, "Arriving in the Russian Far East a day ahead of his first-ever summit with Russian President Vladimir Putin in Vladivostok, North Korean leader Kim Jong Un granted what is believed to be his first-ever interview with overseas media."),
        (BlockKind::Paragraph, "Russian TV footage showed Kim visiting the so-called “Kim Il Sung house” in the border village of Khasan."),
        (BlockKind::Paragraph, "In a short stand-up interview with TV reporters from Russia24, Kim said, “I come to Russia with a warm heart of the North Korean people.”"),
        (BlockKind::Heading, "Wants out of ‘sanctions box’"),
        (BlockKind::Paragraph, "“I think Kim, like his predecessors, is trying to play several ends against the middle,” said Bruce Klinger, a North Korean watcher at the Heritage Foundation. “He is sending a message to Washington and to Beijing that he has alternatives.”"),
        (BlockKind::Caption, "Kim Jong Un at the station in Vladivostok."),
        (BlockKind::Paragraph, "“Putin will surely encourage Kim to do his utmost to maintain his relations with Trump,” said Mark P. Barry, an independent analyst."),
        (BlockKind::Paragraph, "北朝鮮の指導者金正恩氏はウラジオストクに到着した。🎉 Café e\u{301}te\u{301} naïve."),
    ];
    let blocks: Vec<Block> = paras
        .iter()
        .map(|(kind, text)| Block {
            kind: *kind,
            text: (*text).to_string(),
        })
        .collect();
    let quote = |b: usize, text: &str, speaker: Option<(&str, &str)>| {
        let body = &blocks[b].text;
        let start = chars_before(body, text);
        let cue = speaker.map(|(_, cue_text)| {
            let s = chars_before(body, cue_text);
            Cue {
                rule: CueRule::SpeechVerb,
                span: Span {
                    block: b,
                    start: s,
                    end: s + cue_text.chars().count(),
                },
                verb: "said".into(),
            }
        });
        Quote {
            block: b,
            start,
            end: start + text.chars().count(),
            text: text.into(),
            speaker: speaker.map(|(s, _)| s.into()),
            cue,
        }
    };
    let quotes = vec![
        quote(1, "Kim Il Sung house", None),
        quote(2, "I come to Russia with a warm heart of the North Korean people.", Some(("Kim Jong Un", "Kim said"))),
        quote(4, "I think Kim, like his predecessors, is trying to play several ends against the middle,", Some(("Bruce Klinger", "Bruce Klinger"))),
        quote(4, "He is sending a message to Washington and to Beijing that he has alternatives.", Some(("Bruce Klinger", "Bruce Klinger"))),
        quote(6, "Putin will surely encourage Kim to do his utmost to maintain his relations with Trump,", Some(("Mark P. Barry", "Mark P. Barry"))),
    ];
    let entity = |name: &str, kind: EntityKind, forms: &[&str]| {
        let mut positions = Vec::new();
        for (b, block) in blocks.iter().enumerate() {
            for form in forms {
                for (byte, _) in block.text.match_indices(form) {
                    let start = block.text[..byte].chars().count();
                    positions.push(Span {
                        block: b,
                        start,
                        end: start + form.chars().count(),
                    });
                }
            }
        }
        positions.sort();
        positions.dedup_by(|a, b| a.block == b.block && a.start < b.end);
        Entity {
            name: name.into(),
            kind,
            kind_rule: Default::default(),
            aliases: forms.iter().skip(1).map(|s| (*s).to_string()).collect(),
            mentions: positions.len(),
            positions,
        }
    };
    let entities = vec![
        entity(
            "Kim Jong Un",
            EntityKind::Person,
            &["Kim Jong Un", "Kim said", "Kim visiting"],
        ),
        entity("Vladivostok", EntityKind::Place, &["Vladivostok"]),
        entity(
            "Vladimir Putin",
            EntityKind::Person,
            &["Vladimir Putin", "Putin will"],
        ),
        entity("Bruce Klinger", EntityKind::Person, &["Bruce Klinger"]),
        entity("Mark P. Barry", EntityKind::Person, &["Mark P. Barry"]),
        entity(
            "Heritage Foundation",
            EntityKind::Organization,
            &["Heritage Foundation"],
        ),
        entity("Khasan", EntityKind::Place, &["Khasan"]),
    ];
    Article {
        source: "sample:kim-jong-un-vladivostok.txt".into(),
        title: "Kim Jong Un arrives in Vladivostok ahead of Putin summit".into(),
        title_derived: false,
        byline: Some("Asia Times staff".into()),
        dateline: None,
        caption: Some("North Korean leader Kim Jong Un walks past honor guards in Vladivostok on April 24, 2019.".into()),
        credit: Some("Kirill Kudryavtsev / AFP".into()),
        blocks,
        quotes,
        entities,
        ..Article::default()
    }
}

pub fn second() -> Article {
    Article {
        source: "/news/013_voa_gerald-ford-unelected.txt".into(),
        title: "Gerald Ford: Unelected".into(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            text: "Gerald Ford became president without winning an election.".into(),
        }],
        ..Article::default()
    }
}

pub fn app(w: u16, h: u16) -> App {
    App::with_size(vec![fixture(), second()], vec![], w, h)
}

pub fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| render(app, f))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, wide characters once.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = sym.width().saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

pub fn row(buf: &Buffer, y: u16) -> String {
    text(buf)
        .lines()
        .nth(usize::from(y))
        .unwrap_or_default()
        .to_string()
}

pub fn status(buf: &Buffer) -> String {
    row(buf, buf.area.height - 1)
}

/// The cell where `needle` first appears on screen.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count();
            return Some((u16::try_from(x).ok()?, y));
        }
    }
    None
}
