//! Lines a page prints around its story that no class name gives away:
//! the credit at the end (`Reporting by …; Editing by …`), contact lines
//! (`Write to Jane Roe at jane@example.com`), share-button rows, photo
//! counters (`Image 3 of 12`) and publication stamps (`Posted on …`,
//! `Updated 1 day ago`). Each is told by its shape, never by one site's
//! wording; the caller decides where in the body each may be.

mod people;
mod prompts;
mod stamps;

pub use people::{is_author_note, is_contact, is_credit, role_byline};
pub use prompts::{is_follow_line, is_link_line, is_more_heading, is_share_row, is_sign_up};
pub use stamps::{
    is_counter, is_date_stamp, is_labelled_caption, is_photo_credit, is_reading_time, is_stamp,
};

/// Longest line (bytes) read as furniture: these are short, and a long
/// paragraph that starts like one is prose.
const MAX_LEN: usize = 300;
