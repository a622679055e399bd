//! An encrypted data folder's keys and files: envelope encryption, the first layer of the
//! encrypted folder (the store does not use it yet).
//!
//! **The folder key.** One random 256-bit key encrypts every file of a folder. It is never
//! written in clear: the folder's keyring (`keys.ron`, clear text, no secret) holds it
//! *wrapped* once per way in — each advisor's passphrase, and a printable recovery key offered
//! once. Adding or removing an advisor rewrites the keyring only, never the files.
//!
//! **A way in.** An advisor's passphrase gives a key-encryption key by Argon2id (salt of 16
//! random bytes and costs kept beside it); the recovery key is 32 random bytes used as the
//! key-encryption key itself. The folder key is sealed under it with XChaCha20-Poly1305
//! (random 24-byte nonce), the folder's id and the way in's name bound as associated data: a
//! wrapped key moved to another folder or another name does not open.
//!
//! **A file.** `ATELIER-ENC` (11 bytes), the format version (1 byte, 1), a random 24-byte
//! nonce, then the XChaCha20-Poly1305 ciphertext with its 16-byte tag. The associated data is
//! the magic, the version, the folder's id and the file's path inside the folder (`/`
//! between parts): a file swapped between two folders, or between two places of one folder,
//! modified by one byte or cut short, fails authentication and is never half-read. Bounds are
//! checked on the encrypted length before any decryption cost is spent.

use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// What every encrypted file starts with.
pub const MAGIC: &[u8; 11] = b"ATELIER-ENC";
/// The file format's version.
pub const VERSION: u8 = 1;
/// The keyring's file name in an encrypted folder.
pub const KEYRING_FILE: &str = "keys.ron";
/// The name of the recovery key's way in.
pub const RECOVERY: &str = "recovery";

const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const HEADER_LEN: usize = MAGIC.len() + 1 + NONCE_LEN;

/// What can go wrong with an encrypted folder's keys or files.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum VaultError {
    /// No way in opened with what was given.
    #[error("the passphrase or recovery key does not open this folder")]
    WrongSecret,
    /// The file is not an encrypted file of Atelier's.
    #[error("the file is not encrypted")]
    NotEncrypted,
    /// A newer Atelier wrote the file.
    #[error("the file's format version {0} is newer than this Atelier's")]
    UnknownVersion(u8),
    /// The file is shorter than its header and tag.
    #[error("the file is cut short")]
    Truncated,
    /// The file fails authentication: modified, cut, or from another folder or place.
    #[error("the file was changed, cut, or comes from another folder or place")]
    Tampered,
    /// The file is larger than allowed for its kind.
    #[error("the file is {len} bytes, over the {max} allowed")]
    TooLarge {
        /// Its encrypted length.
        len: usize,
        /// The bound for its kind.
        max: usize,
    },
    /// No random numbers could be had from the system.
    #[error("the system gave no random numbers: {0}")]
    Random(String),
    /// An advisor's name is already a way in, or is reserved.
    #[error("“{0}” already opens this folder")]
    NameTaken(String),
    /// No way in has this name.
    #[error("no way in is named “{0}”")]
    NoSuchName(String),
    /// The last passphrase cannot be removed (the folder would open with the recovery key
    /// only).
    #[error("the last advisor's passphrase cannot be removed")]
    LastPassphrase,
    /// A recovery key was already given for this folder.
    #[error("this folder already has a recovery key")]
    RecoveryExists,
    /// A passphrase too short to protect health data.
    #[error("a passphrase needs at least {0} characters")]
    ShortPassphrase(usize),
    /// The cipher refused to encrypt (data over its limit of about 256 GiB).
    #[error("the data could not be encrypted")]
    Seal,
    /// Argon2 refused its costs.
    #[error("the passphrase's costs are not accepted: {0}")]
    Cost(String),
}

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Argon2id's costs for a passphrase: memory in KiB, passes, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfCost {
    /// Memory, in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub passes: u32,
    /// Lanes.
    pub lanes: u32,
}

impl KdfCost {
    /// The costs new passphrases get: 64 MiB, 3 passes, 1 lane (above OWASP's Argon2id
    /// minimum; ≈ 130 ms to unlock on 2 cores, `cargo bench -p sessions --bench vault`).
    pub const DEFAULT: Self = Self {
        memory_kib: 64 * 1024,
        passes: 3,
        lanes: 1,
    };
}

/// How a way in opens the folder key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lock {
    /// An advisor's passphrase, through Argon2id.
    Passphrase {
        /// Argon2's salt, in hexadecimal.
        salt: String,
        /// Argon2's costs.
        cost: KdfCost,
    },
    /// The recovery key, used as the key itself.
    RecoveryKey,
}

/// One way in: a name, how it opens, and the folder key sealed under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WayIn {
    /// The advisor's name, or [`RECOVERY`].
    pub name: String,
    /// How it opens.
    pub lock: Lock,
    /// The nonce the folder key was sealed with, in hexadecimal.
    pub nonce: String,
    /// The sealed folder key with its tag, in hexadecimal.
    pub sealed: String,
}

/// A folder's keyring: its id and the ways in. Holds no secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keyring {
    /// Version of this file's layout.
    pub format_version: u32,
    /// The folder's id (16 random bytes, in hexadecimal), bound into every file.
    pub folder_id: String,
    /// The ways in.
    pub ways_in: Vec<WayIn>,
}

impl crate::format::Versioned for Keyring {
    const CURRENT_VERSION: u32 = 1;
    const MAX_BYTES: u64 = crate::bounds::MAX_SETTINGS_BYTES;

    fn format_version(&self) -> u32 {
        self.format_version
    }
}

/// The folder key, once opened; wiped from memory when dropped.
pub struct FolderKey {
    key: Zeroizing<[u8; 32]>,
    folder_id: [u8; 16],
}

impl std::fmt::Debug for FolderKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderKey").finish_non_exhaustive()
    }
}

/// The recovery key, to print once: 32 bytes as 16 groups of four hexadecimal digits.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    /// The key as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

fn random<const N: usize>() -> Result<[u8; N], VaultError> {
    let mut bytes = [0_u8; N];
    getrandom::fill(&mut bytes).map_err(|e| VaultError::Random(e.to_string()))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The associated data that binds a sealed folder key to its folder and way in.
fn way_in_aad(folder_id: &[u8; 16], name: &str) -> Vec<u8> {
    let mut aad = b"atelier-folder-key".to_vec();
    aad.extend_from_slice(folder_id);
    aad.extend_from_slice(name.as_bytes());
    aad
}

fn passphrase_key(
    passphrase: &str,
    salt: &[u8],
    cost: KdfCost,
) -> Result<Zeroizing<[u8; 32]>, VaultError> {
    let params = argon2::Params::new(cost.memory_kib, cost.passes, cost.lanes, Some(32))
        .map_err(|e| VaultError::Cost(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0_u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|e| VaultError::Cost(e.to_string()))?;
    Ok(key)
}

impl Keyring {
    /// A new folder: a random folder key and id, opened by `advisor`'s `passphrase`.
    ///
    /// # Errors
    /// A short passphrase; no random numbers.
    pub fn create(
        advisor: &str,
        passphrase: &str,
        cost: KdfCost,
    ) -> Result<(Self, FolderKey), VaultError> {
        let key = FolderKey {
            key: Zeroizing::new(random::<32>()?),
            folder_id: random::<16>()?,
        };
        let mut keyring = Self {
            format_version: 1,
            folder_id: hex(&key.folder_id),
            ways_in: Vec::new(),
        };
        keyring.add_advisor(&key, advisor, passphrase, cost)?;
        Ok((keyring, key))
    }

    fn folder_id(&self) -> Result<[u8; 16], VaultError> {
        unhex(&self.folder_id)
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(VaultError::Tampered)
    }

    /// Lets `advisor` open the folder with `passphrase` (the folder key must be open).
    ///
    /// # Errors
    /// The name already opens it; a short passphrase; no random numbers.
    pub fn add_advisor(
        &mut self,
        key: &FolderKey,
        advisor: &str,
        passphrase: &str,
        cost: KdfCost,
    ) -> Result<(), VaultError> {
        let advisor = advisor.trim();
        if advisor == RECOVERY || self.ways_in.iter().any(|w| w.name == advisor) {
            return Err(VaultError::NameTaken(advisor.to_owned()));
        }
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(VaultError::ShortPassphrase(MIN_PASSPHRASE_CHARS));
        }
        let salt = random::<16>()?;
        let kek = passphrase_key(passphrase, &salt, cost)?;
        let lock = Lock::Passphrase {
            salt: hex(&salt),
            cost,
        };
        self.ways_in.push(key.wrap(&kek, advisor, lock)?);
        Ok(())
    }

    /// Takes `advisor`'s way in away. The files are not encrypted again: what the advisor
    /// could read stays read (a copy made before); a key they may have kept still opens the
    /// files (changing the folder key is a full re-encryption).
    ///
    /// # Errors
    /// No such name; it is the last passphrase.
    pub fn remove_advisor(&mut self, advisor: &str) -> Result<(), VaultError> {
        let Some(index) = self
            .ways_in
            .iter()
            .position(|w| w.name == advisor && w.name != RECOVERY)
        else {
            return Err(VaultError::NoSuchName(advisor.to_owned()));
        };
        let passphrases = self
            .ways_in
            .iter()
            .filter(|w| matches!(w.lock, Lock::Passphrase { .. }))
            .count();
        if passphrases <= 1 {
            return Err(VaultError::LastPassphrase);
        }
        self.ways_in.remove(index);
        Ok(())
    }

    /// The advisors who can open the folder, by name.
    pub fn advisors(&self) -> impl Iterator<Item = &str> {
        self.ways_in
            .iter()
            .filter(|w| matches!(w.lock, Lock::Passphrase { .. }))
            .map(|w| w.name.as_str())
    }

    /// Makes the recovery key, to be printed once and kept apart.
    ///
    /// # Errors
    /// One exists already; no random numbers.
    pub fn add_recovery(&mut self, key: &FolderKey) -> Result<RecoveryKey, VaultError> {
        if self.ways_in.iter().any(|w| w.name == RECOVERY) {
            return Err(VaultError::RecoveryExists);
        }
        let secret = Zeroizing::new(random::<32>()?);
        self.ways_in
            .push(key.wrap(&secret, RECOVERY, Lock::RecoveryKey)?);
        let digits = Zeroizing::new(hex(secret.as_ref()));
        let groups: Vec<&str> = (0..digits.len())
            .step_by(4)
            .filter_map(|i| digits.get(i..i + 4))
            .collect();
        Ok(RecoveryKey(Zeroizing::new(groups.join("-"))))
    }

    /// Opens the folder key with an advisor's passphrase (each advisor's way in is tried).
    ///
    /// # Errors
    /// [`VaultError::WrongSecret`] when none opens.
    pub fn unlock(&self, passphrase: &str) -> Result<FolderKey, VaultError> {
        let folder_id = self.folder_id()?;
        for way in &self.ways_in {
            let Lock::Passphrase { salt, cost } = &way.lock else {
                continue;
            };
            let Some(salt) = unhex(salt) else {
                continue;
            };
            let kek = passphrase_key(passphrase, &salt, *cost)?;
            if let Ok(key) = FolderKey::unwrap(&kek, way, folder_id) {
                return Ok(key);
            }
        }
        Err(VaultError::WrongSecret)
    }

    /// Opens the folder key with the recovery key as printed (spaces, dashes and case do not
    /// matter).
    ///
    /// # Errors
    /// [`VaultError::WrongSecret`] when it does not open.
    pub fn unlock_with_recovery(&self, recovery: &str) -> Result<FolderKey, VaultError> {
        let folder_id = self.folder_id()?;
        let digits: String = recovery
            .chars()
            .filter(char::is_ascii_hexdigit)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let secret: [u8; 32] = unhex(&digits)
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or(VaultError::WrongSecret)?;
        let secret = Zeroizing::new(secret);
        self.ways_in
            .iter()
            .filter(|w| w.lock == Lock::RecoveryKey)
            .find_map(|way| FolderKey::unwrap(&secret, way, folder_id).ok())
            .ok_or(VaultError::WrongSecret)
    }
}

impl FolderKey {
    fn cipher(key: &[u8; 32]) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(key.into())
    }

    fn wrap(&self, kek: &[u8; 32], name: &str, lock: Lock) -> Result<WayIn, VaultError> {
        let nonce = random::<NONCE_LEN>()?;
        let aad = way_in_aad(&self.folder_id, name);
        let sealed = Self::cipher(kek)
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: self.key.as_ref(),
                    aad: &aad,
                },
            )
            .map_err(|_opaque| VaultError::Seal)?;
        Ok(WayIn {
            name: name.to_owned(),
            lock,
            nonce: hex(&nonce),
            sealed: hex(&sealed),
        })
    }

    fn unwrap(kek: &[u8; 32], way: &WayIn, folder_id: [u8; 16]) -> Result<Self, VaultError> {
        let nonce = unhex(&way.nonce).filter(|n| n.len() == NONCE_LEN);
        let sealed = unhex(&way.sealed);
        let (Some(nonce), Some(sealed)) = (nonce, sealed) else {
            return Err(VaultError::Tampered);
        };
        let aad = way_in_aad(&folder_id, &way.name);
        let opened = Zeroizing::new(
            Self::cipher(kek)
                .decrypt(
                    XNonce::from_slice(&nonce),
                    Payload {
                        msg: &sealed,
                        aad: &aad,
                    },
                )
                .map_err(|_opaque| VaultError::WrongSecret)?,
        );
        let key: [u8; 32] = opened
            .as_slice()
            .try_into()
            .map_err(|_opaque| VaultError::Tampered)?;
        Ok(Self {
            key: Zeroizing::new(key),
            folder_id,
        })
    }

    fn file_aad(&self, path: &str) -> Vec<u8> {
        let mut aad = MAGIC.to_vec();
        aad.push(VERSION);
        aad.extend_from_slice(&self.folder_id);
        aad.extend_from_slice(path.as_bytes());
        aad
    }

    /// Encrypts `plain`, the file at `path` inside the folder (`/` between parts).
    ///
    /// # Errors
    /// No random numbers.
    pub fn seal(&self, path: &str, plain: &[u8]) -> Result<Vec<u8>, VaultError> {
        let nonce = random::<NONCE_LEN>()?;
        let sealed = Self::cipher(&self.key)
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plain,
                    aad: &self.file_aad(path),
                },
            )
            .map_err(|_opaque| VaultError::Seal)?;
        let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Decrypts the file at `path` inside the folder, if its encrypted length is at most
    /// `max` bytes (checked first: no decryption is spent on a file over its bound).
    ///
    /// # Errors
    /// Not encrypted, a newer format, cut short, over its bound, or failing authentication.
    pub fn open(&self, path: &str, bytes: &[u8], max: usize) -> Result<Vec<u8>, VaultError> {
        if bytes.len() > max {
            return Err(VaultError::TooLarge {
                len: bytes.len(),
                max,
            });
        }
        if !is_sealed(bytes) {
            return Err(VaultError::NotEncrypted);
        }
        let version = bytes[MAGIC.len()];
        if version != VERSION {
            return Err(VaultError::UnknownVersion(version));
        }
        if bytes.len() < HEADER_LEN + TAG_LEN {
            return Err(VaultError::Truncated);
        }
        let (header, sealed) = bytes.split_at(HEADER_LEN);
        let nonce = &header[MAGIC.len() + 1..];
        Self::cipher(&self.key)
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &self.file_aad(path),
                },
            )
            .map_err(|_opaque| VaultError::Tampered)
    }
}

/// Whether `bytes` start as an encrypted file of Atelier's (any version).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.len() > MAGIC.len() && bytes.starts_with(MAGIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hexadecimal_round_trips_and_refuses_what_is_not() {
        let bytes = [0_u8, 1, 0xab, 0xff];
        assert_eq!(unhex(&hex(&bytes)).as_deref(), Some(&bytes[..]));
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("zz"), None);
        assert_eq!(unhex("é1"), None);
    }
}
