//! Building reading-state updates and opening a store that must be clean,
//! shared by the store's tests in one process and across processes.
// Each test binary uses some of these.
#![allow(dead_code)]

use std::path::Path;

use newsreader::store::{Change, Position, Store, Update};

/// An update to the article with text hash `id` and no other identity
/// (its key is the hash, as for every row before keys).
pub fn up(id: impl Into<String>, change: Change) -> Update {
    let id = id.into();
    Update {
        key: id.clone(),
        hash: id,
        change,
    }
}

pub fn pos(block: usize, offset: usize) -> Option<Position> {
    Some(Position {
        block,
        offset,
        anchor: 0,
    })
}

/// Open `path`, which must give no notice (nothing moved aside).
pub fn open_clean(path: &Path) -> Store {
    let opened = Store::open(path).expect("open");
    assert_eq!(opened.notice, None, "unexpected notice");
    opened.store
}
