//! `dump`'s compact JSON, written by a serde serializer of our own that
//! gives the bytes `serde_json::to_vec` gives for an [`Article`], for
//! about half its cost.
//!
//! Why not serde_json itself: it runs every string through a byte-by-byte
//! escape loop, field names included, and the loop's exit, taken at a
//! different count for each string, is mispredicted about once per string
//! (`docs/development.md`). Here a field name is written as it is (a Rust
//! identifier, which never needs escaping), and a string is checked and
//! appended eight bytes at a time, its last bytes padded into one more
//! eight-byte word: only a word that holds something to escape is read
//! byte by byte.
//!
//! The model's serde derives still say what is written (field names,
//! renames, skipped fields), so the two cannot drift apart. Only the
//! shapes an article has are supported: anything else (a float, a map)
//! is an error, on which [`super::fragment`] falls back to serde_json,
//! and a test on every bundled article says so before it ships.
//!
//! [`Article`]: crate::article::Article

use serde::ser::{self, Error as _, Impossible, Serialize};

/// An unsupported shape (see the module note).
type Error = serde_json::Error;

/// `value` as compact JSON, appended to `out`.
pub fn to_vec(value: &impl Serialize, out: &mut Vec<u8>) -> Result<(), Error> {
    value.serialize(&mut Writer { out })
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

/// A struct or sequence being written: whether a comma goes before the
/// next member.
pub struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    first: bool,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(b',');
        }
        self.first = false;
    }
}

fn unsupported(what: &str) -> Error {
    Error::custom(format!("dump's JSON writer does not write {what}"))
}

/// Whether JSON strings escape byte `b`: the controls, `"` and
/// `\` (not DEL, which serde_json leaves as it is).
const fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `w` is [`escaped`]: the classic
/// "has a byte less than n" and "has a zero byte" tests, exact for the
/// yes-or-no of the whole word. (The loader's `swar.rs` has the same
/// tests; they are a few lines, and the loader keeps them private.)
fn any_escaped(w: u64) -> bool {
    let control = w.wrapping_sub(LOW * 0x20) & !w;
    (control | has_byte(w, b'"') | has_byte(w, b'\\')) & HIGH != 0
}

/// The high bit of each byte of `w` equal to `b` (and maybe of bytes
/// after one that is): nonzero exactly when some byte is `b`.
fn has_byte(w: u64, b: u8) -> u64 {
    let x = w ^ (LOW * u64::from(b));
    x.wrapping_sub(LOW) & !x
}

/// Append `s` as a JSON string, escaped as serde_json escapes it.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Room for the quotes and the last word's padding: every word below is
    // appended whole, eight bytes, a copy of fixed size where a copy of
    // each run's own length called memcpy, whose size tests (shared by
    // every caller) went either way string by string.
    out.reserve(bytes.len() + 10);
    out.push(b'"');
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        if any_escaped(u64::from_le_bytes(w)) {
            escape_into(out, chunk);
        } else {
            out.extend_from_slice(&w);
        }
    }
    // The last bytes, padded with spaces (which need no escape) to a word
    // that is appended whole and its padding dropped.
    let (w, rest) = tail_padded(bytes);
    if any_escaped(w) {
        escape_into(out, chunks.remainder());
    } else {
        out.extend_from_slice(&w.to_le_bytes());
        out.truncate(out.len() + rest - 8);
    }
    out.push(b'"');
}

/// `bytes` as one little-endian word, or as much of it as fits.
fn load<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut w = [0u8; N];
    if let Some(b) = bytes.get(..N) {
        w.copy_from_slice(b);
    }
    w
}

/// The bytes after the last whole eight-byte word of `bytes` (fewer than
/// eight, maybe none), little-endian and padded with spaces, and their
/// count: read with loads of fixed size only. A string of eight bytes or
/// more gives its last eight, shifted; a shorter one two overlapping
/// four-byte loads, or its first, middle and last byte.
fn tail_padded(bytes: &[u8]) -> (u64, usize) {
    const SPACES: u64 = LOW * b' ' as u64;
    let len = bytes.len();
    let rest = len % 8;
    let bits = 8 * rest as u32;
    let w = if len >= 8 {
        let last = u64::from_le_bytes(load(bytes.get(len - 8..).unwrap_or(&[])));
        last.checked_shr(64 - bits).unwrap_or(0)
    } else if rest >= 4 {
        let lo = u32::from_le_bytes(load(bytes));
        let hi = u32::from_le_bytes(load(bytes.get(rest - 4..).unwrap_or(&[])));
        u64::from(lo) | u64::from(hi) << (bits - 32)
    } else {
        let at = |i: usize| bytes.get(i).map_or(0, |&b| u64::from(b) << (8 * i));
        // With no bytes, nothing is read: every index is out of range.
        at(0) | at(rest / 2) | at(rest.wrapping_sub(1))
    };
    (w | SPACES.checked_shl(bits).unwrap_or(0), rest)
}

/// Append `bytes` (part of a string), escaping what needs it.
fn escape_into(out: &mut Vec<u8>, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        match b {
            _ if !escaped(b) => out.push(b),
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]),
        }
    }
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.out
            .extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("floats"))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("floats"))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported("enum variants with data"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        self.out.push(b'[');
        Ok(Compound {
            w: self,
            first: true,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("tuples"))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("tuple structs"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("enum variants with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("maps"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w, 'a>, Error> {
        self.out.push(b'{');
        Ok(Compound {
            w: self,
            first: true,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("enum variants with data"))
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(b']');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    // Inlined into the model's derived code, where each name is a
    // constant: its copy is then a few stores of known size, not a call
    // to memcpy with the size tested.
    #[inline(always)]
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.comma();
        // A field name is an identifier or a rename the model spells,
        // never anything JSON escapes (a test holds every name of the
        // model to that): written as it is, with no check.
        let out = &mut *self.w.out;
        out.reserve(key.len() + 3);
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        self.w.out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests;
