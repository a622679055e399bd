//! Records what a plugin and the host must share and that the code cannot see by itself: the
//! compiler's version, the build profile, and a fingerprint of this crate's own source (the
//! contract's text: any change to a type or trait that crosses the boundary changes it).

use std::path::Path;
use std::process::Command;

#[path = "src/contract_source.rs"]
mod contract_source;

fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| String::from("rustc"));
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| String::from("unknown rustc"));
    println!("cargo:rustc-env=ATELIER_RUSTC_VERSION={version}");
    println!("cargo:rerun-if-env-changed=RUSTC");

    // "debug" or "release" (a custom profile reports the one it inherits from).
    let profile = std::env::var("PROFILE").unwrap_or_else(|_| String::from("unknown"));
    println!("cargo:rustc-env=ATELIER_BUILD_PROFILE={profile}");

    let contract = contract_source::contract_source_hash(Path::new("."))
        .unwrap_or_else(|| String::from("unreadable"));
    println!("cargo:rustc-env=ATELIER_CONTRACT_SOURCE={contract}");
    println!("cargo:rerun-if-changed=src");
}
