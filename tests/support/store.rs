//! Building reading-state updates and opening a store that must be clean,
//! shared by the store's tests in one process and across processes.

use std::path::Path;

use newsreader::store::{Change, Position, Store, Update};

pub fn up(id: impl Into<String>, change: Change) -> Update {
    Update {
        id: id.into(),
        change,
    }
}

pub fn pos(block: usize, offset: usize) -> Option<Position> {
    Some(Position { block, offset })
}

/// Open `path`, which must give no notice (nothing moved aside).
pub fn open_clean(path: &Path) -> Store {
    let opened = Store::open(path).expect("open");
    assert_eq!(opened.notice, None, "unexpected notice");
    opened.store
}
