//! The encrypted folder's keys and files (`sessions::vault`): a wrong passphrase, a file
//! swapped between two folders or two places, a file modified by one byte or cut short, the
//! recovery key, two advisors' passphrases on one folder, an advisor removed, and a keyring
//! that goes through its RON file.

use sessions::vault::{KdfCost, Keyring, VaultError};

/// Cheap costs: the tests check what opens, not how long it takes.
const CHEAP: KdfCost = KdfCost {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

const MAX: usize = 1 << 20;

const AMINA_JOURNEY: &str = "journeys/p-amina.ron";

#[test]
fn a_file_opens_with_its_folder_key_at_its_place_and_nowhere_else() {
    let (keyring, key) = Keyring::create("Claire", "une phrase assez longue", CHEAP).expect("new");
    let plain = b"(display_name: \"Amina\", last_name: \"Benali\")";
    let sealed = key.seal(AMINA_JOURNEY, plain).expect("seal");
    assert!(sessions::vault::is_sealed(&sealed));
    assert!(
        !sealed.windows(6).any(|w| w == b"Benali"),
        "no clear text in the file"
    );
    assert_eq!(key.open(AMINA_JOURNEY, &sealed, MAX).expect("open"), plain);
    // Sealed twice, never the same bytes (a fresh nonce each time).
    assert_ne!(key.seal(AMINA_JOURNEY, plain).expect("seal"), sealed);

    // The same folder, another place: refused.
    assert_eq!(
        key.open("journeys/p-bastien.ron", &sealed, MAX),
        Err(VaultError::Tampered)
    );
    // Another folder with the same path: refused.
    let (_, other) = Keyring::create("Claire", "une phrase assez longue", CHEAP).expect("new");
    assert_eq!(
        other.open(AMINA_JOURNEY, &sealed, MAX),
        Err(VaultError::Tampered)
    );
    // The keyring reopened gives the same key.
    let again = keyring
        .unlock("une phrase assez longue")
        .expect("the passphrase opens");
    assert_eq!(
        again.open(AMINA_JOURNEY, &sealed, MAX).expect("open"),
        plain
    );
}

#[test]
fn every_single_byte_changed_and_every_cut_is_caught() {
    let (_, key) = Keyring::create("Claire", "une phrase assez longue", CHEAP).expect("new");
    let sealed = key
        .seal(AMINA_JOURNEY, b"(display_name: \"Amina\")")
        .expect("seal");
    for at in 0..sealed.len() {
        let mut changed = sealed.clone();
        changed[at] ^= 0x01;
        let opened = key.open(AMINA_JOURNEY, &changed, MAX);
        assert!(opened.is_err(), "byte {at} changed and still opened");
    }
    for len in 0..sealed.len() {
        let opened = key.open(AMINA_JOURNEY, &sealed[..len], MAX);
        assert!(opened.is_err(), "cut at {len} and still opened");
    }
    assert_eq!(
        key.open(AMINA_JOURNEY, &sealed[..20], MAX),
        Err(VaultError::Truncated)
    );
    assert_eq!(
        key.open(AMINA_JOURNEY, b"(display_name: \"Amina\")", MAX),
        Err(VaultError::NotEncrypted)
    );
    // Over its bound: refused before any decryption.
    assert_eq!(
        key.open(AMINA_JOURNEY, &sealed, 10),
        Err(VaultError::TooLarge {
            len: sealed.len(),
            max: 10
        })
    );
    // A newer format says so.
    let mut newer = sealed.clone();
    newer[sessions::vault::MAGIC.len()] = 2;
    assert_eq!(
        key.open(AMINA_JOURNEY, &newer, MAX),
        Err(VaultError::UnknownVersion(2))
    );
}

#[test]
fn a_wrong_passphrase_opens_nothing_and_a_short_one_is_refused() {
    let (keyring, _) = Keyring::create("Claire", "une phrase assez longue", CHEAP).expect("new");
    assert_eq!(
        keyring.unlock("une phrase assez longuE").err(),
        Some(VaultError::WrongSecret)
    );
    assert_eq!(keyring.unlock("").err(), Some(VaultError::WrongSecret));
    assert_eq!(
        Keyring::create("Claire", "court", CHEAP).err(),
        Some(VaultError::ShortPassphrase(
            sessions::vault::MIN_PASSPHRASE_CHARS
        ))
    );
}

#[test]
fn two_advisors_open_one_folder_and_one_removed_no_longer_does() {
    let (mut keyring, key) = Keyring::create("Claire", "la phrase de Claire", CHEAP).expect("new");
    let sealed = key.seal(AMINA_JOURNEY, b"(x: 1)").expect("seal");
    keyring
        .add_advisor(&key, "Yanis", "la phrase de Yanis", CHEAP)
        .expect("add");
    assert_eq!(
        keyring
            .add_advisor(&key, "Yanis", "une autre phrase encore", CHEAP)
            .err(),
        Some(VaultError::NameTaken("Yanis".to_owned()))
    );
    assert_eq!(keyring.advisors().collect::<Vec<_>>(), ["Claire", "Yanis"]);
    for passphrase in ["la phrase de Claire", "la phrase de Yanis"] {
        let opened = keyring.unlock(passphrase).expect(passphrase);
        assert_eq!(
            opened.open(AMINA_JOURNEY, &sealed, MAX).expect("open"),
            b"(x: 1)"
        );
    }
    // Removing an advisor rewrites the keyring only: the files still open for the others.
    keyring.remove_advisor("Yanis").expect("remove");
    assert_eq!(
        keyring.unlock("la phrase de Yanis").err(),
        Some(VaultError::WrongSecret)
    );
    let claire = keyring.unlock("la phrase de Claire").expect("Claire");
    assert_eq!(
        claire.open(AMINA_JOURNEY, &sealed, MAX).expect("open"),
        b"(x: 1)"
    );
    assert_eq!(
        keyring.remove_advisor("Claire").err(),
        Some(VaultError::LastPassphrase)
    );
    assert_eq!(
        keyring.remove_advisor("Zoé").err(),
        Some(VaultError::NoSuchName("Zoé".to_owned()))
    );
}

#[test]
fn the_recovery_key_opens_the_folder_once_every_passphrase_is_forgotten() {
    let (mut keyring, key) = Keyring::create("Claire", "la phrase de Claire", CHEAP).expect("new");
    let sealed = key.seal(AMINA_JOURNEY, b"(x: 1)").expect("seal");
    let recovery = keyring.add_recovery(&key).expect("recovery");
    assert_eq!(
        keyring.add_recovery(&key).err(),
        Some(VaultError::RecoveryExists)
    );
    let printed = recovery.as_str().to_owned();
    assert_eq!(printed.split('-').count(), 16, "{printed}");
    // As typed back from paper: upper case, spaces instead of dashes.
    let typed = printed.to_uppercase().replace('-', " ");
    let opened = keyring
        .unlock_with_recovery(&typed)
        .expect("recovery opens");
    assert_eq!(
        opened.open(AMINA_JOURNEY, &sealed, MAX).expect("open"),
        b"(x: 1)"
    );
    // One digit wrong: nothing.
    let mut wrong: Vec<char> = printed.chars().collect();
    wrong[0] = if wrong[0] == '0' { '1' } else { '0' };
    let wrong: String = wrong.into_iter().collect();
    assert_eq!(
        keyring.unlock_with_recovery(&wrong).err(),
        Some(VaultError::WrongSecret)
    );
    // A passphrase is not the recovery key, nor the reverse.
    assert_eq!(
        keyring.unlock(&printed).err(),
        Some(VaultError::WrongSecret)
    );
    assert_eq!(
        keyring.unlock_with_recovery("la phrase de Claire").err(),
        Some(VaultError::WrongSecret)
    );
    // And the recovery key lets a new advisor in.
    keyring
        .add_advisor(&opened, "Yanis", "la phrase de Yanis", CHEAP)
        .expect("add");
    assert!(keyring.unlock("la phrase de Yanis").is_ok());
}

#[test]
fn the_keyring_goes_through_its_file_and_holds_no_secret() {
    let (mut keyring, key) = Keyring::create("Claire", "la phrase de Claire", CHEAP).expect("new");
    let recovery = keyring.add_recovery(&key).expect("recovery");
    let text =
        ron::ser::to_string_pretty(&keyring, ron::ser::PrettyConfig::default()).expect("to RON");
    assert!(!text.contains("la phrase de Claire"));
    let digits: String = recovery.as_str().replace('-', "");
    assert!(
        !text.contains(&digits),
        "the recovery key is not in the keyring"
    );
    let back: Keyring = ron::from_str(&text).expect("from RON");
    assert_eq!(back, keyring);
    assert!(back.unlock("la phrase de Claire").is_ok());
    // A way in moved to another name does not open (its name is bound into the seal).
    let mut moved = back.clone();
    moved.ways_in[0].name = "Yanis".to_owned();
    assert_eq!(
        moved.unlock("la phrase de Claire").err(),
        Some(VaultError::WrongSecret)
    );
}
