//! The encrypted folder's costs, measured before the store uses it: opening an encrypted
//! record the size of the large demo's (what 50,000 of them add to opening a folder: the goal
//! is within 1.5× of the clear folder's time; ≈ 3.3 µs each on 2 cores, so ≈ 0.16 s for
//! 50,000), sealing one (≈ 3.7 µs), and unlocking a folder with the default passphrase costs
//! (once per start; goal under a second, ≈ 130 ms). Run with
//! `cargo bench -p sessions --bench vault`.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sessions::vault::{KdfCost, Keyring};

fn benches(c: &mut Criterion) {
    let (keyring, key) =
        Keyring::create("Claire", "la phrase de Claire", KdfCost::DEFAULT).expect("new");
    // About a record of the large demo: 2 KB of RON.
    let record = "(activity: (id: \"miracle_question\"), notes: \"…\")\n".repeat(40);
    let path = "sessions/2026/s-0001.ron";
    let sealed = key.seal(path, record.as_bytes()).expect("seal");
    let mut group = c.benchmark_group("vault");
    group.bench_function("open a 2 KB record", |b| {
        b.iter(|| key.open(path, black_box(&sealed), 1 << 20).expect("open"));
    });
    group.bench_function("seal a 2 KB record", |b| {
        b.iter(|| key.seal(path, black_box(record.as_bytes())).expect("seal"));
    });
    group.sample_size(10);
    group.bench_function("unlock with the default passphrase costs", |b| {
        b.iter(|| {
            keyring
                .unlock(black_box("la phrase de Claire"))
                .expect("unlock")
        });
    });
    group.finish();
}

criterion_group!(vault_benches, benches);
criterion_main!(vault_benches);
