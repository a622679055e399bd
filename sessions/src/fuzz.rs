//! Mutation fuzzing shared by the tests of every loader (journeys, records, drafts, the app's
//! settings, activity files): a seeded generator, so a run in CI is the same every time and a
//! failure can be replayed, and the mutations that find bugs in text-file parsers.

/// A small seeded generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

/// A number from the environment (a seed, a number of cases), or `default`.
pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// One mutation of `bytes`, chosen and placed by `rng`: bit flips, a truncation, invalid
/// UTF-8, a huge or odd number, deep nesting, a repeated line (duplicated keys), a spliced or
/// removed chunk, a stray bracket or quote, a very long string.
pub fn mutate(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if out.is_empty() {
        out.push(b'(');
    }
    let at = rng.below(out.len());
    match rng.below(10) {
        0 => {
            // Flip a few bits in a few bytes.
            for _ in 0..=rng.below(4) {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
        }
        1 => out.truncate(at),
        2 => {
            // Invalid UTF-8: a lone continuation byte, a cut sequence, or 0xff.
            let bad: &[u8] = [&[0x80_u8][..], &[0xc3], &[0xff], &[0xe2, 0x82]][rng.below(4)];
            out.splice(at..at, bad.iter().copied());
        }
        3 => {
            // Huge or odd numbers where a number is.
            let numbers: [&[u8]; 6] = [
                b"99999999999999999999999999",
                b"-1",
                b"1e999",
                b"NaN",
                b"18446744073709551616",
                b"0x7fffffffffffffffffff",
            ];
            if let Some(pos) = out[at..].iter().position(u8::is_ascii_digit) {
                let start = at + pos;
                let end = start
                    + out[start..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                out.splice(
                    start..end,
                    numbers[rng.below(numbers.len())].iter().copied(),
                );
            }
        }
        4 => {
            // Deep nesting.
            let open = [b'(', b'[', b'{'][rng.below(3)];
            let depth = 1 + rng.below(5_000);
            out.splice(at..at, std::iter::repeat_n(open, depth));
        }
        5 => {
            // A line repeated: duplicated keys.
            let text = String::from_utf8_lossy(&out).into_owned();
            let lines: Vec<&str> = text.lines().collect();
            let i = rng.below(lines.len());
            let mut new = lines[..=i.min(lines.len().saturating_sub(1))].join("\n");
            new.push('\n');
            new.push_str(&lines[i.min(lines.len().saturating_sub(1))..].join("\n"));
            out = new.into_bytes();
        }
        6 => {
            // A chunk from elsewhere spliced in.
            let from = rng.below(out.len());
            let len = rng.below(64).min(out.len() - from.min(out.len()));
            let chunk = out[from..from + len].to_vec();
            out.splice(at..at, chunk);
        }
        7 => {
            // A range removed.
            let end = (at + rng.below(128)).min(out.len());
            out.drain(at..end);
        }
        8 => {
            // A random byte inserted, often a bracket or a quote.
            let b = [b'"', b'(', b')', b'[', b']', b',', b':', b'\\', b'#', b'r'][rng.below(10)];
            out.insert(at.min(out.len()), b);
        }
        _ => {
            // A very long string where a string starts.
            if let Some(pos) = out[at..].iter().position(|b| *b == b'"') {
                let start = at + pos + 1;
                out.splice(start..start, std::iter::repeat_n(b'x', rng.below(300_000)));
            }
        }
    }
    out
}
