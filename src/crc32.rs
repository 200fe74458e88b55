//! CRC-32 (ISO-HDLC: the checksum of PNG chunks, gzip and zlib trailers), small.
//!
//! `crc32fast` carries a 16 KiB slice-by-16 table that does not compress (about 17 KB of the
//! gzipped wasm); the inputs here are PNG text chunks and status lists, bounded by `Limits`,
//! so a 4-bit table (64 bytes, two lookups per byte) is fast enough.

/// The reflected polynomial 0x04C11DB7.
const POLY: u32 = 0xEDB8_8320;

/// CRC of each 4-bit value, built at compile time.
const NIBBLE: [u32; 16] = {
    let mut t = [0u32; 16];
    let mut i = 0;
    while i < 16 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 4 {
            c = if c & 1 == 1 { (c >> 1) ^ POLY } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// An incremental CRC-32.
#[derive(Clone, Debug)]
pub struct Hasher {
    state: u32,
}

impl Default for Hasher {
    fn default() -> Self {
        Self::new()
    }
}

impl Hasher {
    /// A hasher over no bytes yet.
    pub fn new() -> Self {
        Self { state: !0 }
    }

    /// Adds `bytes`.
    pub fn update(&mut self, bytes: &[u8]) {
        let mut c = self.state;
        for &b in bytes {
            c ^= u32::from(b);
            c = (c >> 4) ^ NIBBLE[(c & 15) as usize];
            c = (c >> 4) ^ NIBBLE[(c & 15) as usize];
        }
        self.state = c;
    }

    /// The CRC of everything added so far.
    pub fn finalize(self) -> u32 {
        !self.state
    }
}

/// The CRC-32 of `bytes`.
pub fn hash(bytes: &[u8]) -> u32 {
    let mut h = Hasher::new();
    h.update(bytes);
    h.finalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_value_and_streaming() {
        // The catalogue check value of CRC-32/ISO-HDLC.
        assert_eq!(hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(hash(b""), 0);
        // The CRC stored in every PNG's IEND chunk.
        assert_eq!(hash(b"IEND"), 0xAE42_6082);
        let mut h = Hasher::new();
        h.update(b"1234");
        h.update(b"56789");
        assert_eq!(h.finalize(), 0xCBF4_3926);
    }

    #[test]
    fn equals_crc32fast_on_every_length_and_split() {
        let data: Vec<u8> = (0u32..1500)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for n in 0..data.len() {
            let part = &data[..n];
            assert_eq!(hash(part), crc32fast::hash(part), "length {n}");
            let mut h = Hasher::new();
            let (a, b) = part.split_at(n / 3);
            h.update(a);
            h.update(b);
            assert_eq!(h.finalize(), crc32fast::hash(part), "split at {}", n / 3);
        }
    }
}
