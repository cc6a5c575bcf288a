//! Moving a file we must not write to out of the way: under a new name
//! that says why and when, never over another file.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::check::BadKind;
use super::StoreError;

/// `path` with `suffix` appended to its file name.
pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Move `path` and its `-wal`/`-shm` to `PATH.KIND-YYYYMMDD-HHMMSS` (UTC;
/// `-1`, `-2`… added if taken) without overwriting anything. Returns the
/// new path of the main file.
pub(super) fn move_aside(path: &Path, kind: BadKind) -> Result<PathBuf, StoreError> {
    let base = format!(".{}-{}", kind.suffix(), timestamp(SystemTime::now()));
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |cause| StoreError::Io { path: p, cause }
    };
    for n in 0u32.. {
        let suffix = if n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let target = with_suffix(path, &suffix);
        let taken = ["", "-wal", "-shm"]
            .iter()
            .any(|s| with_suffix(&target, s).symlink_metadata().is_ok());
        if taken {
            continue;
        }
        // The -wal first: a -wal left beside a fresh database would be
        // replayed into it.
        for s in ["-wal", "-shm"] {
            let from = with_suffix(path, s);
            if from.symlink_metadata().is_ok() {
                rename_no_clobber(&from, &with_suffix(&target, s)).map_err(io(&from))?;
            }
        }
        match rename_no_clobber(path, &target) {
            Ok(()) => return Ok(target),
            // Someone took the name since we looked: try the next.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(path)(e)),
        }
    }
    Err(StoreError::Io {
        path: path.to_path_buf(),
        cause: std::io::Error::other("no free name to move the file aside to"),
    })
}

/// Rename that fails with `AlreadyExists` rather than replace `to`: a hard
/// link cannot overwrite. Falls back to a checked rename where the file
/// system has no hard links.
pub(super) fn rename_no_clobber(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            if to.symlink_metadata().is_ok() {
                return Err(std::io::ErrorKind::AlreadyExists.into());
            }
            std::fs::rename(from, to)
        }
    }
}

/// `YYYYMMDD-HHMMSS` in UTC.
pub(super) fn timestamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}{m:02}{d:02}-{:02}{:02}{:02}",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// Proleptic Gregorian (year, month, day) of `days` since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as u32, d as u32)
}
