//! The fingerprint of the plugin API's source: `build.rs` computes it for the library being
//! built, and `atelier plugin new` for a source tree it is given, to tell whether that tree is
//! the one Atelier was built from. Plain `std`, as a build script needs.

use std::path::{Path, PathBuf};

/// FNV-1a over every `.rs` file below `crate_dir/src` (names relative to `crate_dir`, sorted,
/// then contents), as 16 hexadecimal digits; `None` if `src` cannot be read. Stable across
/// compilers and platforms.
pub fn contract_source_hash(crate_dir: &Path) -> Option<String> {
    let mut files = Vec::new();
    rust_files(crate_dir, Path::new("src"), &mut files).ok()?;
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let name = file.to_string_lossy().replace('\\', "/");
        let text = std::fs::read(crate_dir.join(file)).ok()?;
        for byte in name.bytes().chain([0]).chain(text).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Some(format!("{hash:016x}"))
}

/// Every `.rs` file below `root/dir`, as paths relative to `root`.
fn rust_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(root.join(dir))? {
        let entry = entry?;
        let relative = dir.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            rust_files(root, &relative, out)?;
        } else if relative.extension().is_some_and(|e| e == "rs") {
            out.push(relative);
        }
    }
    Ok(())
}
