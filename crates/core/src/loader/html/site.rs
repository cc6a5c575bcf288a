//! The site's own name kept in a page's titles (`Headline | Site`,
//! `Headline - Site`, `Site: Headline`): known from the page itself, never
//! from a list of sites. A tail is the site's name when it is the page's
//! `og:site_name`, `application-name` or JSON-LD publisher, the host name
//! the page lives at (`thehill.com` → `TheHill`), or when the same tail ends
//! two of the page's titles that otherwise differ (`<title>` and
//! `og:title`).

/// Separators between a headline and a site's name.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "];

/// What the page says its site is called.
#[derive(Debug, Default)]
pub struct Site {
    /// Names and host labels, squeezed (see [`squeeze`]).
    names: Vec<String>,
    /// The main labels of the page's hosts (`bbc` of `www.bbc.co.uk`).
    hosts: Vec<String>,
}

impl Site {
    /// `names` from metadata (site name, publisher), `addresses` the
    /// page's own (canonical, og:url, fetched from), `titles` all the
    /// titles it gives (`<title>`, `og:title`, JSON-LD headline…).
    pub fn new<'a>(
        names: impl IntoIterator<Item = &'a str>,
        addresses: impl IntoIterator<Item = &'a str>,
        titles: &[&str],
    ) -> Site {
        let mut squeezed: Vec<String> = names.into_iter().map(squeeze).collect();
        let mut hosts = Vec::new();
        for address in addresses {
            let found = host_names(address);
            hosts.extend(found.first().cloned());
            squeezed.extend(found);
        }
        hosts.retain(|h| h.chars().count() >= 3);
        hosts.sort();
        hosts.dedup();
        squeezed.extend(shared_tails(titles));
        squeezed.retain(|n| n.chars().count() >= 2);
        squeezed.sort();
        squeezed.dedup();
        Site {
            names: squeezed,
            hosts,
        }
    }

    /// Whether `text` is this site's name: one of its names, or a short
    /// name that starts with its host's (`BBC News` at `bbc.co.uk`).
    fn is_named(&self, text: &str) -> bool {
        let squeezed = squeeze(text);
        !squeezed.is_empty()
            && (self.names.contains(&squeezed)
                || (text.split_whitespace().count() <= 3
                    && self.hosts.iter().any(|h| squeezed.starts_with(h.as_str()))))
    }

    /// `title` without the site's name at its end or start; one name
    /// only, and never the whole title.
    pub fn strip(&self, title: &str) -> String {
        for sep in SEPARATORS {
            if let Some(at) = title.rfind(sep) {
                let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim());
                if !head.is_empty() && self.is_named(tail) {
                    return head.to_string();
                }
            }
            if let Some(at) = title.find(sep) {
                let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim());
                if !tail.is_empty() && self.is_named(head) {
                    return tail.to_string();
                }
            }
        }
        title.to_string()
    }
}

/// Lowercase letters and digits only: `The Hill`, `TheHill` and
/// `thehill` are one name.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `https://www.thehill.com/x` → `thehill`, `thehillcom`: the host's main
/// label, and the host without `www.`, squeezed.
fn host_names(address: &str) -> Vec<String> {
    let Some(rest) = address.split_once("://").map(|(_, r)| r) else {
        return Vec::new();
    };
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    // The label before the public suffix: `bbc` in `bbc.co.uk`, `thehill`
    // in `thehill.com` (a two-letter country code after a short second
    // label is taken as one suffix).
    let main = match labels.as_slice() {
        [.., name, second, cc] if cc.len() == 2 && second.len() <= 3 => Some(*name),
        [.., name, _] => Some(*name),
        _ => None,
    };
    main.map(squeeze)
        .into_iter()
        .chain(Some(squeeze(host)))
        .collect()
}

/// The tails that end two titles with different heads: that tail is what
/// the site appends to every title.
fn shared_tails(titles: &[&str]) -> Vec<String> {
    let split: Vec<(String, String)> = titles
        .iter()
        .flat_map(|t| {
            SEPARATORS.iter().filter_map(move |sep| {
                let at = t.rfind(sep)?;
                Some((squeeze(&t[..at]), squeeze(&t[at + sep.len()..])))
            })
        })
        .collect();
    let mut shared = Vec::new();
    for (i, (head, tail)) in split.iter().enumerate() {
        let again = split[i + 1..]
            .iter()
            .any(|(h, t)| t == tail && h != head && !h.is_empty());
        if again && !head.is_empty() {
            shared.push(tail.clone());
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_name_goes_whatever_its_spacing_and_case() {
        let site = Site::new(["The Valley Times"], [], &[]);
        assert_eq!(
            site.strip("Floods close the road | TheValleyTimes"),
            "Floods close the road"
        );
        assert_eq!(
            site.strip("The Valley Times - Floods close the road"),
            "Floods close the road"
        );
        // A dash inside the headline stays.
        assert_eq!(
            site.strip("Q&A - ten questions about floods"),
            "Q&A - ten questions about floods"
        );
        assert_eq!(site.strip("The Valley Times"), "The Valley Times");
    }

    #[test]
    fn the_host_name_names_the_site() {
        let site = Site::new([], ["https://www.valleytimes.co.uk/news/1"], &[]);
        assert_eq!(
            site.strip("Floods close the road - Valley Times"),
            "Floods close the road"
        );
        assert_eq!(
            site.strip("Floods close the road - ValleyTimes.co.uk"),
            "Floods close the road"
        );
        assert_eq!(
            site.strip("Floods - the valley road closes"),
            "Floods - the valley road closes"
        );
        let site = Site::new([], ["https://www.rnews.example/b"], &[]);
        assert_eq!(
            site.strip("Floods close the road | RNews Online"),
            "Floods close the road"
        );
        assert_eq!(
            site.strip("Floods close the road | Rain news for the valley"),
            "Floods close the road | Rain news for the valley"
        );
    }

    #[test]
    fn a_tail_that_ends_two_different_titles_is_the_site() {
        let titles = [
            "Floods close the valley road | Riverside Daily",
            "Floods close road | Riverside Daily",
        ];
        let site = Site::new([], [], &titles);
        assert_eq!(site.strip(titles[0]), "Floods close the valley road");
        // The same title twice says nothing about its tail.
        let same = Site::new([], [], &[titles[0], titles[0]]);
        assert_eq!(same.strip(titles[0]), titles[0]);
    }
}
