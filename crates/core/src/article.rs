//! The article model: plain data that the loader produces and everything else
//! reads (the TUI, `dump`, later the library index).
//!
//! All positions are offsets in Unicode scalar values (Rust `char`s) into
//! `blocks[block].text`, end exclusive, because that is what the outside
//! contract (`dump` JSON) promises and what scripts in other languages can
//! slice with. Code that needs byte offsets converts at its own edge.

use serde::{Deserialize, Serialize};

/// The [`Article::id`] of an article whose text is `raw`.
pub fn content_id(raw: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(raw.as_bytes()))
}

/// One structured article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Article {
    /// The path as given (or `sample:NAME` for a bundled article).
    pub source: String,
    /// A hash of the text as read (xxh3-128, 32 hex digits): an article
    /// keeps its id when its file is renamed or moved, so reading state can
    /// follow it. See [`content_id`].
    #[serde(default)]
    pub id: String,
    pub title: String,
    /// True when the text had no headline and `title` was made from the body.
    pub title_derived: bool,
    pub byline: Option<String>,
    pub dateline: Option<String>,
    /// The lead photo's caption, split from its credit.
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// The body in reading order, boilerplate removed.
    pub blocks: Vec<Block>,
    /// Every quoted span, in reading order.
    pub quotes: Vec<Quote>,
    /// People, places, organisations and other names, most mentioned first.
    pub entities: Vec<Entity>,
    /// True when the file was not valid text in its encoding and some bytes
    /// were decoded lossily (as Windows-1252, or U+FFFD for broken UTF-16).
    #[serde(default)]
    pub repaired: bool,
    /// The web address the article was read from (the page, or the feed
    /// entry's link); `None` for a local file with no known address.
    #[serde(default)]
    pub url: Option<String>,
    /// The title of the feed it came in by, when it came in by one.
    #[serde(default)]
    pub feed: Option<String>,
    /// When it was published, RFC 3339 (`2019-04-24T08:00:00Z`), from the
    /// feed or the page's metadata; `None` when neither says.
    #[serde(default)]
    pub published: Option<String>,
    /// What the input was written in.
    #[serde(default)]
    pub format: Format,
    /// The feed entry's own id (RSS `guid`, Atom `id`, JSON Feed `id`):
    /// with the URL, what identifies the article across edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_id: Option<String>,
}

/// The input format an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Plain text, the article's own words (`.txt`).
    #[default]
    Text,
    Html,
    Markdown,
    /// An entry of an RSS (0.9x, 1.0/RDF or 2.0) feed.
    Rss,
    /// An entry of an Atom feed.
    Atom,
    /// An item of a JSON Feed.
    JsonFeed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Heading,
    Paragraph,
    /// A photo caption inside the body (the lead one lives in `Article::caption`).
    Caption,
}

/// A place in the body: `blocks[block].text` chars `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    /// Exactly `blocks[block].text` chars `start..end`, quote marks left out.
    pub text: String,
    /// Canonical name of the entity who said it (one `entities[].name`), or
    /// `None` for a scare quote, a title, or a quote nobody can be found for.
    pub speaker: Option<String>,
    /// Why `speaker` was chosen; `None` when there is no speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
}

/// The evidence that attributed a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    pub rule: CueRule,
    /// Where the name (or pronoun) that named the speaker stands.
    pub span: Span,
    /// The speech verb or phrase that signalled speech (`said`, `according to`, `:`).
    pub verb: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueRule {
    /// A speech verb next to the quote with a name: `“…,” said X`, `X said, “…”`.
    SpeechVerb,
    /// `according to X`.
    AccordingTo,
    /// `X: “…”` or a speaker label.
    Colon,
    /// A headline's label with words before the quote: `Roe: Hale ‘Not Fit
    /// to Serve’`.
    Headline,
    /// A credit line after the quote: `“…” — Jane Roe`, or a paragraph
    /// `- Jane Roe, Leeds` under a paragraph that is the quote.
    Credit,
    /// A pronoun (`he said`) resolved to the most recent fitting speaker.
    Pronoun,
    /// A spokesperson for a named body (`an Intel spokeswoman said`, `said a
    /// spokesman for the Pentagon`): the organisation is the speaker.
    Spokesperson,
    /// A document speaks for whoever the article tied it to: `the
    /// statement said` after `Acme issued a statement`.
    Document,
    /// A document put out by a named person's campaign, or being put out:
    /// `the email said` after `Roe’s campaign sent out an email` or `Roe is
    /// releasing a new ad`.
    CampaignDocument,
    /// `the newspaper wrote`: the newspaper the text just named.
    Press,
    /// `Roe’s campaign said`, or `the campaign said` after the text named
    /// Roe's campaign: the campaign speaks for its candidate.
    Campaign,
    /// `the governor said`: the one person of the last few paragraphs the
    /// article introduced with that title (`Gov. Jane Roe`), wherever.
    Introduced,
    /// A transcript announced by a label paragraph (`Transcript as
    /// follows:`) right after a paragraph quoting its speaker: the rest of
    /// that speaker's remarks.
    Transcript,
    /// A transcript's turn: a paragraph opening on its speaker's label in
    /// capitals (`ROE: We will win.`), for the person the article names so.
    Turn,
    /// No cue of its own: it continues a quote already attributed in the same
    /// paragraph, or a quote carried over from the paragraph before.
    Continuation,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest form used in the article.
    pub name: String,
    pub kind: EntityKind,
    /// Which rule decided `kind`, so a wrong kind can be traced to its rule
    /// (as a quote's `cue` traces its speaker).
    #[serde(default)]
    pub kind_rule: KindRule,
    /// The other forms resolved to it (`Klinger` for `Bruce Klinger`).
    pub aliases: Vec<String>,
    /// How many times it occurs, all forms counted (`positions.len()`).
    pub mentions: usize,
    /// Where each mention stands in the body, in reading order.
    pub positions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
    Other,
}

/// The rule that decided an entity's kind: the strongest evidence among its
/// mentions (see `loader::entities::kinds`), or the attribution stage's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindRule {
    /// A title before the name: `President`, `Dr`, `Supt`.
    Title,
    /// A role noun right before it: `spokesman Jane Roe`.
    Role,
    /// A known place or its demonym (`Russia`, `Russian`).
    Gazetteer,
    /// A direction before a known place: `North Vietnam`.
    Direction,
    /// The lexicon's list of organisation names, or an acronym in a heading.
    KnownOrganization,
    /// The lexicon's list of other names (works, events, indices).
    KnownOther,
    /// An acronym: `NATO`, `BBC`.
    Acronym,
    /// Letters and digits together: `COVID-19`, `H1N1`.
    Code,
    /// A web domain after the name: `Domain.com`.
    WebDomain,
    /// `&` inside a name: `Johnson & Johnson`.
    Ampersand,
    /// A one-word name ending in `bank` or `group`.
    OrganizationEnding,
    /// A cue word in a longer name: `Foundation`, `Island`, `University of`.
    CueWord,
    /// An organisation noun before it: `the firm Acme`.
    OrganizationNounBefore,
    /// An organisation noun after it: `Yabloko member`.
    OrganizationNounAfter,
    /// It employs a titled person: `Boeing CEO …`.
    Employer,
    /// A known first name opens it.
    FirstName,
    /// A foreign article opens it: `La Nación`, `El País`.
    ForeignArticle,
    /// An initial or a particle inside a longer name: `Mark P. Barry`.
    InnerInitial,
    /// A digit in the name, with no other evidence.
    Digit,
    /// Capitals inside the word: `YouTube`.
    CamelCase,
    /// A speech verb right before or after it.
    SpeechVerb,
    /// A place noun before it: `village of Khasan`.
    PlaceNoun,
    /// A possessive before a personal noun: `Warren's spokesman`.
    PersonalNoun,
    /// A place preposition before a single word: `in Otranto`.
    PlacePreposition,
    /// Introduced by its bearer: `I’m Jane Roe.`
    SelfIntroduced,
    /// The lexicon's people known by one word: `Stalin`.
    KnownPerson,
    /// An apposition only people take: `X, 20,`, `X, who`, `X, the head
    /// of`, `X, a spokesman for`.
    Appositive,
    /// A nationality, language or faith with no country of its own
    /// (`Swahili`, `Sunni`): no entity by itself.
    GroupWord,
    /// A plural that speaks for many (`Experts`, `Officials`, `Thousands`):
    /// no entity by itself.
    GroupPlural,
    /// Page furniture in capitals (`All Rights Reserved`): no entity.
    PageFurniture,
    /// A name ending in a number word: `Season Two`, `Phase Three`.
    Numbered,
    /// `, which` after it: things take `which`, people `who`.
    WhichClause,
    /// Where someone with a role works: `an analyst at X`.
    RoleAt,
    /// A place noun after it: `the Tanin field`.
    PlaceNounAfter,
    /// A comma and a known place after it: `Otranto, Italy`.
    CommaPlace,
    /// A paragraph opening with it, going on with a present-tense verb and
    /// ending in a colon, introduces what it wrote: `Jane Roe notes:`.
    QuoteIntroduction,
    /// Listed with a person named by a first name: `Jane Roe and Kiri Tamsa`.
    Coordinated,
    /// Credited for a picture: `© Jane Roe`, `Photo: Jane Roe`.
    PhotoCredit,
    /// Named in a story's credit line: `Jane Roe adapted this story`.
    StoryCredit,
    /// The head noun of an apposition or of a list: `X, a punk band`, `X, a
    /// town in`, `outlets such as X`.
    ApposedNoun,
    /// A market index: an acronym with its number or `index` after it
    /// (`FTSE 100`, `the CAC index`).
    Index,
    /// A Twitter handle written as its owner speaks: `@jroe: …` opening a
    /// paragraph, `@jroe says`.
    Handle,
    /// Listed beside a one-word organisation or place the lexicon knows:
    /// `Quentra, Walmart and Zorvath`.
    ListedWith,
    /// A US state's short form after a comma or a party letter:
    /// `Burlington, Vt.`, `(D-Calif.)`.
    StateAbbreviation,
    /// Where people gather or stand: `protesters gathered at X`,
    /// `celebrations at the X`, `in front of X`.
    GatheringPlace,
    /// A name with its own Twitter handle in brackets after it:
    /// `Jane Roe (@jroe)`.
    HandleAfter,
    /// An acronym opening a longer name nothing else explains:
    /// `VOA Learning English`.
    AcronymHead,
    /// Where a named person comes from: `Jane Roe from X`.
    MemberFrom,
    /// One word after a photo's copyright mark: an agency (`© Zorbix`).
    CreditAgency,
    /// A name after `a`/`an` that ends its clause: a category, not a body
    /// (`designated a Foreign Terrorist Organization.`).
    Category,
    /// A known maker's name before a model number: `Boeing 737`.
    ModelNumber,
    /// `X and Y says`: a singular verb makes the pair one name, a body's.
    SingularPair,
    /// Only the shape of the words: capitalised, nothing else known.
    #[default]
    ShapeOnly,
    /// The attribution stage made it a person: it speaks.
    Speaker,
    /// The attribution stage made it an organisation: `Corp`, `Inc`.
    CorporateSuffix,
    /// The attribution stage added it as a speaker the finder missed.
    AddedSpeaker,
}

impl Article {
    /// Total words in the body, for the list's reading time.
    pub fn word_count(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| b.text.split_whitespace().count())
            .sum()
    }

    /// The entity with this canonical name.
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.name == name)
    }

    /// How many quotes are attributed to `name`.
    pub fn quote_count(&self, name: &str) -> usize {
        self.quotes
            .iter()
            .filter(|q| q.speaker.as_deref() == Some(name))
            .count()
    }
}

/// Chars `start..end` of `text`, or `None` when the range is out of bounds.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let mut indices = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let from = indices.nth(start)?;
    let to = if end == start {
        from
    } else {
        indices.nth(end - start - 1)?
    };
    Some(&text[from..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slice_counts_chars_not_bytes() {
        assert_eq!(char_slice("“Hé”", 1, 3), Some("Hé"));
        assert_eq!(char_slice("abc", 0, 3), Some("abc"));
        assert_eq!(char_slice("abc", 3, 3), Some(""));
        assert_eq!(char_slice("abc", 2, 4), None);
        assert_eq!(char_slice("abc", 2, 1), None);
    }

    #[test]
    fn serde_uses_contract_names() {
        let json = serde_json::to_value(BlockKind::Heading).unwrap();
        assert_eq!(json, "heading");
        let json = serde_json::to_value(EntityKind::Organization).unwrap();
        assert_eq!(json, "organization");
    }
}
