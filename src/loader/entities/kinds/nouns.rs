//! The word lists that weigh a name's kind from its neighbours: nouns
//! before, after or owned by a name. Kept apart so the rules in
//! [`kinds`](super) read without them.

/// Lowercase nouns that, after a possessive, show its owner is a person.
pub(super) const PERSONAL_NOUNS: &[&str] = &[
    "campaign",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "wife",
    "husband",
    "aide",
    "aides",
    "lawyer",
    "lawyers",
    "attorney",
    "supporters",
    "candidacy",
    "presidency",
];

/// First words that make a name a place.
pub(super) const LEADING_PLACE_CUES: &[&str] = &[
    "place", "rue", "plaza", "plaça", "avenida", "lake", "mount", "mt.", "fort", "port", "cape",
    "gulf", "bay", "isle", "lago", "sierra", "monte", "piazza", "via", "calle",
];
/// Articles that open the names of papers, venues and groups, not of people.
pub(super) const ARTICLES: &[&str] = &[
    "la", "le", "les", "el", "los", "las", "il", "der", "die", "das",
];

/// Lowercase nouns after which a single name is a place (`village of Khasan`).
pub(super) const PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "capital",
    "province",
    "region",
    "district",
    "island",
    "port",
    "county",
    "state",
    "republic",
    "country",
    "neighborhood",
    "neighbourhood",
    "suburb",
];
/// Lowercase nouns right before a name that make it an organisation.
pub(super) const ORG_NOUNS: &[&str] = &[
    "firm",
    "company",
    "bank",
    "group",
    "party",
    "newspaper",
    "magazine",
    "website",
    "site",
    "blog",
    "agency",
    "channel",
    "network",
    "broadcaster",
    "retailer",
    "maker",
    "giant",
    "carrier",
    "airline",
    "publication",
    "daily",
    "weekly",
    "insurer",
    "lender",
    "brand",
];
/// Nouns whose `X of Name` makes the name a place (`bishop of Jujuy`,
/// `Diocese of Jujuy`), though `noun Name` would not (`governor Brown`).
pub(super) const OF_PLACE_NOUNS: &[&str] = &[
    "bishop",
    "archbishop",
    "diocese",
    "archdiocese",
    "governor",
    "mayor",
    "residents",
    "outskirts",
];
/// Lowercase nouns right after a name that make it an organisation
/// (`Yabloko member`, `the Likud party`).
pub(super) const ORG_NOUNS_AFTER: &[&str] = &[
    "member",
    "members",
    "party",
    "group",
    "company",
    "firm",
    "newspaper",
    "magazine",
    "website",
    "shares",
    "stock",
    "shareholders",
    "executives",
    "employees",
    "headquarters",
    "subsidiary",
];
/// Businesses whose name is a possessive (`Christie’s auction house`,
/// `Sotheby’s gallery`): the noun after the possessive.
pub(super) const POSSESSIVE_BUSINESSES: &[&str] =
    &["auction", "gallery", "store", "restaurant", "shop"];
