//! Names of months and weekdays, shared by the stages that must not take
//! them for anything else: layout reads date lines with them, attribution
//! refuses them as speaker names. Read once from
//! `assets/lexicon/calendar.txt` (embedded at build time); nothing indexes
//! them by month or day number, so they are word lists like the others.

use std::sync::LazyLock;

use crate::loader::entities::word_lists;

const DATA: &str = include_str!("../../assets/lexicon/calendar.txt");

word_lists!(
    /// One list per `[section]` of the data file, named as the section:
    /// months as sets, weekdays in file order, since they are also tried
    /// in turn as the word that opens a text.
    pub struct Calendar {
        month,
        month_abbreviation,
    }
    in_order {
        weekday,
    }
);

/// The month and weekday names.
pub static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| Calendar::read(DATA));

/// Whether `lower` (already lowercase) is a full month or weekday name.
pub fn is_month_or_weekday(lower: &str) -> bool {
    CALENDAR.month.contains(lower) || CALENDAR.weekday.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_names_only() {
        assert!(is_month_or_weekday("may"));
        assert!(is_month_or_weekday("sunday"));
        assert!(!is_month_or_weekday("mayor"));
        assert!(!is_month_or_weekday("sun"));
    }

    #[test]
    fn every_section_is_read_and_none_is_empty() {
        crate::loader::entities::assert_sections_are_fields(DATA, Calendar::SECTIONS);
        assert_eq!((CALENDAR.month.len(), CALENDAR.weekday.len()), (12, 7));
        assert!(CALENDAR.month_abbreviation.contains("sept"));
    }
}
