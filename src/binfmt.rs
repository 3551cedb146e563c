//! The binary container shared by Corroborate's files — the prebuilt index (`retrieve::store`)
//! and the FNC-1 stance model (`fnc::model`): little-endian fixed-width numbers, LEB128
//! varints, length-prefixed UTF-8, and an FNV-1a checksum of everything before it. Writers
//! append with the `put_*` functions; [`Reader`] reads back without ever leaving its slice,
//! and bounds every count by what the remaining bytes could hold, so a forged length cannot
//! make a reader allocate.

use std::fmt;

/// 64-bit FNV-1a: the files' checksum, and a stable hash of words for feature hashing.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Appends `v` as an LEB128 varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends a string as its varint byte length and its UTF-8 bytes.
pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Appends the FNV-1a checksum of everything in `out` so far.
pub fn put_checksum(out: &mut Vec<u8>) {
    let sum = fnv(out);
    out.extend_from_slice(&sum.to_le_bytes());
}

/// `bytes` without its trailing checksum, if the checksum matches.
pub fn verify_checksum(bytes: &[u8]) -> Result<&[u8], BinError> {
    let split = bytes.len().checked_sub(8).ok_or(BinError::Truncated { at: bytes.len() })?;
    let (body, sum) = bytes.split_at(split);
    let mut le = [0u8; 8];
    le.copy_from_slice(sum);
    if fnv(body) == u64::from_le_bytes(le) {
        Ok(body)
    } else {
        Err(BinError::BadChecksum)
    }
}

/// Why bytes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BinError {
    /// The data ends before the element at this offset.
    Truncated {
        /// Byte offset of the element that does not fit.
        at: usize,
    },
    /// A varint longer than 64 bits.
    OverlongNumber,
    /// A count larger than the rest of the data could hold.
    CountTooLarge,
    /// A string that is not UTF-8.
    NotUtf8,
    /// A number that is NaN or infinite where weights are expected.
    NotFinite {
        /// Byte offset of the number.
        at: usize,
    },
    /// The checksum does not match.
    BadChecksum,
}

impl fmt::Display for BinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BinError::Truncated { at } => write!(f, "truncated (at byte {at})"),
            BinError::OverlongNumber => write!(f, "overlong number"),
            BinError::CountTooLarge => write!(f, "count larger than the file"),
            BinError::NotUtf8 => write!(f, "text is not UTF-8"),
            BinError::NotFinite { at } => write!(f, "non-finite number at byte {at}"),
            BinError::BadChecksum => write!(f, "checksum mismatch"),
        }
    }
}

impl std::error::Error for BinError {}

/// A bounds-checked cursor over a byte slice.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader of `bytes` starting at offset `at`.
    pub fn new(bytes: &'a [u8], at: usize) -> Reader<'a> {
        Reader { bytes, at }
    }

    /// The offset of the next byte.
    pub fn position(&self) -> usize {
        self.at
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.at)
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], BinError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(BinError::Truncated { at: self.at })?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    /// One byte.
    pub fn u8(&mut self) -> Result<u8, BinError> {
        Ok(self.take(1)?[0])
    }

    /// A little-endian u32.
    pub fn u32(&mut self) -> Result<u32, BinError> {
        let mut le = [0u8; 4];
        le.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(le))
    }

    /// A little-endian u64.
    pub fn u64(&mut self) -> Result<u64, BinError> {
        let mut le = [0u8; 8];
        le.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(le))
    }

    /// A little-endian f32 that must be finite (weights never are NaN or infinite).
    pub fn f32(&mut self) -> Result<f32, BinError> {
        let at = self.at;
        let mut le = [0u8; 4];
        le.copy_from_slice(self.take(4)?);
        let x = f32::from_le_bytes(le);
        if x.is_finite() {
            Ok(x)
        } else {
            Err(BinError::NotFinite { at })
        }
    }

    /// `n` finite f32s (the count is checked against the remaining bytes first).
    pub fn f32s(&mut self, n: usize) -> Result<Vec<f32>, BinError> {
        if n.saturating_mul(4) > self.remaining() {
            return Err(BinError::Truncated { at: self.at });
        }
        (0..n).map(|_| self.f32()).collect()
    }

    /// An LEB128 varint of at most 64 bits.
    pub fn varint(&mut self) -> Result<u64, BinError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            v |= ((byte & 0x7f) as u64) << shift;
            if byte < 0x80 {
                return Ok(v);
            }
        }
        Err(BinError::OverlongNumber)
    }

    /// A varint count of elements that each take at least `min_bytes`: bounded by what the
    /// remaining bytes could hold, so a forged count cannot reserve memory.
    pub fn count(&mut self, min_bytes: usize) -> Result<usize, BinError> {
        let n = self.varint()?;
        if n.saturating_mul(min_bytes as u64) > self.remaining() as u64 {
            return Err(BinError::CountTooLarge);
        }
        Ok(n as usize)
    }

    /// A varint-length-prefixed UTF-8 string.
    pub fn string(&mut self) -> Result<String, BinError> {
        let n = self.count(1)?;
        let bytes = self.take(n)?;
        std::str::from_utf8(bytes).map(str::to_string).map_err(|_| BinError::NotUtf8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let mut out = Vec::new();
        put_varint(&mut out, 300);
        put_str(&mut out, "Gaziantep é");
        out.extend_from_slice(&7u32.to_le_bytes());
        out.extend_from_slice(&1.5f32.to_le_bytes());
        put_checksum(&mut out);
        let body = verify_checksum(&out).unwrap();
        let mut r = Reader::new(body, 0);
        assert_eq!(r.varint(), Ok(300));
        assert_eq!(r.string().as_deref(), Ok("Gaziantep é"));
        assert_eq!((r.u32(), r.f32()), (Ok(7), Ok(1.5)));
        assert_eq!(r.remaining(), 0);
    }

    #[test]
    fn hostile_bytes_are_errors() {
        assert_eq!(verify_checksum(&[1, 2, 3]), Err(BinError::Truncated { at: 3 }));
        assert_eq!(verify_checksum(&[0; 12]), Err(BinError::BadChecksum));
        assert_eq!(Reader::new(&[0xff; 11], 0).varint(), Err(BinError::OverlongNumber));
        assert_eq!(Reader::new(&[0x80, 0x80, 0x04, 0, 0], 0).count(1), Err(BinError::CountTooLarge));
        assert_eq!(Reader::new(&[2, 0xff, 0xfe], 0).string(), Err(BinError::NotUtf8));
        assert!(matches!(Reader::new(&f32::NAN.to_le_bytes(), 0).f32(), Err(BinError::NotFinite { .. })));
        assert!(Reader::new(&[0; 8], 0).f32s(usize::MAX).is_err());
        assert_eq!(Reader::new(&[1], 0).take(usize::MAX), Err(BinError::Truncated { at: 0 }));
    }
}
