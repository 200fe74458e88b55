//! Inflate: a small decoder for DEFLATE data (RFC 1951) and its zlib wrapper (RFC 1950).
//!
//! It reads the compressed text chunks of PNG badges ([`zlib`]) and the gzip members of
//! status lists (`status` parses the gzip header and trailer around [`raw`]). Those inputs
//! are small and bounded by `Limits`, so the decoder is built for size, not speed: a
//! Huffman code is kept as the number of codes of each length plus the symbols in code
//! order (RFC 1951 §3.2.2), and a symbol is decoded one bit at a time by walking the code
//! lengths. There are no lookup tables to build and no fast paths.
//!
//! Choices:
//! - Output is capped: inflating stops with [`InflateError::OutputLimit`] as soon as the
//!   output would pass `cap` bytes; output of exactly `cap` bytes is fine. The buffer grows
//!   geometrically and never beyond `cap`.
//! - A set of code lengths that over-subscribes the code space is refused. An incomplete
//!   set is refused too, except where zlib allows it: a literal/length or distance code
//!   made of a single one-bit code (RFC 1951 §3.2.7 describes the lone distance code), and a
//!   distance code with no codes at all (a block of literals only). The code-length code
//!   must be complete.
//! - Literal/length symbols 286 and 287 and distance symbols 30 and 31 exist in the fixed
//!   code but must not occur (§3.2.6); they are errors, as is a back-reference to before
//!   the start of the output.
//! - zlib: the header must say deflate (CM 8) with a window of at most 32 KiB, its check
//!   bits must hold and no preset dictionary may be asked for (a caller has none to give);
//!   the Adler-32 of the output must match. Bytes after the Adler-32 are ignored, as
//!   miniz_oxide (used here before) ignores them.
//!
//! Every loop reads bits or writes output and stops once it has read past the end of the
//! input, so work is bounded by the input length and `cap`; nothing panics on any input
//! (`fuzz/fuzz_targets/inflate.rs` compares every result with miniz_oxide's).

use std::fmt;

/// What is wrong with a compressed stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// The output would grow past the cap; inflating stopped there.
    OutputLimit,
    /// The input ends before the stream does.
    Truncated,
    /// A block header has block type 3, which RFC 1951 §3.2.3 reserves.
    ReservedBlockType,
    /// A stored block's `LEN` is not the one's complement of its `NLEN` (§3.2.4).
    StoredLength {
        /// The block's `LEN`.
        len: u16,
        /// The block's `NLEN`.
        nlen: u16,
    },
    /// A dynamic block declares more than 286 literal/length codes or more than 30
    /// distance codes (§3.2.7).
    TooManyCodes {
        /// Declared literal/length codes (`HLIT` + 257).
        literal_lengths: u16,
        /// Declared distance codes (`HDIST` + 1).
        distances: u16,
    },
    /// A dynamic block's code lengths repeat a previous length where there is none, or a
    /// repeat runs past the number of lengths the block declares.
    BadRepeat,
    /// A dynamic block's literal/length code has no code for end-of-block (256), so the
    /// block could never end.
    NoEndOfBlock,
    /// A dynamic block's code lengths do not form a usable prefix code.
    BadCodeLengths {
        /// Which of the block's three codes.
        code: Code,
        /// `true`: more codes than the bit lengths allow (over-subscribed); `false`: code
        /// space left unused (incomplete).
        oversubscribed: bool,
    },
    /// The next bits match no code, or match a symbol that must not occur (literal/length
    /// 286 or 287, distance 30 or 31).
    InvalidSymbol {
        /// The code being decoded.
        code: Code,
    },
    /// A back-reference reaches before the start of the output.
    DistanceTooFar {
        /// The distance back.
        distance: u16,
        /// How many bytes had been output.
        available: usize,
    },
    /// The zlib header does not declare deflate (CM 8) with a window of at most 32 KiB.
    ZlibMethod {
        /// The header's first byte (CMF).
        cmf: u8,
    },
    /// The zlib header's check bits are wrong: its two bytes are not a multiple of 31.
    ZlibCheck {
        /// The header's two bytes, big-endian.
        header: u16,
    },
    /// The zlib stream needs a preset dictionary (FDICT), which no caller has.
    ZlibDictionary,
    /// The zlib trailer's Adler-32 does not match the output.
    Adler32 {
        /// The checksum in the trailer.
        stored: u32,
        /// The checksum of the inflated bytes.
        computed: u32,
    },
}

/// The three prefix codes of a DEFLATE block (RFC 1951 §3.2.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The code that compresses a dynamic block's code lengths.
    CodeLength,
    /// The literal/length code.
    LiteralLength,
    /// The distance code.
    Distance,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Code::CodeLength => "code-length",
            Code::LiteralLength => "literal/length",
            Code::Distance => "distance",
        })
    }
}

impl fmt::Display for InflateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::OutputLimit => f.write_str("the output is larger than allowed"),
            Self::Truncated => f.write_str("the data ends before the compressed stream does"),
            Self::ReservedBlockType => f.write_str("a block has the reserved block type 3"),
            Self::StoredLength { len, nlen } => write!(
                f,
                "a stored block's length {len} does not match its complement {nlen}"
            ),
            Self::TooManyCodes {
                literal_lengths,
                distances,
            } => write!(
                f,
                "a block declares {literal_lengths} literal/length and {distances} distance \
                 codes (at most 286 and 30)"
            ),
            Self::BadRepeat => f.write_str("a block's code lengths repeat past their bounds"),
            Self::NoEndOfBlock => f.write_str("a block has no end-of-block code"),
            Self::BadCodeLengths {
                code,
                oversubscribed,
            } => write!(
                f,
                "a block's {code} code lengths are {}",
                if oversubscribed {
                    "over-subscribed"
                } else {
                    "incomplete"
                }
            ),
            Self::InvalidSymbol { code } => write!(f, "invalid {code} code"),
            Self::DistanceTooFar {
                distance,
                available,
            } => write!(
                f,
                "a back-reference of distance {distance} reaches before the start of the \
                 output (byte {available})"
            ),
            Self::ZlibMethod { cmf } => write!(
                f,
                "the zlib header byte 0x{cmf:02x} is not deflate with a window of at most 32 KiB"
            ),
            Self::ZlibCheck { header } => write!(
                f,
                "the zlib header 0x{header:04x} fails its check (not a multiple of 31)"
            ),
            Self::ZlibDictionary => f.write_str("the zlib stream needs a preset dictionary"),
            Self::Adler32 { stored, computed } => write!(
                f,
                "the zlib Adler-32 is 0x{stored:08x} but the output sums to 0x{computed:08x}"
            ),
        }
    }
}

impl std::error::Error for InflateError {}

type Result<T> = std::result::Result<T, InflateError>;

/// Inflates raw DEFLATE data into at most `cap` bytes. Returns the output and how many
/// bytes of `data` the stream took (up to and including the byte holding the end of the
/// final block), so that a caller can read what follows, such as a gzip trailer.
///
/// # Errors
/// [`InflateError::OutputLimit`] when the output would exceed `cap`, otherwise the first
/// problem found in the stream.
pub fn raw(data: &[u8], cap: usize) -> Result<(Vec<u8>, usize)> {
    let mut s = Inflater {
        input: data,
        pos: 0,
        bit_buf: 0,
        bit_count: 0,
        out: Vec::new(),
        cap,
    };
    match s.blocks() {
        // Whatever went wrong after reading past the end, the cause is the missing input.
        _ if s.pos > data.len() => Err(InflateError::Truncated),
        Ok(()) => Ok((s.out, s.pos)),
        Err(e) => Err(e),
    }
}

/// Inflates a zlib stream (RFC 1950) into at most `cap` bytes and checks its Adler-32.
/// Bytes after the Adler-32 are ignored.
///
/// # Errors
/// [`InflateError::OutputLimit`] when the output would exceed `cap`, otherwise the first
/// problem found in the header, the stream or the checksum.
pub fn zlib(data: &[u8], cap: usize) -> Result<Vec<u8>> {
    let (&[cmf, flg], body) = data.split_first_chunk().ok_or(InflateError::Truncated)?;
    if cmf & 0x0f != 8 || cmf >> 4 > 7 {
        return Err(InflateError::ZlibMethod { cmf });
    }
    let header = u16::from_be_bytes([cmf, flg]);
    if header % 31 != 0 {
        return Err(InflateError::ZlibCheck { header });
    }
    if flg & 0x20 != 0 {
        return Err(InflateError::ZlibDictionary);
    }
    let (out, used) = raw(body, cap)?;
    let trailer = body
        .get(used..)
        .and_then(<[u8]>::first_chunk)
        .ok_or(InflateError::Truncated)?;
    let stored = u32::from_be_bytes(*trailer);
    let computed = adler32(&out);
    if stored != computed {
        return Err(InflateError::Adler32 { stored, computed });
    }
    Ok(out)
}

/// The Adler-32 checksum (RFC 1950 §8.2).
fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        // Both sums stay below 2 × MOD, so one subtraction reduces them.
        a += u32::from(x);
        if a >= MOD {
            a -= MOD;
        }
        b += a;
        if b >= MOD {
            b -= MOD;
        }
    }
    (b << 16) | a
}

/// Longest code in bits (RFC 1951 §3.2.7).
const MAX_BITS: usize = 15;

/// The most symbols a code has: 288 literal/length symbols in the fixed code.
const MAX_SYMBOLS: usize = 288;

/// A canonical prefix code (RFC 1951 §3.2.2), kept as the number of codes of each length
/// and the symbols in code order (by length, then by symbol value).
struct Huffman {
    code: Code,
    /// `count[n]`: how many codes are `n` bits long (`count[0]` is unused).
    count: [u16; MAX_BITS + 1],
    symbol: [u16; MAX_SYMBOLS],
}

impl Huffman {
    /// An empty code; [`Huffman::build`] fills it.
    fn new(code: Code) -> Self {
        Huffman {
            code,
            count: [0; MAX_BITS + 1],
            symbol: [0; MAX_SYMBOLS],
        }
    }

    /// Makes this the code with the given lengths (0: the symbol has no code; each length
    /// ≤ 15, at most [`MAX_SYMBOLS`] of them). Refuses an over-subscribed set of lengths,
    /// and an incomplete one unless it has no codes or a single one-bit code (never for
    /// the code-length code).
    fn build(&mut self, lengths: &[u8]) -> Result<()> {
        self.count = [0; MAX_BITS + 1];
        for &len in lengths {
            if let Some(c) = self.count.get_mut(usize::from(len)) {
                *c += 1;
            }
        }
        // Code space left unused, in units of 2^-15; negative when over-subscribed.
        let mut left = 1i32;
        // offset[n]: where the symbols of n-bit codes start in `symbol`.
        let mut offset = [0u16; MAX_BITS + 2];
        let mut codes = 0;
        for n in 1..MAX_BITS + 1 {
            left = (left << 1) - i32::from(self.count[n]);
            codes += self.count[n];
            offset[n + 1] = codes;
        }
        let lone = codes == 0 || (codes == 1 && self.count[1] == 1);
        if left < 0 || (left > 0 && (self.code == Code::CodeLength || !lone)) {
            return Err(InflateError::BadCodeLengths {
                code: self.code,
                oversubscribed: left < 0,
            });
        }
        for (sym, &len) in (0u16..).zip(lengths) {
            if len != 0 {
                if let Some(o) = offset.get_mut(usize::from(len)) {
                    if let Some(s) = self.symbol.get_mut(usize::from(*o)) {
                        *s = sym;
                    }
                    *o += 1;
                }
            }
        }
        Ok(())
    }
}

/// Order in which a dynamic block sends the code-length code's lengths (§3.2.7).
const CODE_LENGTH_ORDER: [u8; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Base length and number of extra bits of length symbol `257 + i`, `i` in 0..29 (§3.2.5).
fn length_base(i: u32) -> (u32, u32) {
    match i {
        0..=7 => (3 + i, 0),
        28 => (258, 0),
        _ => {
            let extra = i / 4 - 1;
            (((4 | (i & 3)) << extra) + 3, extra)
        }
    }
}

/// Base distance and number of extra bits of distance symbol `d` in 0..30 (§3.2.5).
fn distance_base(d: u32) -> (u32, u32) {
    if d < 4 {
        (d + 1, 0)
    } else {
        let extra = d / 2 - 1;
        (((2 | (d & 1)) << extra) + 1, extra)
    }
}

/// Decoder state: the input with its bit position, and the output so far.
struct Inflater<'a> {
    input: &'a [u8],
    /// Next input byte to load into `bit_buf`; past `input.len()` once the decoder has
    /// needed bits the input does not have.
    pos: usize,
    /// Loaded bits not yet used, least significant first; fewer than 8 between calls.
    bit_buf: u32,
    bit_count: u32,
    out: Vec<u8>,
    cap: usize,
}

impl Inflater<'_> {
    /// The next `n` (≤ 13) bits of the input, first bit least significant (§3.1.1).
    ///
    /// Past the end of the input the bits read as zeros and `pos` keeps counting, so
    /// decoding needs no error path per bit: [`raw`] reports any result reached after
    /// reading past the end as [`InflateError::Truncated`], and every loop that could run
    /// on zeros stops at [`Inflater::overrun`].
    fn bits(&mut self, n: u32) -> u32 {
        while self.bit_count < n {
            let byte = self.input.get(self.pos).copied().unwrap_or(0);
            self.pos += 1;
            self.bit_buf |= u32::from(byte) << self.bit_count;
            self.bit_count += 8;
        }
        let value = self.bit_buf & ((1 << n) - 1);
        self.bit_buf >>= n;
        self.bit_count -= n;
        value
    }

    /// Fails once decoding has read past the end of the input.
    fn overrun(&self) -> Result<()> {
        if self.pos > self.input.len() {
            return Err(InflateError::Truncated);
        }
        Ok(())
    }

    /// Makes room for `n` more output bytes, or fails if they would pass the cap.
    fn room(&mut self, n: usize) -> Result<()> {
        let need = self.out.len() + n;
        if need > self.cap {
            return Err(InflateError::OutputLimit);
        }
        if need > self.out.capacity() {
            let grown = self.out.capacity().saturating_mul(2);
            let target = need.max(grown).max(1024).min(self.cap);
            self.out.reserve_exact(target - self.out.len());
        }
        Ok(())
    }

    /// Decodes one symbol: the code's bits arrive most significant first (§3.1.1), and
    /// the `count[n]` codes of length `n` are consecutive values starting at `first`.
    /// Bits that match no code give [`MAX_SYMBOLS`], a symbol no caller accepts.
    fn decode(&mut self, h: &Huffman) -> u16 {
        let (mut code, mut first, mut index) = (0u32, 0u32, 0u32);
        for &count in h.count.iter().skip(1) {
            code |= self.bits(1);
            let count = u32::from(count);
            // `code >= first` always holds: it did not fit the shorter lengths' codes.
            if code < first + count {
                if let Some(&s) = h.symbol.get((index + code - first) as usize) {
                    return s;
                }
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        MAX_SYMBOLS as u16
    }

    /// The blocks up to and including the final one (§3.2.3).
    fn blocks(&mut self) -> Result<()> {
        let mut lit = Huffman::new(Code::LiteralLength);
        let mut dist = Huffman::new(Code::Distance);
        // Whether `lit` and `dist` hold the fixed codes (built once, however many blocks
        // use them).
        let mut fixed = false;
        loop {
            self.overrun()?;
            let last = self.bits(1);
            match self.bits(2) {
                0 => self.stored()?,
                1 => {
                    if !fixed {
                        // §3.2.6.
                        let mut lengths = [8u8; MAX_SYMBOLS];
                        lengths[144..256].fill(9);
                        lengths[256..280].fill(7);
                        lit.build(&lengths)?;
                        dist.build(&[5; 32])?;
                        fixed = true;
                    }
                    self.codes(&lit, &dist)?
                }
                2 => {
                    fixed = false;
                    self.dynamic(&mut lit, &mut dist)?;
                    self.codes(&lit, &dist)?
                }
                _ => return Err(InflateError::ReservedBlockType),
            }
            if last == 1 {
                return Ok(());
            }
        }
    }

    /// A stored block (§3.2.4): skips to a byte boundary, then copies `LEN` bytes.
    fn stored(&mut self) -> Result<()> {
        // Fewer than 8 bits are buffered, all from the byte before `pos`.
        self.bit_buf = 0;
        self.bit_count = 0;
        let rest = self.input.get(self.pos..).unwrap_or_default();
        let (&[a, b, c, d], rest) = rest.split_first_chunk().ok_or(InflateError::Truncated)?;
        let len = u16::from_le_bytes([a, b]);
        let nlen = u16::from_le_bytes([c, d]);
        if len != !nlen {
            return Err(InflateError::StoredLength { len, nlen });
        }
        let n = usize::from(len);
        let block = rest.get(..n).ok_or(InflateError::Truncated)?;
        self.room(n)?;
        self.out.extend_from_slice(block);
        self.pos += 4 + n;
        Ok(())
    }

    /// Reads a dynamic block's code definitions (§3.2.7) into `lit` and `dist`.
    fn dynamic(&mut self, lit: &mut Huffman, dist: &mut Huffman) -> Result<()> {
        let nlen = self.bits(5) as usize + 257;
        let ndist = self.bits(5) as usize + 1;
        let ncode = self.bits(4) as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Err(InflateError::TooManyCodes {
                literal_lengths: nlen as u16,
                distances: ndist as u16,
            });
        }
        // Code lengths of the code-length code first, then (overwriting them) those of the
        // literal/length and distance codes; every one of those is written before it is read.
        let mut lengths = [0u8; 286 + 30];
        for &sym in CODE_LENGTH_ORDER.iter().take(ncode) {
            lengths[usize::from(sym)] = self.bits(3) as u8;
        }
        let mut lencode = Huffman::new(Code::CodeLength);
        lencode.build(&lengths[..19])?;
        let total = nlen + ndist;
        let mut n = 0;
        while n < total {
            let (len, repeat) = match self.decode(&lencode) {
                sym @ 0..=15 => (sym as u8, 1),
                16 => {
                    let prev = n.checked_sub(1).and_then(|i| lengths.get(i));
                    (*prev.ok_or(InflateError::BadRepeat)?, 3 + self.bits(2))
                }
                17 => (0, 3 + self.bits(3)),
                18 => (0, 11 + self.bits(7)),
                _ => {
                    return Err(InflateError::InvalidSymbol {
                        code: Code::CodeLength,
                    })
                }
            };
            let end = n + repeat as usize;
            if end > total {
                return Err(InflateError::BadRepeat);
            }
            lengths[n..end].fill(len);
            n = end;
        }
        if lengths[256] == 0 {
            return Err(InflateError::NoEndOfBlock);
        }
        lit.build(&lengths[..nlen])?;
        dist.build(&lengths[nlen..total])
    }

    /// Decodes a compressed block's data up to its end-of-block code (§3.2.5).
    fn codes(&mut self, lit: &Huffman, dist: &Huffman) -> Result<()> {
        loop {
            self.overrun()?;
            let sym = self.decode(lit);
            if sym < 256 {
                self.room(1)?;
                self.out.push(sym as u8);
                continue;
            }
            if sym == 256 {
                return Ok(());
            }
            let i = u32::from(sym - 257);
            if i > 28 {
                return Err(InflateError::InvalidSymbol { code: lit.code });
            }
            let (base, extra) = length_base(i);
            let len = (base + self.bits(extra)) as usize;
            let d = u32::from(self.decode(dist));
            if d > 29 {
                return Err(InflateError::InvalidSymbol { code: dist.code });
            }
            let (base, extra) = distance_base(d);
            let distance = (base + self.bits(extra)) as usize;
            let available = self.out.len();
            if distance > available {
                return Err(InflateError::DistanceTooFar {
                    distance: distance as u16,
                    available,
                });
            }
            self.room(len)?;
            // Byte by byte: the copy may overlap its own output (distance < length).
            for i in available - distance..available - distance + len {
                let byte = self.out.get(i).copied().unwrap_or(0);
                self.out.push(byte);
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;
    use crate::test_rng::Rng;
    use miniz_oxide::deflate::core::{
        compress_to_output, create_comp_flags_from_zip_params, CompressionStrategy,
        CompressorOxide, TDEFLFlush, TDEFLStatus,
    };
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    use std::time::{Duration, Instant};

    /// miniz_oxide's answer for raw deflate data: the output and the input used, or the
    /// status it stopped with (`HasMoreOutput`: the output would pass `cap`).
    fn oracle_raw(data: &[u8], cap: usize) -> std::result::Result<(Vec<u8>, usize), TINFLStatus> {
        let mut out = vec![0; cap];
        let mut d = DecompressorOxide::new();
        let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
        let (status, used, written) = decompress(&mut d, data, &mut out, 0, flags);
        match status {
            TINFLStatus::Done => {
                out.truncate(written);
                Ok((out, used))
            }
            other => Err(other),
        }
    }

    /// Whether ours refuses a lone literal/length or distance code longer than one bit,
    /// which zlib refuses and miniz_oxide accepts (the one known difference).
    fn lone_long_code(e: &InflateError) -> bool {
        matches!(
            e,
            InflateError::BadCodeLengths {
                code: Code::LiteralLength | Code::Distance,
                oversubscribed: false
            }
        )
    }

    /// Whether ours failing with `e` fits miniz_oxide failing too (`at_cap`: because the
    /// output would pass the cap). When miniz_oxide stops at the cap so must we, unless we
    /// stopped at a problem it only meets later: a missing end-of-block code (found when the
    /// code is built), a lone long code, or a stored block cut short (miniz_oxide copies
    /// what there is first).
    fn both_fail(e: &InflateError, at_cap: bool) -> bool {
        (*e == InflateError::OutputLimit) == at_cap
            || matches!(e, InflateError::NoEndOfBlock | InflateError::Truncated)
            || lone_long_code(e)
    }

    /// Inflates `data` with ours and with miniz_oxide and requires the same answer: the same
    /// output and input used, or both failing consistently ([`both_fail`]). Returns ours.
    fn agree(data: &[u8], cap: usize) -> Result<(Vec<u8>, usize)> {
        let ours = raw(data, cap);
        let theirs = oracle_raw(data, cap);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert!(a == b, "outputs differ for {data:02x?}"),
            (Err(e), Err(s)) => {
                assert!(
                    both_fail(e, *s == TINFLStatus::HasMoreOutput),
                    "{e:?} {s:?}"
                )
            }
            (Err(e), Ok(_)) if lone_long_code(e) => {}
            _ => panic!("ours {ours:?}, miniz_oxide {theirs:?} for {data:02x?}"),
        }
        ours
    }

    /// The zlib counterpart of [`agree`], against miniz_oxide's zlib decoder.
    fn agree_zlib(data: &[u8], cap: usize) -> Result<Vec<u8>> {
        let ours = zlib(data, cap);
        let theirs = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, cap);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert!(a == b, "outputs differ"),
            (Err(e), Err(t)) => assert!(
                both_fail(e, t.status == TINFLStatus::HasMoreOutput),
                "{e:?} {t:?}"
            ),
            (Err(e), Ok(_)) if lone_long_code(e) => {}
            _ => panic!("ours {ours:?}, miniz_oxide {theirs:?}"),
        }
        ours
    }

    /// Compresses with miniz_oxide at `level` (0..=10) and `strategy`, raw or zlib.
    fn deflate(data: &[u8], level: u8, strategy: CompressionStrategy, zlib: bool) -> Vec<u8> {
        let flags = create_comp_flags_from_zip_params(level.into(), zlib.into(), strategy as i32);
        let mut c = CompressorOxide::new(flags);
        let mut out = Vec::new();
        let (status, used) = compress_to_output(&mut c, data, TDEFLFlush::Finish, |b| {
            out.extend_from_slice(b);
            true
        });
        assert_eq!((status, used), (TDEFLStatus::Done, data.len()));
        out
    }

    /// Varied inputs: empty, one byte, text, random bytes, long runs, a sparse status-list
    /// bitstring, and mixes longer than the 32 KiB window and the 64 KiB stored-block size.
    fn samples() -> Vec<(&'static str, Vec<u8>)> {
        let text = include_bytes!("inflate.rs").to_vec();
        let mut bits = vec![0u8; 16 * 1024];
        for i in [0, 7, 999, 5000, 16383] {
            bits[i] = 0x81;
        }
        let mut mixed = Vec::new();
        for i in 0..6u64 {
            mixed.extend_from_slice(&text[..8000]);
            mixed.extend(Rng(i + 1).bytes(9000));
            mixed.extend(std::iter::repeat_n(i as u8, 7000));
        }
        vec![
            ("empty", Vec::new()),
            ("one byte", vec![0x41]),
            ("text", text.clone()),
            ("random", Rng(7).bytes(40_000)),
            ("run", vec![0; 100_000]),
            ("two-byte period", b"ab".repeat(20_000)),
            ("bitstring", bits),
            ("mixed > 64 KiB", mixed),
        ]
    }

    /// The first block's type (bits 1-2 of the stream).
    fn first_block_type(stream: &[u8]) -> u8 {
        (stream[0] >> 1) & 3
    }

    #[test]
    fn length_and_distance_codes_follow_rfc_1951_3_2_5() {
        // The tables of RFC 1951 §3.2.5: (extra bits, first value) per symbol.
        #[rustfmt::skip]
        let lengths: [(u32, u32); 29] = [
            (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 9), (0, 10), (1, 11), (1, 13),
            (1, 15), (1, 17), (2, 19), (2, 23), (2, 27), (2, 31), (3, 35), (3, 43), (3, 51),
            (3, 59), (4, 67), (4, 83), (4, 99), (4, 115), (5, 131), (5, 163), (5, 195),
            (5, 227), (0, 258),
        ];
        #[rustfmt::skip]
        let distances: [(u32, u32); 30] = [
            (0, 1), (0, 2), (0, 3), (0, 4), (1, 5), (1, 7), (2, 9), (2, 13), (3, 17), (3, 25),
            (4, 33), (4, 49), (5, 65), (5, 97), (6, 129), (6, 193), (7, 257), (7, 385),
            (8, 513), (8, 769), (9, 1025), (9, 1537), (10, 2049), (10, 3073), (11, 4097),
            (11, 6145), (12, 8193), (12, 12289), (13, 16385), (13, 24577),
        ];
        for (i, &(extra, base)) in (0..).zip(&lengths) {
            assert_eq!(length_base(i), (base, extra), "length symbol {}", 257 + i);
        }
        for (d, &(extra, base)) in (0..).zip(&distances) {
            assert_eq!(distance_base(d), (base, extra), "distance symbol {d}");
        }
    }

    #[test]
    fn adler32_known_values() {
        // RFC 1950 §8.2 / the example on Wikipedia's Adler-32 page.
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
        // Long inputs exercise the deferred reduction; miniz_oxide's zlib output carries
        // its own Adler-32.
        for (_, data) in samples() {
            let z = miniz_oxide::deflate::compress_to_vec_zlib(&data, 1);
            let n = z.len();
            assert_eq!(adler32(&data).to_be_bytes(), z[n - 4..], "{}", data.len());
        }
    }

    #[test]
    fn every_level_and_strategy_round_trips() {
        use CompressionStrategy::*;
        let mut seen = [false; 3];
        for (name, data) in samples() {
            let mut check = |stream: Vec<u8>, what: String| {
                seen[usize::from(first_block_type(&stream))] = true;
                let (out, used) = agree(&stream, data.len()).unwrap();
                assert!(out == data, "{name} {what}");
                assert_eq!(used, stream.len(), "{name} {what}");
                // Bytes after the stream are not taken.
                let (_, used) = raw(&[&stream[..], b"trailer"].concat(), data.len()).unwrap();
                assert_eq!(used, stream.len(), "{name} {what}");
            };
            for level in 0..=10 {
                check(
                    deflate(&data, level, Default, false),
                    format!("level {level}"),
                );
            }
            for strategy in [Filtered, HuffmanOnly, RLE, Fixed] {
                check(deflate(&data, 6, strategy, false), format!("{strategy:?}"));
            }
        }
        // Stored, fixed and dynamic first blocks were all seen.
        assert_eq!(seen, [true; 3]);
    }

    #[test]
    fn one_stream_mixing_block_types() {
        // Dynamic blocks, a stored block and a fixed block in one stream, joined by the
        // empty stored blocks of sync flushes.
        let text = include_bytes!("inflate.rs");
        let parts: [(u8, &[u8]); 3] = [(6, &text[..5000]), (0, &text[5000..9000]), (1, b"tail")];
        let mut c = CompressorOxide::new(create_comp_flags_from_zip_params(6, 0, 0));
        let mut stream = Vec::new();
        for (i, (level, part)) in parts.iter().enumerate() {
            c.set_compression_level_raw(*level);
            let flush = if i == 2 {
                TDEFLFlush::Finish
            } else {
                TDEFLFlush::Sync
            };
            let (_, used) = compress_to_output(&mut c, part, flush, |b| {
                stream.extend_from_slice(b);
                true
            });
            assert_eq!(used, part.len());
        }
        let want: Vec<u8> = parts.iter().flat_map(|(_, p)| p.iter().copied()).collect();
        let (out, used) = agree(&stream, want.len()).unwrap();
        assert!(out == want);
        assert_eq!(used, stream.len());
    }

    #[test]
    fn zlib_streams_round_trip() {
        for (name, data) in samples() {
            for level in [0, 1, 6, 10] {
                let z = deflate(&data, level, CompressionStrategy::Default, true);
                assert!(
                    agree_zlib(&z, data.len()).unwrap() == data,
                    "{name} {level}"
                );
                // Bytes after the Adler-32 are ignored.
                let longer = [&z[..], b"x"].concat();
                assert!(zlib(&longer, data.len()).unwrap() == data, "{name} {level}");
            }
        }
    }

    #[test]
    fn streams_made_by_zlib_agree_with_miniz_oxide() {
        // The inflate fuzz target's seeds, written by Python's zlib module (zlib 1.2.13):
        // stored, fixed, dynamic, Huffman-only and RLE blocks, and a 512-byte zlib window.
        // The first byte is the target's mode byte (bit 0: zlib).
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/inflate");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let seed = std::fs::read(entry.unwrap().path()).unwrap();
            let (&mode, stream) = seed.split_first().unwrap();
            if mode & 1 == 1 {
                agree_zlib(stream, 1 << 20).unwrap();
            } else {
                let (_, used) = agree(stream, 1 << 20).unwrap();
                assert_eq!(used, stream.len());
            }
            n += 1;
        }
        assert!(n >= 10, "{n}");
    }

    #[test]
    fn zlib_header_and_trailer_errors() {
        let z = miniz_oxide::deflate::compress_to_vec_zlib(b"hello hello hello", 6);
        let cap = 100;
        let with_header = |cmf: u8, flg: u8| [&[cmf, flg][..], &z[2..]].concat();
        // A valid header for each (CMF, FLG) pair needs FCHECK so that the pair is a
        // multiple of 31.
        let fixed_check = |cmf: u8, flg: u8| {
            let flg = flg & 0xe0;
            let fcheck = (31 - (u16::from(cmf) * 256 + u16::from(flg)) % 31) % 31;
            with_header(cmf, flg | fcheck as u8)
        };
        assert!(zlib(&fixed_check(0x78, 0), cap).is_ok());
        assert!(zlib(&fixed_check(0x08, 0), cap).is_ok()); // a 256-byte window
        assert_eq!(
            zlib(&fixed_check(0x77, 0), cap),
            Err(InflateError::ZlibMethod { cmf: 0x77 })
        );
        assert_eq!(
            zlib(&fixed_check(0x88, 0), cap),
            Err(InflateError::ZlibMethod { cmf: 0x88 })
        );
        assert_eq!(
            zlib(&fixed_check(0x78, 0x20), cap),
            Err(InflateError::ZlibDictionary)
        );
        let header = u16::from_be_bytes([z[0], z[1] ^ 1]);
        assert_eq!(
            zlib(&with_header(z[0], z[1] ^ 1), cap),
            Err(InflateError::ZlibCheck { header })
        );
        let mut bad = z.clone();
        let n = bad.len();
        bad[n - 1] ^= 1;
        let stored = u32::from_be_bytes(bad[n - 4..].try_into().unwrap());
        assert_eq!(
            zlib(&bad, cap),
            Err(InflateError::Adler32 {
                stored,
                computed: stored ^ 1
            })
        );
        for cut in 0..z.len() {
            assert_eq!(zlib(&z[..cut], cap), Err(InflateError::Truncated), "{cut}");
            assert!(agree_zlib(&z[..cut], cap).is_err());
        }
        for bad in [fixed_check(0x77, 0), fixed_check(0x78, 0x20), bad] {
            assert!(agree_zlib(&bad, cap).is_err());
        }
    }

    #[test]
    fn every_truncation_fails() {
        let text = include_bytes!("inflate.rs");
        let data = &text[..3000];
        for stream in [
            deflate(data, 0, CompressionStrategy::Default, false),
            deflate(data, 6, CompressionStrategy::Fixed, false),
            deflate(data, 6, CompressionStrategy::Default, false),
            deflate(&Rng(3).bytes(500), 9, CompressionStrategy::Default, false),
        ] {
            for cut in 0..stream.len() {
                let e = agree(&stream[..cut], data.len()).unwrap_err();
                assert_eq!(e, InflateError::Truncated, "{cut}");
            }
        }
    }

    #[test]
    fn byte_flips_agree_with_miniz_oxide() {
        let text = include_bytes!("inflate.rs");
        let mut streams = vec![
            deflate(&text[..400], 0, CompressionStrategy::Default, false),
            deflate(&text[..400], 6, CompressionStrategy::Fixed, false),
            deflate(&text[..4000], 6, CompressionStrategy::Default, false),
            deflate(&Rng(5).bytes(300), 6, CompressionStrategy::Default, false),
            deflate(
                &b"abcabcabd".repeat(50),
                9,
                CompressionStrategy::Default,
                false,
            ),
        ];
        streams.push(deflate(
            &text[..1500],
            1,
            CompressionStrategy::HuffmanOnly,
            false,
        ));
        let cap = 1 << 16;
        let mut outcomes = [0usize; 2];
        for stream in &streams {
            for i in 0..stream.len() {
                for mask in [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff] {
                    let mut s = stream.clone();
                    s[i] ^= mask;
                    outcomes[usize::from(agree(&s, cap).is_ok())] += 1;
                }
            }
        }
        // Both kinds of outcome occur: flips that stay valid (in stored data, in literals)
        // and flips that break the stream.
        assert!(outcomes[0] > 1000 && outcomes[1] > 1000, "{outcomes:?}");
    }

    #[test]
    fn output_cap_is_exact() {
        for (name, data) in samples() {
            for level in [0, 6] {
                for strategy in [CompressionStrategy::Default, CompressionStrategy::Fixed] {
                    let stream = deflate(&data, level, strategy, false);
                    let (out, _) = raw(&stream, data.len()).unwrap();
                    assert!(out == data, "{name}");
                    assert!(out.capacity() <= data.len().max(1024), "{name}");
                    if !data.is_empty() {
                        let e = raw(&stream, data.len() - 1).unwrap_err();
                        assert_eq!(e, InflateError::OutputLimit, "{name}");
                        assert!(agree(&stream, data.len() - 1).is_err());
                    }
                }
            }
        }
        let z = miniz_oxide::deflate::compress_to_vec_zlib(b"12345", 6);
        assert_eq!(zlib(&z, 5).unwrap(), b"12345");
        assert_eq!(zlib(&z, 4), Err(InflateError::OutputLimit));
    }

    #[test]
    fn a_bomb_stops_at_the_cap() {
        let bomb = deflate(
            &vec![0; 10_000_000],
            10,
            CompressionStrategy::Default,
            false,
        );
        assert!(bomb.len() < 20_000, "{}", bomb.len());
        let start = Instant::now();
        assert_eq!(raw(&bomb, 1 << 20), Err(InflateError::OutputLimit));
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0; 10_000_000], 10);
        assert_eq!(zlib(&z, 1 << 20), Err(InflateError::OutputLimit));
    }

    /// Bits of a hand-made stream, first bit least significant (RFC 1951 §3.1.1).
    #[derive(Default)]
    struct Bits {
        out: Vec<u8>,
        acc: u32,
        used: u32,
    }

    impl Bits {
        /// `n` bits of `value`, least significant first (header fields, extra bits).
        fn put(&mut self, value: u32, n: u32) -> &mut Self {
            for i in 0..n {
                self.acc |= ((value >> i) & 1) << self.used;
                self.used += 1;
                if self.used == 8 {
                    self.out.push(self.acc as u8);
                    (self.acc, self.used) = (0, 0);
                }
            }
            self
        }

        /// A prefix code of `len` bits, most significant first.
        fn code(&mut self, (code, len): (u32, u32)) -> &mut Self {
            for i in (0..len).rev() {
                self.put((code >> i) & 1, 1);
            }
            self
        }

        fn finish(&mut self) -> Vec<u8> {
            if self.used > 0 {
                self.out.push(self.acc as u8);
            }
            std::mem::take(&mut self.out)
        }
    }

    /// The canonical codes for `lengths`, computed as RFC 1951 §3.2.2 describes the
    /// encoder side (count per length, first code per length, then consecutive codes).
    fn canonical(lengths: &[u8]) -> Vec<(u32, u32)> {
        let mut count = [0u32; 16];
        for &l in lengths {
            count[usize::from(l)] += 1;
        }
        count[0] = 0;
        let mut next = [0u32; 16];
        let mut code = 0;
        for bits in 1..16 {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        lengths
            .iter()
            .map(|&l| {
                let c = next[usize::from(l)];
                next[usize::from(l)] += 1;
                (c, u32::from(l))
            })
            .collect()
    }

    /// The fixed literal/length code of `sym` (RFC 1951 §3.2.6).
    fn fixed_lit(sym: u32) -> (u32, u32) {
        match sym {
            0..=143 => (0x30 + sym, 8),
            144..=255 => (0x190 + sym - 144, 9),
            256..=279 => (sym - 256, 7),
            _ => (0xc0 + sym - 280, 8),
        }
    }

    /// The code-length code used by [`dynamic_header`]: symbols 0-12 get 4 bits, 13-18
    /// get 5 (a complete code).
    const CL_LENGTHS: [u8; 19] = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5];

    /// Writes a final dynamic block header declaring `nlen` literal/length and `ndist`
    /// distance codes, whose code lengths are sent as the code-length symbols `ops`
    /// (symbol, extra-bits value).
    fn dynamic_header(b: &mut Bits, nlen: u32, ndist: u32, ops: &[(u32, u32)]) {
        b.put(1, 1)
            .put(2, 2)
            .put(nlen - 257, 5)
            .put(ndist - 1, 5)
            .put(15, 4);
        for &sym in &CODE_LENGTH_ORDER {
            b.put(u32::from(CL_LENGTHS[usize::from(sym)]), 3);
        }
        let codes = canonical(&CL_LENGTHS);
        for &(sym, extra) in ops {
            b.code(codes[sym as usize]);
            match sym {
                16 => b.put(extra, 2),
                17 => b.put(extra, 3),
                18 => b.put(extra, 7),
                _ => b,
            };
        }
    }

    /// A final dynamic block with the given code lengths (sent one by one) whose data is
    /// the literal/length and distance symbols `body` (`(sym, extra value, extra bits)`,
    /// distance symbols offset by 1000), then end-of-block.
    fn dynamic_block(lit: &[u8], dist: &[u8], body: &[(u32, u32, u32)]) -> Vec<u8> {
        let ops: Vec<_> = lit.iter().chain(dist).map(|&l| (u32::from(l), 0)).collect();
        let mut b = Bits::default();
        dynamic_header(&mut b, lit.len() as u32, dist.len() as u32, &ops);
        let (lc, dc) = (canonical(lit), canonical(dist));
        for &(sym, value, bits) in body.iter().chain([&(256, 0, 0)]) {
            let code = if sym >= 1000 {
                dc[sym as usize - 1000]
            } else {
                lc[sym as usize]
            };
            b.code(code).put(value, bits);
        }
        b.finish()
    }

    /// Literal/length lengths giving `a`, `b` and end-of-block 2 bits each and length
    /// symbol 257 (length 3) 2 bits: a complete code.
    fn small_lit() -> Vec<u8> {
        let mut lit = vec![0u8; 258];
        for s in [b'a' as usize, b'b' as usize, 256, 257] {
            lit[s] = 2;
        }
        lit
    }

    #[test]
    fn hand_made_dynamic_blocks() {
        let lit = small_lit();
        let (a, b) = (u32::from(b'a'), u32::from(b'b'));
        // No distance codes at all: literals only.
        let s = dynamic_block(&lit, &[0], &[(a, 0, 0), (b, 0, 0)]);
        assert_eq!(agree(&s, 10).unwrap().0, b"ab");
        // A lone one-bit distance code, used for "ab" + copy of 3 at distance 2.
        let s = dynamic_block(
            &lit,
            &[1],
            &[(a, 0, 0), (b, 0, 0), (257, 0, 0), (1000, 0, 0)],
        );
        assert_eq!(agree(&s, 10).unwrap().0, b"abbbb");
        // ... whose unused code (bit 1) is no code.
        let mut bits = Bits::default();
        dynamic_header(
            &mut bits,
            258,
            1,
            &lit.iter()
                .chain(&[1])
                .map(|&l| (u32::from(l), 0))
                .collect::<Vec<_>>(),
        );
        let lc = canonical(&lit);
        let s = bits
            .code(lc[a as usize])
            .code(lc[257])
            .code((1, 1))
            .put(0, 16)
            .finish();
        assert_eq!(
            agree(&s, 10),
            Err(InflateError::InvalidSymbol {
                code: Code::Distance
            })
        );
        // A lone two-bit distance code: incomplete; zlib refuses it, miniz_oxide does not.
        let s = dynamic_block(&lit, &[2], &[(a, 0, 0)]);
        assert_eq!(
            raw(&s, 10),
            Err(InflateError::BadCodeLengths {
                code: Code::Distance,
                oversubscribed: false
            })
        );
        assert_eq!(oracle_raw(&s, 10).unwrap().0, b"a");
        // Two distance codes of two bits: incomplete.
        let s = dynamic_block(&lit, &[2, 2], &[(a, 0, 0)]);
        assert_eq!(
            agree(&s, 10),
            Err(InflateError::BadCodeLengths {
                code: Code::Distance,
                oversubscribed: false
            })
        );
        // A lone one-bit literal/length code: only end-of-block, an empty block.
        let mut only_end = vec![0u8; 257];
        only_end[256] = 1;
        assert_eq!(
            agree(&dynamic_block(&only_end, &[0], &[]), 10).unwrap().0,
            b""
        );
        // Over-subscribed literal/length code: five two-bit codes.
        let mut over = lit.clone();
        over[b'c' as usize] = 2;
        assert_eq!(
            agree(&dynamic_block(&over, &[0], &[]), 10),
            Err(InflateError::BadCodeLengths {
                code: Code::LiteralLength,
                oversubscribed: true
            })
        );
        // Incomplete literal/length code: three two-bit codes.
        let mut under = lit.clone();
        under[257] = 0;
        assert_eq!(
            agree(&dynamic_block(&under, &[0], &[]), 10),
            Err(InflateError::BadCodeLengths {
                code: Code::LiteralLength,
                oversubscribed: false
            })
        );
        // No end-of-block code.
        let mut no_end = lit.clone();
        (no_end[256], no_end[b'c' as usize]) = (0, 2);
        assert_eq!(
            raw(&dynamic_block(&no_end, &[0], &[]), 10),
            Err(InflateError::NoEndOfBlock)
        );
        // A distance back past the start: "a" then a copy at distance 2.
        let s = dynamic_block(&lit, &[1, 1], &[(a, 0, 0), (257, 0, 0), (1001, 0, 0)]);
        assert_eq!(
            agree(&s, 10),
            Err(InflateError::DistanceTooFar {
                distance: 2,
                available: 1
            })
        );
    }

    #[test]
    fn hand_made_code_length_sequences() {
        let lit = small_lit();
        let body = |b: &mut Bits, syms: &[u32]| {
            let (lc, dc) = (canonical(&lit), canonical(&[2, 2, 2, 2]));
            for &sym in syms {
                b.code(if sym >= 1000 {
                    dc[sym as usize - 1000]
                } else {
                    lc[sym as usize]
                });
            }
            b.code(lc[256]).finish()
        };
        let (a, bb) = (u32::from(b'a'), u32::from(b'b'));
        // `lit` spelled with runs: 97 zeros, 'a' and 'b', 157 zeros, end-of-block and 257.
        let head = [
            (18, 97 - 11),
            (2, 0),
            (2, 0),
            (18, 138 - 11),
            (18, 19 - 11),
            (2, 0),
        ];
        // A repeat of 257's length three times runs one past the 259 declared lengths.
        let mut b = Bits::default();
        dynamic_header(&mut b, 258, 1, &[&head[..], &[(16, 0)]].concat());
        assert_eq!(agree(&body(&mut b, &[a]), 10), Err(InflateError::BadRepeat));
        // Repeats may run on from the literal/length lengths into the distance lengths:
        // five copies of 2 give 257 and four two-bit distance codes.
        let mut b = Bits::default();
        dynamic_header(&mut b, 258, 4, &[&head[..], &[(16, 2)]].concat());
        let s = body(&mut b, &[a, bb, 257, 1001]);
        assert_eq!(agree(&s, 10).unwrap().0, b"ababa");
        // ... and so may zeros: 257 then three zeros for symbol 258 and two distances.
        let mut b = Bits::default();
        dynamic_header(&mut b, 259, 2, &[&head[..], &[(2, 0), (17, 0)]].concat());
        assert_eq!(agree(&body(&mut b, &[a, bb]), 10).unwrap().0, b"ab");
        // A zero run past the end.
        let mut b = Bits::default();
        dynamic_header(&mut b, 258, 1, &[&head[..], &[(2, 0), (18, 0)]].concat());
        assert_eq!(agree(&body(&mut b, &[a]), 10), Err(InflateError::BadRepeat));
        // A repeat of the previous length with no previous length.
        let mut b = Bits::default();
        dynamic_header(&mut b, 258, 1, &[(16, 0)]);
        assert_eq!(agree(&b.finish(), 10), Err(InflateError::BadRepeat));
        // Too many codes declared.
        for (nlen, ndist) in [(287, 1), (288, 1), (257, 31), (257, 32)] {
            let mut b = Bits::default();
            b.put(1, 1)
                .put(2, 2)
                .put(nlen - 257, 5)
                .put(ndist - 1, 5)
                .put(0, 4)
                .put(0, 32);
            assert_eq!(
                agree(&b.finish(), 10),
                Err(InflateError::TooManyCodes {
                    literal_lengths: nlen as u16,
                    distances: ndist as u16
                })
            );
        }
        // An incomplete code-length code: a single one-bit code.
        let mut b = Bits::default();
        b.put(1, 1).put(2, 2).put(0, 5).put(0, 5).put(0, 4);
        b.put(0, 3).put(0, 3).put(0, 3).put(1, 3).put(0, 32); // only symbol 0 has a code
        assert_eq!(
            agree(&b.finish(), 10),
            Err(InflateError::BadCodeLengths {
                code: Code::CodeLength,
                oversubscribed: false
            })
        );
        // An over-subscribed code-length code: three one-bit codes.
        let mut b = Bits::default();
        b.put(1, 1).put(2, 2).put(0, 5).put(0, 5).put(0, 4);
        b.put(1, 3).put(1, 3).put(1, 3).put(0, 3).put(0, 32);
        assert_eq!(
            agree(&b.finish(), 10),
            Err(InflateError::BadCodeLengths {
                code: Code::CodeLength,
                oversubscribed: true
            })
        );
    }

    #[test]
    fn hand_made_fixed_and_stored_blocks() {
        let fixed = |syms: &[(u32, u32, u32)], dist: &[(u32, u32, u32)]| {
            let mut b = Bits::default();
            b.put(1, 1).put(1, 2);
            for (i, &(sym, v, n)) in syms.iter().enumerate() {
                b.code(fixed_lit(sym)).put(v, n);
                if let Some(&(d, v, n)) = dist.get(i).filter(|_| sym > 256) {
                    b.code((d, 5)).put(v, n);
                }
            }
            b.code(fixed_lit(256)).finish()
        };
        let x = u32::from(b'x');
        // "x" then length 258 (symbol 285) at distance 1.
        let s = fixed(&[(x, 0, 0), (285, 0, 0)], &[(0, 0, 0), (0, 0, 0)]);
        assert_eq!(agree(&s, 300).unwrap().0, vec![b'x'; 259]);
        // Length symbols 286 and 287, distance symbols 30 and 31 must not occur.
        for sym in [286, 287] {
            assert_eq!(
                agree(&fixed(&[(x, 0, 0), (sym, 0, 0)], &[]), 300),
                Err(InflateError::InvalidSymbol {
                    code: Code::LiteralLength
                })
            );
        }
        for d in [30, 31] {
            let s = fixed(&[(x, 0, 0), (257, 0, 0)], &[(0, 0, 0), (d, 0, 0)]);
            assert_eq!(
                agree(&s, 300),
                Err(InflateError::InvalidSymbol {
                    code: Code::Distance
                })
            );
        }
        // Distance 2 after one byte reaches before the start; distance 1 does not.
        let s = fixed(&[(x, 0, 0), (257, 0, 0)], &[(0, 0, 0), (1, 0, 0)]);
        assert_eq!(
            agree(&s, 300),
            Err(InflateError::DistanceTooFar {
                distance: 2,
                available: 1
            })
        );
        // The longest distance, 32768 (symbol 29 + 8191), after a 32768-byte stored block.
        let data = Rng(11).bytes(32768);
        let mut s = vec![0u8]; // BFINAL 0, BTYPE 00, then padding to the byte
        s.extend_from_slice(&32768u16.to_le_bytes());
        s.extend_from_slice(&(!32768u16).to_le_bytes());
        s.extend_from_slice(&data);
        s.extend(fixed(&[(258, 0, 0)], &[(29, 8191, 13)]));
        let (out, used) = agree(&s, 40_000).unwrap();
        assert_eq!(out.len(), 32772);
        assert_eq!(out[32768..], data[..4]);
        assert_eq!(used, s.len());
        // ... and one more byte back is too far.
        let mut u = vec![0u8];
        u.extend_from_slice(&32767u16.to_le_bytes());
        u.extend_from_slice(&(!32767u16).to_le_bytes());
        u.extend_from_slice(&data[..32767]);
        u.extend(fixed(&[(258, 0, 0)], &[(29, 8191, 13)]));
        assert_eq!(
            agree(&u, 40_000),
            Err(InflateError::DistanceTooFar {
                distance: 32768,
                available: 32767
            })
        );
        // Stored blocks: an empty final one; LEN and NLEN that do not match.
        assert_eq!(agree(&[1, 0, 0, 0xff, 0xff], 0).unwrap(), (vec![], 5));
        assert_eq!(
            agree(&[1, 5, 0, 0xfa, 0xfe, 1, 2, 3, 4, 5], 10),
            Err(InflateError::StoredLength {
                len: 5,
                nlen: 0xfefa
            })
        );
        // Block type 3 is reserved.
        assert_eq!(agree(&[0b111], 10), Err(InflateError::ReservedBlockType));
        // Many fixed blocks (each an empty non-final block) build the fixed code once.
        let mut b = Bits::default();
        for _ in 0..100_000 {
            b.put(0, 1).put(1, 2).code(fixed_lit(256));
        }
        b.put(1, 1).put(1, 2).code(fixed_lit(256));
        let s = b.finish();
        let start = Instant::now();
        assert_eq!(raw(&s, 0).unwrap(), (vec![], s.len()));
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    /// Every file under `tests/` (vendored third-party fixtures and our own data).
    fn test_files() -> Vec<std::path::PathBuf> {
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")];
        let mut files = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        files
    }

    #[test]
    fn png_fixtures_agree_with_miniz_oxide() {
        // The pixel data (IDAT, written by libpng/zlib and other encoders) and every
        // compressed text chunk of every PNG under tests/.
        let limits = crate::Limits::default();
        let (mut idat_streams, mut text_streams) = (0, 0);
        for path in test_files() {
            if path.extension().is_none_or(|e| e != "png") {
                continue;
            }
            let png = std::fs::read(&path).unwrap();
            let Ok(chunks) = crate::container::png::chunks(&png, &limits) else {
                continue;
            };
            let mut idat = Vec::new();
            for chunk in chunks.map_while(|c| c.ok()) {
                let z = match &chunk.kind {
                    b"IDAT" => {
                        idat.extend_from_slice(chunk.data);
                        continue;
                    }
                    b"zTXt" => chunk
                        .data
                        .splitn(2, |&b| b == 0)
                        .nth(1)
                        .and_then(|r| r.get(1..)),
                    // keyword NUL, flag 1 and method 0, language NUL, translation NUL, text
                    b"iTXt" => match chunk.data.splitn(2, |&b| b == 0).nth(1) {
                        Some([1, 0, rest @ ..]) => rest.splitn(3, |&b| b == 0).nth(2),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(z) = z {
                    let _ = agree_zlib(z, limits.max_inflate_bytes);
                    text_streams += 1;
                }
            }
            if !idat.is_empty() && agree_zlib(&idat, 1 << 26).is_ok() {
                idat_streams += 1;
            }
        }
        assert!(
            idat_streams >= 14 && text_streams >= 2,
            "{idat_streams} {text_streams}"
        );
    }

    #[test]
    fn status_list_fixtures_agree_with_miniz_oxide() {
        // Every `encodedList` under tests/ (lists gzipped by pako and Node's zlib), checked
        // against miniz_oxide and against the gzip trailer's CRC-32 and length.
        let mut lists = 0;
        for path in test_files() {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            // The values of `"encodedList"` keys, and files that are one encoded list.
            let values = text
                .split("\"encodedList\"")
                .skip(1)
                .filter_map(|piece| piece.split('"').nth(1));
            for value in values.chain([text.trim()]) {
                let value = value.strip_prefix('u').unwrap_or(value);
                if !value.starts_with("H4sI") {
                    continue;
                }
                let Ok(gz) = crate::encoding::base64_any(value) else {
                    continue;
                };
                if gz.len() < 18 || gz[..4] != [0x1f, 0x8b, 8, 0] {
                    continue;
                }
                let (out, used) = agree(&gz[10..], 1 << 26).unwrap();
                let trailer = &gz[10 + used..];
                assert_eq!(trailer.len(), 8, "{}", path.display());
                assert_eq!(trailer[..4], crate::crc32::hash(&out).to_le_bytes());
                assert_eq!(trailer[4..], (out.len() as u32).to_le_bytes());
                lists += 1;
            }
        }
        assert!(lists >= 5, "{lists}");
    }
}
