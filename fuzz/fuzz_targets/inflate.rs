//! Inflate: every input is a raw DEFLATE or zlib stream for `badgeverify::inflate`, and every
//! result is compared with miniz_oxide's (the decoder it replaced): the same output (and, for
//! raw streams, the same number of input bytes used), or both failing. The first byte picks
//! the format (bit 0) and an output cap of 0 to 63.5 KiB (the other bits × 512), so the cap
//! is hit often.
#![no_main]
use badgeverify::inflate::{self, Code, InflateError};
use libfuzzer_sys::fuzz_target;
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// A lone literal/length or distance code longer than one bit: zlib refuses it, and so do
/// we; miniz_oxide accepts it (the one known difference).
fn lone_long_code(e: &InflateError) -> bool {
    matches!(
        e,
        InflateError::BadCodeLengths {
            code: Code::LiteralLength | Code::Distance,
            oversubscribed: false
        }
    )
}

/// Adler-32 (RFC 1950 §8.2), the plain way.
fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, stream)) = data.split_first() else {
        return;
    };
    let zlib = mode & 1 == 1;
    let cap = usize::from(mode >> 1) * 512;
    let mut flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    if zlib {
        flags |= inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER;
    }
    let mut out = vec![0; cap];
    let (mut status, used, written) =
        decompress(&mut DecompressorOxide::new(), stream, &mut out, 0, flags);
    // miniz_oxide skips its Adler-32 check when built for fuzzing (`cfg(fuzzing)`): check
    // the trailer (the 4 bytes before `used`) here.
    if zlib && status == TINFLStatus::Done {
        let stored = u32::from_be_bytes(stream[used - 4..used].try_into().unwrap());
        let computed = adler32(&out[..written]);
        if stored != computed {
            assert_eq!(
                inflate::zlib(stream, cap),
                Err(InflateError::Adler32 { stored, computed })
            );
            status = TINFLStatus::Adler32Mismatch;
        }
    }
    let ours = if zlib {
        inflate::zlib(stream, cap).map(|o| (o, used))
    } else {
        inflate::raw(stream, cap)
    };
    match (&ours, status) {
        (Ok((o, u)), TINFLStatus::Done) => {
            assert!(o[..] == out[..written], "outputs differ");
            assert_eq!(*u, used, "input used differs");
        }
        (Err(e), TINFLStatus::Done) => assert!(lone_long_code(e), "ours {e:?}, miniz_oxide Done"),
        (Ok(_), s) => panic!("ours Ok, miniz_oxide {s:?}"),
        // Both fail. When miniz_oxide stops at the cap, so must we, unless we stopped at
        // a problem that miniz_oxide only meets later: a missing end-of-block code (found
        // when the code is built), a lone long code, or a stored block cut short (miniz_oxide
        // copies what there is first).
        (Err(e), s) => {
            let at_cap = s == TINFLStatus::HasMoreOutput;
            assert!(
                (*e == InflateError::OutputLimit) == at_cap
                    || matches!(e, InflateError::NoEndOfBlock | InflateError::Truncated)
                    || lone_long_code(e),
                "ours {e:?}, miniz_oxide {s:?}"
            );
        }
    }
});
