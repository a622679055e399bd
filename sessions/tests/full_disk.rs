//! A session saved on a real full disk: a small `tmpfs` the test mounts (it needs to be root,
//! as CI is, and says it is skipped otherwise). The disk fills up at every point of a save,
//! then space is freed and the save is tried again: one record, one link each, a clean check.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::DateTime;
use sessions::{
    ActivityRef, Mode, ParticipantOutcome, Private, SessionId, SessionRecord, Store, StoreError,
    Versioned as _,
};

/// A tmpfs mounted for the test, unmounted when dropped.
struct SmallDisk {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let path = dir.path().join("disk");
        fs::create_dir(&path).ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Self { _dir: dir, path })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _unmounted = Command::new("umount").arg(&self.path).status();
    }
}

/// Fills `disk` with one file until it is full; the file.
fn fill(disk: &Path) -> PathBuf {
    let filler = disk.join("filler");
    let mut file = fs::File::create(&filler).expect("filler");
    let block = vec![0_u8; 4096];
    while file.write_all(&block).is_ok() {}
    let _synced = file.sync_all();
    filler
}

fn record(participants: &[sessions::ParticipantId]) -> SessionRecord {
    let at = |t: &str| DateTime::parse_from_rfc3339(t).expect("time");
    SessionRecord {
        format_version: SessionRecord::CURRENT_VERSION,
        id: SessionId::parse("s-20261120-140000-disk").expect("id"),
        activity: ActivityRef {
            id: "peer_circle".into(),
            version: "1.0.0".into(),
        },
        mode: Mode::Collective,
        start: at("2026-11-20T14:00:00+01:00"),
        end: at("2026-11-20T15:30:00+01:00"),
        place: "Salle 1".into(),
        facilitators: vec!["Inès".into()],
        participants: participants
            .iter()
            .map(|id| ParticipantOutcome {
                stage_review: None,
                id: id.clone(),
                takeaway: Some(format!("Ce que retient {id}: {}", "x".repeat(3000))),
                activity_data: None,
                progress: Vec::new(),
                follow_ups: Vec::new(),
                takeaway_in: std::collections::BTreeMap::new(),
            })
            .collect(),
        summary: "Bonne séance".into(),
        activity_data: "(rounds: 2)".into(),
        facilitator_notes: Private::new(String::new()),
    }
}

#[test]
fn a_save_on_a_really_full_disk_is_completed_once_when_space_is_freed() {
    if SmallDisk::mount("1m").is_none() {
        eprintln!("skipped: a tmpfs cannot be mounted here (the test must run as root)");
        return;
    }
    let (mut failures, mut halfway) = (0, 0);
    // Leave 0, 1, 2… pages free after filling the disk: the save stops at another point.
    for free_pages in 0..8_u64 {
        let disk = SmallDisk::mount("1m").expect("mounted once already");
        let store = Store::create(disk.path.join("data")).expect("store");
        sessions::demo::populate(&store, "2026-11-20".parse().expect("date")).expect("demo");
        let people: Vec<_> = store
            .load_journeys()
            .items
            .into_iter()
            .take(3)
            .map(|j| j.value.id)
            .collect();
        let records_before = store.list_records().items.len();
        let rec = record(&people);
        let filler = fill(&disk.path);
        let size = fs::metadata(&filler).expect("filler").len();
        fs::OpenOptions::new()
            .write(true)
            .open(&filler)
            .and_then(|f| f.set_len(size.saturating_sub(free_pages * 4096)))
            .expect("some pages freed");
        match store.save_session(&rec) {
            Ok(_) => {}
            Err(StoreError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::StorageFull =>
            {
                failures += 1;
                // The record was written, some journey was not: the case that duplicated.
                if store.record_path(&rec.id).exists() {
                    halfway += 1;
                }
            }
            Err(other) => panic!("{free_pages} pages free: {other}"),
        }
        fs::remove_file(&filler).expect("space freed");
        let mut retry = rec.clone();
        retry.end = DateTime::parse_from_rfc3339("2026-11-20T15:33:00+01:00").expect("time");
        store
            .save_session(&retry)
            .expect("saved once there is room");
        assert_eq!(
            store.list_records().items.len(),
            records_before + 1,
            "{free_pages} pages free: one record"
        );
        for id in &people {
            let journey = store.load_journey(id).expect("journey").value;
            assert_eq!(
                journey
                    .timeline
                    .iter()
                    .filter(|l| l.session == rec.id)
                    .count(),
                1,
                "{free_pages} pages free: one link for {id}"
            );
        }
        let report = sessions::check(&store);
        assert!(
            report.is_clean(),
            "{free_pages} pages free: {:#?}",
            report.problems
        );
    }
    assert!(failures > 0, "the disk was full for at least one save");
    assert!(
        halfway > 0,
        "at least one save stopped halfway ({failures} failed)"
    );
}
