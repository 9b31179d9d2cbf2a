//! exepack: compresses MPYDOS.EXE's loaded image (its .text and .data bytes,
//! one run from their load address) for djgpp/package.sh, and lays out the
//! packed program that djgpp/unpack.asm decodes in place at start-up.
//!
//! Why a format of our own around LZ4: nothing from a crate can run before
//! the image exists, so the decoder is hand-written (djgpp/unpack.asm, 486
//! integer code); LZ4's block format decodes with a few instructions per
//! sequence and `rep movsb`. The compressor is the reference library's HC
//! mode (optimal parsing, crate `lz4`). Before compressing, the rel32 of
//! every CALL (E8) becomes an absolute address (the "E8 filter" of x86
//! packers): calls to one function then repeat the same bytes, which LZ4
//! finds (-6% of the packed size). The decoder undoes it after decoding.
//!
//! Memory at start (addresses in the program's DPMI block):
//! ```text
//! base ............ image end ........................ bss end
//! [decoded image, written forward ->]  [payload]  [decoder] |
//!            ^ writes never reach the unread payload (gap checked here)
//! ```
//! The payload sits as high as it can under the decoder, which runs from
//! just below the bss end (where the stack will be), so the packed program
//! asks the stub for no more memory than the unpacked one.
//!
//! Usage: exepack IMAGE BASE BSS_END OUT_DIR
//!   IMAGE    the image bytes as loaded at BASE (text, then data)
//!   BASE     its load address (0x10a8), BSS_END the end of the original .bss
//! Writes OUT_DIR/payload.bin (the LZ4 block, padded to 4 bytes) and
//! OUT_DIR/pack.inc (nasm %defines for unpack.asm), and prints one line.

use std::process::ExitCode;

/// Room kept for the decoder's code below the bss end (unpack.asm checks it).
const DECODER_ROOM: u32 = 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        eprintln!("usage: exepack IMAGE BASE BSS_END OUT_DIR");
        return ExitCode::from(2);
    }
    match run(&args[1], &args[2], &args[3], &args[4]) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("exepack: {e}");
            ExitCode::FAILURE
        }
    }
}

fn number(s: &str) -> Result<u32, String> {
    let parsed = match s.strip_prefix("0x") {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => s.parse(),
    };
    parsed.map_err(|_| format!("not a number: {s}"))
}

fn run(image: &str, base: &str, bss_end: &str, out: &str) -> Result<String, String> {
    let image = std::fs::read(image).map_err(|e| format!("{image}: {e}"))?;
    let (base, bss_end) = (number(base)?, number(bss_end)?);
    let image_end = base + image.len() as u32;
    let mut filtered = image.clone();
    e8_encode(&mut filtered, base);
    let block = lz4::block::compress(
        &filtered,
        Some(lz4::block::CompressionMode::HIGHCOMPRESSION(12)),
        false,
    )
    .map_err(|e| format!("lz4: {e}"))?;
    // The check the DOS decoder relies on: the reference decoder and the
    // filter's inverse give back the image.
    let mut back = lz4::block::decompress(&block, Some(image.len() as i32))
        .map_err(|e| format!("lz4: {e}"))?;
    e8_decode(&mut back, base);
    if back != image {
        return Err("the packed image does not decode to the image".into());
    }
    let mut payload = block.clone();
    payload.resize(block.len().div_ceil(4) * 4, 0);
    let decoder_at = bss_end - DECODER_ROOM;
    // The linker keeps a section's file offset congruent to its address
    // modulo 4 KiB: at this residue the payload follows the decoder's
    // .text (at most DECODER_ROOM bytes from the base) with no padding.
    let residue = (base + DECODER_ROOM) % 4096;
    let payload_at = ((decoder_at - payload.len() as u32 - residue) & !4095) + residue;
    let gap = write_ahead(&block)?;
    if base + gap > payload_at || image_end > decoder_at {
        return Err(format!(
            "no room to decode in place: image {base:#x}..{image_end:#x}, payload at {payload_at:#x} needs {gap} bytes ahead"
        ));
    }
    let (sum_a, sum_b) = checksum(&payload);
    if image.len() % 4 != 0 {
        return Err("the image's length is not a multiple of 4".into());
    }
    let (image_a, image_b) = checksum(&image);
    let inc = format!(
        "; written by tools/exepack for djgpp/unpack.asm\n\
         %define IMAGE_BASE {base:#x}\n%define IMAGE_END {image_end:#x}\n\
         %define PAYLOAD_AT {payload_at:#x}\n%define PAYLOAD_LEN {}\n%define PAYLOAD_DWORDS {}\n\
         %define SUM_A {sum_a:#x}\n%define SUM_B {sum_b:#x}\n\
         %define IMAGE_SUM_A {image_a:#x}\n%define IMAGE_SUM_B {image_b:#x}\n\
         %define DECODER_AT {decoder_at:#x}\n%define DECODER_ROOM {DECODER_ROOM}\n\
         %define BSS_AT {:#x}\n%define BSS_END {bss_end:#x}\n",
        block.len(),
        payload.len() / 4,
        payload_at + payload.len() as u32,
    );
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(format!("{out}/{name}"), bytes).map_err(|e| format!("{out}/{name}: {e}"))
    };
    write("payload.bin", &payload)?;
    write("pack.inc", inc.as_bytes())?;
    Ok(format!(
        "exepack: image {} B -> {} B ({:.1}%), decoded in place with {} B to spare",
        image.len(),
        block.len(),
        100.0 * block.len() as f64 / image.len() as f64,
        payload_at - base - gap
    ))
}

/// The E8 filter: the rel32 after each E8 byte (scanning forward, skipping
/// the 4 bytes converted) becomes the absolute address it points to, for
/// `bytes` loaded at `base`. Positions of E8 bytes and the class of the
/// top byte are unchanged, so the inverse visits the same ones.
fn e8_encode(bytes: &mut [u8], base: u32) {
    e8_walk(bytes, base, |value, next| value.wrapping_add(next));
}

/// The inverse of [`e8_encode`], as unpack.asm does it.
fn e8_decode(bytes: &mut [u8], base: u32) {
    e8_walk(bytes, base, |value, next| value.wrapping_sub(next));
}

fn e8_walk(bytes: &mut [u8], base: u32, convert: impl Fn(u32, u32) -> u32) {
    let mut i = 0;
    while i + 4 < bytes.len() {
        // Only a rel32 within +-16 MiB (top byte 00 or FF) is converted,
        // modulo 2^25 and sign-extended, so the result's top byte is 00 or
        // FF again and the inverse makes the same choice (as xz's x86
        // filter); data bytes that merely follow an E8 mostly stay as they are.
        if bytes[i] == 0xE8 && matches!(bytes[i + 4], 0 | 0xFF) {
            let field = &mut bytes[i + 1..i + 5];
            let value = u32::from_le_bytes(field.try_into().unwrap());
            let next = base + i as u32 + 5;
            let converted = ((convert(value, next) << 7) as i32 >> 7) as u32;
            field.copy_from_slice(&converted.to_le_bytes());
            i += 5;
        } else if bytes[i] == 0xE8 {
            // Not at i + 1..i + 3: converting there could change the byte
            // this choice read, and the inverse would choose otherwise.
            i += 4;
        } else {
            i += 1;
        }
    }
}

/// How far decoding in place writes ahead of reading: the largest
/// (end of a sequence's output - start of its input) over the LZ4 block's
/// sequences. The payload must start at least this far above the base.
fn write_ahead(block: &[u8]) -> Result<u32, String> {
    let bad = || "malformed LZ4 block".to_string();
    let (mut at, mut produced, mut gap) = (0usize, 0usize, 0usize);
    let length = |at: &mut usize, nibble: usize| -> Result<usize, String> {
        let mut n = nibble;
        if nibble == 15 {
            loop {
                let byte = *block.get(*at).ok_or_else(bad)?;
                *at += 1;
                n += byte as usize;
                if byte != 255 {
                    break;
                }
            }
        }
        Ok(n)
    };
    while at < block.len() {
        let start = at;
        let token = block[at] as usize;
        at += 1;
        let literals = length(&mut at, token >> 4)?;
        at += literals;
        produced += literals;
        if at < block.len() {
            at += 2;
            produced += length(&mut at, token & 15)? + 4;
        }
        gap = gap.max(produced.saturating_sub(start));
    }
    Ok(gap as u32)
}

/// Fletcher-style sums over little-endian dwords (mod 2^32): unpack.asm
/// checks the payload's before decoding, so that a damaged or truncated EXE
/// stops with a message instead of running garbage, and the image's after.
fn checksum(payload: &[u8]) -> (u32, u32) {
    let (mut a, mut b) = (0u32, 0u32);
    for dword in payload.chunks_exact(4) {
        a = a.wrapping_add(u32::from_le_bytes(dword.try_into().unwrap()));
        b = b.wrapping_add(a);
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e8_filter_round_trips_and_changes_calls() {
        let image: Vec<u8> = (0..5000u32)
            .map(|i| match i % 9 {
                0 => 0xE8,
                4 if i % 2 == 0 => 0xFF,
                4 => 0,
                _ => (i * 7 % 251) as u8,
            })
            .collect();
        let mut packed = image.clone();
        e8_encode(&mut packed, 0x10a8);
        assert_ne!(packed, image);
        e8_decode(&mut packed, 0x10a8);
        assert_eq!(packed, image);
    }

    #[test]
    fn e8_filter_round_trips_around_an_unconverted_call() {
        // An E8 whose would-be top byte (FE) rules it out, then an E8 whose
        // conversion rewrites that byte.
        let image = [0x75, 0xE8, 0xE8, 0x57, 0x20, 0xFE, 0xFF, 0, 0, 0, 0];
        let mut packed = image;
        e8_encode(&mut packed, 0x10a8);
        e8_decode(&mut packed, 0x10a8);
        assert_eq!(packed, image);
    }

    #[test]
    fn write_ahead_of_literals_only_is_the_token() {
        // One sequence of 3 literals: output 3 bytes from input starting at 0.
        assert_eq!(write_ahead(&[0x30, 1, 2, 3]).unwrap(), 3);
        assert!(write_ahead(&[0xF0]).is_err());
    }

    #[test]
    fn checksum_sees_order() {
        assert_ne!(
            checksum(&[1, 0, 0, 0, 2, 0, 0, 0]),
            checksum(&[2, 0, 0, 0, 1, 0, 0, 0])
        );
    }
}
