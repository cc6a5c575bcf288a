//! The word lists themselves, kept apart from the lookups in [`super`].

/// Finite speech verbs: `said`, `says`, `told`, … Two-word verbs (`pointed
/// out`, `went on`) are matched with [`super::particle_of`].
#[rustfmt::skip]
pub const SPEECH: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "warned", "warns",
    "explained", "explains", "asked", "asks", "wrote", "writes", "insisted", "insists", "argued",
    "argues", "stated", "states", "declared", "declares", "claimed", "claims", "replied", "replies",
    "responded", "responds", "recalled", "recalls", "continued", "continues", "tweeted", "tweets",
    "posted", "posts", "announced", "announces", "acknowledged", "acknowledges", "admitted",
    "admits", "suggested", "suggests", "urged", "urges", "stressed", "stresses", "emphasised",
    "emphasized", "emphasises", "emphasizes", "observed", "observes", "commented", "comments",
    "remarked", "remarks", "concluded", "concludes", "conceded", "concedes", "cautioned",
    "cautions", "predicted", "predicts", "complained", "complains", "maintained", "maintains",
    "contended", "contends", "pointed", "points", "went", "goes", "confirmed", "confirms", "denied",
    "denies", "reported", "reports", "blogged", "wondered", "wonders", "joked", "jokes", "quipped",
    "recounted", "testified", "agreed", "agrees", "asserted", "asserts", "countered", "counters",
    "retorted", "vowed", "vows", "promised", "promises", "pledged", "demanded", "demands",
    "charged", "alleged", "alleges", "lamented", "laments", "shouted", "exclaimed", "whispered",
    "spoke", "speaks", "boasted", "mused", "opined", "reiterated", "reiterates",
    "elaborated", "answered", "answers", "shot", "summed", "revealed", "reveals", "disclosed",
    "indicated", "mentioned", "clarified", "underlined", "underscored", "highlighted", "assured",
    "threatened", "signalled", "signaled", "interjected", "pleaded", "begged", "fumed", "gushed",
    "sighed", "laughed", "scoffed", "snapped", "chimed", "yelled", "screamed", "cried", "reckoned",
    "estimated", "hinted", "objected", "protested", "reasoned", "surmised", "speculated",
    "reflected", "griped", "grumbled", "marvelled", "marveled", "teased", "texted", "messaged",
    "emailed", "relayed", "rejoined", "ventured", "echoed", "echoes", "interrupted", "shouts",
    "yells", "exclaims", "quips", "retorts", "muses", "recounts",
    "put", "puts", "pressed", "demurred", "persisted", "disagreed", "disagrees",
    "hints",
    // Less common, but only ever speech beside a quote: `“…,” remembered
    // Roe`, `Roe cracked, “…”`.
    "remembered", "boomed", "cracked",
    // Verbs of manner: news uses them for colour (`“…,” Roe gloated`).
    "beamed", "gloated", "crowed", "exulted", "sneered", "taunted", "chided", "scolded",
    "muttered", "mumbled", "murmured", "blurted", "bellowed", "roared", "hollered", "shrieked",
    "wailed", "chuckled", "snarled", "growled", "huffed", "hissed", "stammered", "cooed", "barked",
    "proclaimed", "proclaims", "retaliated", "raged", "thundered", "jabbed", "needled", "lectured",
    "enthused", "deadpanned", "intoned", "sniffed", "groaned", "moaned", "smirked", "pleads",
];

/// Participles that hand the quote to the subject of their sentence:
/// `Boeing issued a statement, saying, "…"`.
#[rustfmt::skip]
pub const PARTICIPLES: &[&str] = &[
    "saying", "adding", "telling", "noting", "writing", "explaining", "warning", "asking",
    "arguing", "insisting", "declaring", "stating", "stressing", "claiming", "calling",
    "describing", "tweeting", "posting", "urging", "continuing", "concluding", "replying",
    "responding", "announcing", "admitting", "acknowledging", "suggesting", "complaining",
    "yelling", "shouting", "proclaiming", "recalling", "joking", "quipping", "boasting",
    "lamenting", "predicting", "promising", "vowing", "pleading", "interjecting", "gloating",
    "retorting", "countering", "chiding", "remarking", "praising", "mocking", "scolding",
    "citing", "exclaiming", "conceding", "pledging",
];

/// Adverbs and time words that may stand between a speaker and the verb.
#[rustfmt::skip]
pub const ADVERBS: &[&str] = &[
    "later", "also", "then", "again", "once", "earlier", "recently", "today", "yesterday",
    "tonight", "previously", "further", "still", "even", "now", "too", "however", "meanwhile",
    "separately", "instead", "last", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "had", "has", "have", "was", "is", "would", "will", "could",
    "often",
];

/// Titles and descriptors that stand before a name and are not part of it.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "finance",
    "secretary", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
    "congresswoman", "gov", "gov.", "governor", "mayor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.",
    "ms", "ms.", "prof", "prof.", "professor", "general", "gen.", "gen", "admiral", "colonel",
    "col.", "lt.", "captain", "capt.", "sgt.", "sergeant", "chief", "executive", "officer",
    "director", "chairman", "chairwoman", "chair", "ceo", "cfo", "spokesman", "spokeswoman",
    "spokesperson", "judge", "justice", "king", "queen", "prince", "princess", "pope", "bishop",
    "archbishop", "cardinal", "rev", "rev.", "reverend", "ambassador", "envoy", "chancellor",
    "premier", "leader", "deputy", "assistant", "asst", "asst.", "special", "senior", "former",
    "acting", "interior", "state", "attorney", "head", "commissioner", "economist", "analyst",
    "strategist", "pollster", "trader", "founder", "coach", "lord", "lady", "sir", "dame", "sheikh", "emir",
    "sultan", "host", "author", "editor", "reporter", "correspondent", "activist", "blogger",
    "american", "british", "russian", "chinese", "french", "german", "japanese", "korean",
    "israeli", "palestinian", "iranian", "indian", "canadian", "mexican", "italian", "spanish",
    "australian", "ukrainian", "turkish", "egyptian", "syrian", "iraqi", "afghan", "pakistani",
    "brazilian", "argentine", "argentinian", "kenyan", "nigerian", "south", "north", "east", "west",
    "european", "african", "asian", "arab", "saudi", "democrat", "democratic", "republican",
    "conservative", "labour", "liberal", "swiss", "dutch", "polish", "greek", "irish", "scottish",
    "welsh", "english", "filipino", "vietnamese", "thai", "indonesian", "malaysian", "cuban",
    "venezuelan", "colombian", "chilean", "peruvian", "swedish", "norwegian", "danish", "finnish",
    "belgian", "austrian", "hungarian", "czech", "romanian", "serbian", "croatian", "lebanese",
    "jordanian", "qatari", "emirati", "yemeni", "libyan", "tunisian", "moroccan", "algerian",
    "sudanese", "ethiopian", "somali", "ugandan", "tanzanian", "ghanaian", "zimbabwean", "armenian",
    "georgian", "taiwanese",
];

/// Last words of organisation names: a run is cut after them so that
/// `Fort Pitt Capital Group Charlie Smith` leaves `Charlie Smith`.
#[rustfmt::skip]
pub const ORG_SUFFIXES: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "group", "company",
    "foundation", "institute", "institution", "university", "college", "ministry", "agency",
    "association", "bank", "party", "council", "committee", "department", "office", "news", "times",
    "post", "journal", "partners", "capital", "management", "investments", "securities", "trading",
    "communications", "commission", "service", "services", "center", "centre", "house", "force",
    "army", "navy", "police", "court", "union", "fund", "organization", "organisation", "board",
    "bureau", "network", "media", "press", "reuters", "society", "federation", "alliance",
    "movement", "league", "club", "administration", "government", "parliament", "congress",
    "senate", "assembly", "exchange", "authority", "studies",
];

/// Lowercase nouns that, after `the`, stand for an organisation (`the
/// company said`), resolved like `it`.
#[rustfmt::skip]
pub const ORG_NOUNS: &[&str] = &[
    "company", "firm", "bank", "ministry", "agency", "department", "government", "group",
    "organisation", "organization", "embassy", "court", "party", "union", "council", "committee",
    "fund", "institute", "university", "newspaper", "paper", "network", "airline", "carrier",
    "manufacturer", "retailer", "regulator", "exchange", "treasury", "military", "army", "police",
    "club", "league", "board", "commission", "charity", "watchdog",
];

/// Small words that may stand inside a name (`Ludwig van Beethoven`).
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le",
    "bin", "ibn", "al", "el", "ter", "ten", "y", "st.", "mc",
];

/// Words that may join the parts of a long title-and-name label
/// (`Secretary of the Air Force James Roche`).
pub const FUNCTION: &[&str] = &["of", "the", "to", "and", "for", "at", "on", "in", "&"];

/// Verbs of judging: `X characterized the attack as “…”`.
#[rustfmt::skip]
pub const JUDGES_AS: &[&str] = &[
    "characterized", "characterised", "characterizes", "characterises", "described", "describes",
    "justified", "justifies", "portrayed", "portrays", "denounced", "denounces", "condemned",
    "condemns", "hailed", "hails", "praised", "praises", "criticized", "criticised", "dismissed",
    "dismisses", "branded", "brands", "labelled", "labeled", "defended", "defends", "welcomed",
    "welcomes", "slammed", "blasted", "decried", "decries",
];

/// Verbs of praise or blame whose object may be the quote: `X thanked “…”`.
#[rustfmt::skip]
pub const ACTS_ON_QUOTE: &[&str] = &[
    "thanked", "thanks", "praised", "praises", "hailed", "hails", "condemned", "condemns",
    "denounced", "denounces", "welcomed", "welcomes", "criticized", "criticised", "blamed",
    "blames", "applauded", "applauds", "lauded", "slammed", "blasted", "decried", "accused",
    "accuses", "touted", "touts", "mocked", "mocks", "ridiculed", "derided", "dismissed",
    "dismisses", "lambasted", "attacked", "attacks", "defended", "defends", "championed",
    "faulted", "chastised", "berated", "scolds", "chides",
    // Advocacy: what someone stands for is their phrase (`Roe supports
    // “fair pay”`, `Roe urged voters to “…”`).
    "supports", "opposes", "proposed", "proposes", "urged", "urges", "coached", "credited",
    "credits", "endorsed", "endorses", "invoked", "invokes", "cited", "cites",
    "promoted", "promotes", "demanded", "demands", "pledged", "vowed", "promised",
];

/// Nouns that hold up a quoted term by name: `the hashtag “…”`.
#[rustfmt::skip]
pub const NAMING_NOUNS: &[&str] = &[
    "name", "designation", "term", "word", "label", "phrase", "slogan", "hashtag", "nickname",
    "moniker", "acronym", "abbreviation", "codename", "motto", "catchphrase", "headline",
    "caption",
];

/// Nouns for works, whose title may follow them in Title Case.
#[rustfmt::skip]
pub const WORK_NOUNS: &[&str] = &[
    "book", "memoir", "novel", "show", "program", "programme", "series", "film", "movie",
    "documentary", "podcast", "album", "song", "play", "musical", "column", "newsletter",
    "essay", "report", "study", "segment", "episode", "sitcom", "drama",
];

/// Auxiliaries and copulas that make a short quote a clause subject.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
    "might", "should", "must", "does", "did", "means", "meant", "refers", "referred", "stands",
];

/// Plural nouns for people who speak for a body: `officials of X`.
#[rustfmt::skip]
pub const PEOPLE: &[&str] = &[
    "officials", "representatives", "members", "aides", "staff", "sources", "spokespeople",
    "spokesmen", "employees", "lawyers", "leaders", "delegates", "diplomats", "authorities",
    "executives", "researchers", "scientists",
];

/// Legal-form suffixes only a company name ends with: `Acme Corp`.
#[rustfmt::skip]
pub const CORPORATE: &[&str] = &[
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "gmbh", "s.a.", "n.v.", "pty",
    "l.p.",
];

/// What a speaker writes, which speaks for them: `Roe's statement said`.
#[rustfmt::skip]
pub const DOCUMENTS: &[&str] = &[
    "statement", "letter", "post", "tweet", "message", "email", "memo", "note", "website",
    "blog", "op-ed", "column", "speech", "affidavit", "filing", "complaint", "lawsuit",
];

/// Plural nouns for groups of people, never a name even when capitalized.
#[rustfmt::skip]
pub const GROUPS: &[&str] = &[
    "critics", "analysts", "experts", "residents", "protesters", "protestors", "witnesses",
    "investigators", "doctors", "lawmakers", "activists", "supporters", "opponents",
    "observers", "economists", "officers", "prosecutors", "organisers", "organizers", "students",
    "teachers", "workers", "locals", "villagers", "fans", "voters", "citizens", "parents",
    "medics", "rescuers", "scholars", "commentators", "campaigners", "demonstrators",
];

/// Nouns for what someone said: `Roe’s response was: “…”`.
#[rustfmt::skip]
pub const SPEECH_NOUNS: &[&str] = &[
    "response", "reply", "answer", "retort", "message", "words", "comment", "comments", "remark", "remarks",
    "view", "argument", "explanation", "advice", "verdict", "assessment", "warning", "promise", "pledge", "reaction",
    "conclusion", "prediction", "plea", "question", "rebuttal",
];

/// People who speak for a body, not for themselves: `an Acme spokeswoman`.
pub const SPOKESPERSONS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative"];

/// Determiners and quantifiers a quote may cut off (`according to her
/// “…” plan`, `said another`): never a handle or a name.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "her", "his", "its", "their", "our", "my", "your", "the", "a", "an", "this", "that",
    "another", "one", "some", "others", "many", "both", "each", "none", "all",
];

/// Prepositions that make the name after them a place or an affiliation
/// (`of Dover`), not the head of an appositive chain.
#[rustfmt::skip]
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "of", "in", "from", "at", "near", "outside", "inside", "across", "around", "to",
];

/// Common nouns whose appositive is a place: `the state capital, Dover,`.
#[rustfmt::skip]
pub const PLACE_NOUNS: &[&str] = &[
    "capital", "city", "town", "village", "county", "state", "province", "region", "district", "suburb",
    "neighborhood", "neighbourhood", "borough", "township",
];

/// Capitalized words that are never a speaker's name (months and
/// weekdays are checked apart).
pub const NOT_A_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "as",
    "if",
    "so",
    "yet",
    "then",
    "when",
    "while",
    "after",
    "before",
    "today",
    "yesterday",
    "there",
    "here",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "mr",
    "mrs",
    "ms",
    // Determiners that open a sentence (`Other reports said`).
    "other",
    "others",
    "some",
    "many",
    "most",
    "several",
    "all",
    "both",
    "each",
    "every",
    "such",
    "no",
    "few",
    "another",
    "any",
    // Conjunctions and adverbs that open a sentence (`Because
    // turnout was low, …`).
    "because",
    "although",
    "though",
    "since",
    "unless",
    "until",
    "whether",
    "where",
    "why",
    "how",
    "what",
    "which",
    "once",
    "now",
    "still",
    "also",
    "even",
    "just",
    "only",
    "yes",
    // Prepositions opening a label (`From Jane Roe:`, `More from
    // Roe:`).
    "from",
    "more",
    "via",
    "with",
    "about",
    // Negatives, indefinites and contractions opening a sentence
    // (`Nor are tariffs …`, `None has offered …`, `It’s the first
    // time …`): nobody's name.
    "nor",
    "none",
    "neither",
    "either",
    "nobody",
    "nothing",
    "everyone",
    "everybody",
    "everything",
    "someone",
    "somebody",
    "something",
    "anyone",
    "anybody",
    "not",
    "it's",
    "it’s",
    "that's",
    "that’s",
    "there's",
    "there’s",
    "here's",
    "here’s",
    "what's",
    "what’s",
];
