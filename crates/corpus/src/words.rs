//! The fixed lists of the generator: the most common surnames and
//! organisation heads (rarer ones are invented, and given names and places
//! come from the loader's own lexicon: see [`super::pools`]), and the
//! phrases of its own paragraphs. Organisations end in one of the entity
//! finder's organisation cue words, so that what the generator writes as
//! an organisation is found as one.

/// The most common surnames; rarer ones are invented ([`super::pools`]).
pub const LAST: &[&str] = &[
    "Ribeiro",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Novak",
    "Takahashi",
    "Mensah",
    "Castellanos",
    "Petrenko",
    "Abernathy",
    "Dubois",
    "Kowalczyk",
    "Achterberg",
    "Nakamura",
    "Oyelaran",
    "Fitzgerald",
    "Marchetti",
    "Vasquez",
    "Halvorsen",
    "Mwangi",
    "Sorensen",
    "Delacroix",
    "Brennan",
    "Yilmaz",
    "Ferreira",
    "Holloway",
    "Rostova",
    "Santangelo",
    "Whitcombe",
    "Adeyemi",
    "Kaminski",
    "Lindgren",
    "Moreau",
    "Quintero",
    "Rahimi",
    "Stavros",
    "Thorne",
    "Urquhart",
    "Varga",
    "Zielinski",
];

/// Places named in the source paragraphs, swapped per article for one of
/// the article's places so that the same paragraph names different places across the
/// corpus.
pub const SOURCE_PLACES: &[&str] = &[
    "Vladivostok",
    "Pyongyang",
    "Washington",
    "Beijing",
    "Seoul",
    "Moscow",
    "Tokyo",
    "Buenos Aires",
    "Cairo",
    "Madrid",
    "Omsk",
    "Yerevan",
    "Mexico",
    "Malawi",
    "Argentina",
    "Egypt",
    "Spain",
    "Russia",
    "Armenia",
    "France",
];

/// Heads of the most common organisation names; rarer ones are invented.
pub const ORG_HEADS: &[&str] = &[
    "Meridian",
    "Northgate",
    "Bluewater",
    "Redstone",
    "Silverline",
    "Eastbrook",
    "Highfield",
    "Clearwater",
    "Ironwood",
    "Keystone",
    "Pinecrest",
    "Stonebridge",
    "Westmark",
    "Harborview",
    "Amberley",
    "Calloway",
];

/// Organisation cue words (see `assets/lexicon/words.txt`, `[org_cue]`).
pub const ORG_TAILS: &[&str] = &[
    "Institute",
    "Foundation",
    "Bank",
    "Council",
    "Commission",
    "University",
    "Group",
    "Agency",
    "Trust",
    "Holdings",
    "Association",
    "Federation",
];

/// Roles given to a speaker the first time they are quoted.
pub const ROLES: &[&str] = &[
    "a senior analyst",
    "an economist",
    "a spokeswoman",
    "a spokesman",
    "the director",
    "a researcher",
    "a professor of economics",
    "the chief strategist",
    "a lawyer",
    "a senior official",
];

pub const AGENCIES: &[&str] = &["AFP", "Reuters", "AP", "Getty Images", "EPA", "Xinhua"];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Headlines; `{P}` a place, `{O}` an organisation, `{L}` a last name.
pub const HEADLINES: &[&str] = &[
    "{O} warns of slower growth in {P}",
    "Protests spread across {P} as talks stall",
    "{L} named to lead {O}",
    "Markets in {P} rally after surprise rate cut",
    "{O} faces questions over spending in {P}",
    "Floods leave thousands homeless in {P}",
    "Inside the race to rebuild {P}",
    "Why {O} is betting on {P}",
    "{P} votes on new press law",
    "Talks between {P} and {O} end without a deal",
    "{L} steps down after two years at {O}",
    "Record heat tests power grid in {P}",
];

/// Section headings: short, no sentence punctuation.
pub const HEADINGS: &[&str] = &[
    "What comes next",
    "Reaction in {P}",
    "A long road ahead",
    "The view from {P}",
    "Questions for {O}",
    "Background",
    "Money and politics",
    "A divided public",
    "Looking ahead",
    "Lessons from {P}",
];

/// Photo descriptions for captions; `{N}` a full name, `{P}` a place.
pub const PHOTOS: &[&str] = &[
    "{N} speaks to reporters in {P}",
    "Demonstrators gather outside the parliament building in {P}",
    "Workers unload cargo at the port in {P}",
    "{N} arrives for a meeting in {P}",
    "Residents wait in line for water in {P}",
    "A view of the city centre of {P}",
];

/// Context sentences naming entities; `{N}` a full name, `{P}` and `{Q}`
/// places, `{O}` an organisation.
pub const CONTEXT: &[&str] = &[
    "Officials in {P} said the {O} would meet again next week, and {N} was expected to attend.",
    "The {O}, which has offices in {P} and {Q}, did not respond to a request for comment.",
    "Earlier this year {N} travelled from {P} to {Q} to press the case with the {O}.",
    "Figures published by the {O} show that prices in {P} have risen faster than in {Q} for three years running.",
    "In {P}, where the {O} employs several thousand people, the news was met with caution.",
];
