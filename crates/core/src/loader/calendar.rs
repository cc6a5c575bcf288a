//! Names of months and weekdays, shared by the stages that must not take
//! them for anything else: layout reads date lines with them, attribution
//! refuses them as speaker names.

/// Full month names, lowercase.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Full weekday names, lowercase.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month abbreviations, lowercase (`sept` as well as `sep`), as date lines
/// and stamps write them.
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether `lower` (already lowercase) is a full month or weekday name.
pub fn is_month_or_weekday(lower: &str) -> bool {
    MONTHS.contains(&lower) || WEEKDAYS.contains(&lower)
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
}
