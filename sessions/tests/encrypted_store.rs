//! A data folder encrypted at rest (`Store::create_encrypted`): every file the store writes is
//! sealed (no name in clear anywhere), the folder reopens with a passphrase or the recovery
//! key and reads back whole, `Store::open` refuses it, and a file changed by one byte,
//! swapped with another or left in clear is named and not read while the rest opens.

use std::fs;
use std::path::{Path, PathBuf};

use sessions::vault::{KdfCost, VaultError};
use sessions::{Store, StoreError};

const CHEAP: KdfCost = KdfCost {
    memory_kib: 64,
    passes: 1,
    lanes: 1,
};

const PASSPHRASE: &str = "la phrase de Claire";

/// The data files of the folder at `root`.
fn files(root: &Path) -> Vec<PathBuf> {
    sessions::encryption::data_files(root).expect("data files")
}

fn demo_folder() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("data");
    let (store, recovery) =
        Store::create_encrypted(&root, "Claire", PASSPHRASE, CHEAP).expect("create");
    assert!(store.is_encrypted(), "a new encrypted folder is encrypted");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    // The report writes its cache of journeys settled for 2 s, the years' summaries are
    // written: sealed too.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let year = sessions::report::Period {
        from: "2026-01-01".parse().expect("date"),
        to: "2026-12-31".parse().expect("date"),
    };
    let first = store.report(year);
    assert!(
        root.join("journeys").join("report.cache").exists(),
        "the report's cache is written"
    );
    // Read back from the sealed cache: the same figures.
    assert_eq!(
        store.report(year),
        first,
        "the cache gives the same figures"
    );
    (dir, root, recovery.as_str().to_owned())
}

#[test]
fn every_file_is_sealed_and_the_folder_reads_back_whole() {
    let (_dir, root, recovery) = demo_folder();
    let written = files(&root);
    assert!(written.len() > 20, "{written:?}");
    for path in &written {
        let bytes = fs::read(path).expect("file");
        assert!(
            sessions::vault::is_sealed(&bytes),
            "{} is not sealed",
            path.display()
        );
        for name in ["Amina", "Bastien", "Élodie", "Claire"] {
            assert!(
                !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
                "{name} in clear in {}",
                path.display()
            );
        }
    }
    // Locked to the plain door.
    assert!(matches!(Store::open(&root), Err(StoreError::Locked(_))));
    // The passphrase and the recovery key open it, and everything reads.
    for store in [
        Store::unlock(&root, PASSPHRASE).expect("passphrase"),
        Store::unlock_with_recovery(&root, &recovery).expect("recovery"),
    ] {
        let journeys = store.load_journeys();
        assert!(journeys.errors.is_empty(), "{:?}", journeys.errors);
        assert!(journeys.items.len() >= 5);
        let records = store.list_records();
        assert!(records.items.len() >= 10);
        for (_, path) in &records.items {
            store.load_record_at(path).expect("record");
        }
        let report = sessions::check(&store);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.journeys, journeys.items.len());
        let home = store.home(20);
        assert!(home.errors.is_empty(), "{:?}", home.errors);
    }
    let wrong = Store::unlock(&root, "une autre phrase encore");
    assert!(
        matches!(
            &wrong,
            Err(StoreError::Vault { path, error: VaultError::WrongSecret }) if path.ends_with("keys.ron")
        ),
        "{wrong:?}"
    );
}

#[test]
fn a_changed_swapped_or_clear_file_is_named_and_the_rest_opens() {
    let (_dir, root, _) = demo_folder();
    let store = Store::unlock(&root, PASSPHRASE).expect("unlock");
    let journeys: Vec<PathBuf> = files(&root)
        .into_iter()
        .filter(|p| {
            p.starts_with(root.join("journeys")) && p.extension().is_some_and(|e| e == "ron")
        })
        .collect();
    let total = journeys.len();
    // One byte changed.
    let changed = &journeys[0];
    let mut bytes = fs::read(changed).expect("file");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    fs::write(changed, &bytes).expect("write");
    // Two swapped.
    let (a, b) = (&journeys[1], &journeys[2]);
    let (bytes_a, bytes_b) = (fs::read(a).expect("a"), fs::read(b).expect("b"));
    fs::write(a, &bytes_b).expect("swap");
    fs::write(b, &bytes_a).expect("swap");
    // One left in clear.
    let clear = &journeys[3];
    fs::write(clear, "(format_version: 9)").expect("clear");

    let loaded = store.load_journeys();
    assert_eq!(loaded.items.len(), total - 4, "the rest opens");
    let mut named: Vec<(PathBuf, VaultError)> = loaded
        .errors
        .iter()
        .filter_map(|e| match e {
            StoreError::Vault { path, error } => Some((path.clone(), error.clone())),
            _ => None,
        })
        .collect();
    named.sort_by(|x, y| x.0.cmp(&y.0));
    let mut expected = vec![
        (changed.clone(), VaultError::Tampered),
        (a.clone(), VaultError::Tampered),
        (b.clone(), VaultError::Tampered),
        (clear.clone(), VaultError::NotEncrypted),
    ];
    expected.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(named, expected);
    // `check` names each of them.
    let report = sessions::check(&store);
    for (path, _) in &expected {
        assert!(
            report.problems.iter().any(|p| &p.path == path),
            "{} not in {:?}",
            path.display(),
            report.problems
        );
    }
    // Saving over a file that does not open is refused, never half-read.
    let id =
        sessions::ParticipantId::parse(changed.file_stem().and_then(|s| s.to_str()).expect("stem"))
            .expect("id");
    assert!(matches!(
        store.load_journey(&id),
        Err(StoreError::Vault {
            error: VaultError::Tampered,
            ..
        })
    ));
}

/// A clear demo folder, with the file names and texts of its data files.
fn clear_demo() -> (tempfile::TempDir, PathBuf, Vec<(PathBuf, Vec<u8>)>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("data");
    let store = Store::create(&root).expect("store");
    sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
    let before = files(&root)
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).expect("file");
            (p, bytes)
        })
        .collect();
    (dir, root, before)
}

#[test]
fn a_clear_folder_is_encrypted_and_back_and_a_cut_migration_finishes_when_run_again() {
    let (_dir, root, before) = clear_demo();
    let journeys = Store::open(&root)
        .expect("clear")
        .load_journeys()
        .items
        .len();
    let encrypted =
        sessions::encryption::encrypt_folder(&root, "Claire", PASSPHRASE, CHEAP).expect("encrypt");
    assert_eq!(encrypted.rewritten, before.len(), "every data file sealed");
    assert!(encrypted.recovery.is_some(), "a recovery key, to show once");
    for (path, _) in &before {
        assert!(
            sessions::vault::is_sealed(&fs::read(path).expect("file")),
            "{}",
            path.display()
        );
    }
    let store = Store::unlock(&root, PASSPHRASE).expect("unlock");
    assert!(
        sessions::check(&store).problems.is_empty(),
        "check is clean"
    );
    assert_eq!(store.load_journeys().items.len(), journeys);
    drop(store);

    // As if it had been cut short: two files still in clear. Run again: only they are done.
    for (path, bytes) in before.iter().take(2) {
        fs::write(path, bytes).expect("clear again");
    }
    let again = sessions::encryption::encrypt_folder(&root, "Claire", PASSPHRASE, CHEAP)
        .expect("encrypt again");
    assert_eq!((again.rewritten, again.already), (2, before.len() - 2));
    assert!(
        again.recovery.is_none(),
        "the keyring was there: no new key"
    );
    // Run again with a wrong passphrase: refused, nothing touched.
    assert!(
        sessions::encryption::encrypt_folder(&root, "Claire", "pas la bonne phrase", CHEAP)
            .is_err()
    );

    // Back to clear, cut short too: run again, every file as it was, the keyring gone.
    let (first, first_bytes) = &before[0];
    let decrypted = sessions::encryption::decrypt_folder(&root, PASSPHRASE).expect("decrypt");
    assert_eq!(decrypted.rewritten, before.len());
    for (path, bytes) in &before {
        assert_eq!(&fs::read(path).expect("file"), bytes, "{}", path.display());
    }
    assert!(
        !root.join("keys.ron").exists(),
        "the keyring is removed last"
    );
    let store = Store::open(&root).expect("clear again");
    assert!(sessions::check(&store).problems.is_empty());
    assert_eq!(store.load_journeys().items.len(), journeys);
    drop(store);
    // An interrupted decryption: the keyring still there, one file clear, the rest sealed.
    sessions::encryption::encrypt_folder(&root, "Claire", PASSPHRASE, CHEAP).expect("encrypt");
    fs::write(first, first_bytes).expect("one done already");
    let finished = sessions::encryption::decrypt_folder(&root, PASSPHRASE).expect("decrypt");
    assert_eq!(
        (finished.rewritten, finished.already),
        (before.len() - 1, 1)
    );
    for (path, bytes) in &before {
        assert_eq!(&fs::read(path).expect("file"), bytes, "{}", path.display());
    }
}

#[test]
fn a_folder_open_in_atelier_is_not_migrated() {
    let (_dir, root, before) = clear_demo();
    let open = Store::open(&root).expect("open");
    let _window = open.claim().expect("a window has it");
    let refused = sessions::encryption::encrypt_folder(&root, "Claire", PASSPHRASE, CHEAP);
    assert!(matches!(refused, Err(StoreError::InUse(_))), "{refused:?}");
    assert!(!root.join("keys.ron").exists(), "nothing written");
    for (path, bytes) in &before {
        assert_eq!(&fs::read(path).expect("file"), bytes);
    }
}
