use std::path::Path;
use std::sync::atomic::AtomicUsize;

use super::*;
use crate::model::{Lang, MapKind};

fn map(title: &str) -> Arc<Map> {
    let mut map = crate::file::template(MapKind::CurrentState, Lang::En).unwrap();
    map.title = title.into();
    Arc::new(map)
}

/// The titles of the recovery copies in `dir` (one per description file).
fn copies(dir: &Path) -> Vec<String> {
    let mut titles: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let id = name.strip_suffix(".meta.ron")?.to_owned();
                    let map = crate::file::load(&dir.join(format!("{id}.ron"))).unwrap();
                    Some(map.title)
                })
                .collect()
        })
        .unwrap_or_default();
    titles.sort();
    titles
}

fn far() -> Instant {
    Instant::now() + Duration::from_secs(5)
}

#[test]
fn a_write_is_done_by_the_thread_and_its_outcome_read_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Writer::new(RecoveryStore::new(dir.path()));
    let woken = Arc::new(AtomicUsize::new(0));
    writer.set_waker({
        let woken = Arc::clone(&woken);
        move || {
            woken.fetch_add(1, Ordering::SeqCst);
        }
    });
    assert!(!writer.write(1), "nothing offered, nothing to write");
    writer.publish(map("First"), None);
    assert!(writer.write(7));
    assert!(writer.holds_copy());
    writer.wait_idle();
    assert_eq!(copies(dir.path()), ["First"]);
    assert_eq!(
        writer.poll(),
        Some(Outcome {
            tag: 7,
            outdated: false,
            result: WriteResult::Written
        })
    );
    assert_eq!(writer.poll(), None);
    assert_eq!(
        woken.load(Ordering::SeqCst),
        1,
        "the editor is woken to read it"
    );
}

#[test]
fn a_clear_handed_over_after_a_write_runs_after_it_however_late_the_write_ends() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Writer::new(RecoveryStore::new(dir.path()));
    writer.publish(map("Saved meanwhile"), None);
    // Hold the slot, as a slow disk would: the write cannot even start yet.
    let shared = Arc::clone(&writer.shared);
    let disk = lock(&shared.disk);
    writer.write(1);
    writer.forget();
    assert!(!writer.holds_copy());
    drop(disk);
    writer.wait_idle();
    assert!(copies(dir.path()).is_empty(), "the late write left no copy");
    let outcome = writer.poll().unwrap();
    assert!(outcome.outdated, "it was about a map that is saved now");
    assert!(
        lock(&writer.shared.latest).is_none(),
        "no crash copy either"
    );
}

#[test]
fn dropping_the_writer_ends_its_thread_after_the_jobs_handed_over_and_releases_the_slot() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let mut writer = Writer::new(store.clone());
    writer.publish(map("Left"), None);
    writer.write(1);
    let shared = Arc::downgrade(&writer.shared);
    drop(writer);
    assert!(
        shared.upgrade().is_none(),
        "the thread let go of the shared state: it has ended"
    );
    let leftovers = store.leftovers();
    assert_eq!(
        leftovers.len(),
        1,
        "the write was done, and the slot unlocked"
    );
    assert_eq!(leftovers[0].meta.title, "Left");
}

#[test]
fn a_failed_write_says_why_and_a_later_one_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("recovery");
    std::fs::write(&blocker, "a file where the folder should be").unwrap();
    let mut writer = Writer::new(RecoveryStore::new(&blocker));
    writer.publish(map("Unlucky"), None);
    writer.write(1);
    writer.wait_idle();
    let outcome = writer.poll().unwrap();
    let WriteResult::Failed(message) = outcome.result else {
        panic!("{outcome:?}");
    };
    assert!(message.contains("recovery"), "{message}");
    std::fs::remove_file(&blocker).unwrap();
    writer.write(2);
    writer.wait_idle();
    assert_eq!(writer.poll().unwrap().result, WriteResult::Written);
    assert_eq!(copies(&blocker), ["Unlucky"]);
}

#[test]
fn adopting_a_leftover_continues_in_its_slot() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path());
    let gone = store.claim().unwrap();
    gone.write(&map("Restored"), None).unwrap();
    drop(gone);
    let leftover = store.leftovers().pop().unwrap();
    let id = leftover.slot.id().to_owned();

    let mut writer = Writer::new(store.clone());
    writer.adopt(leftover.slot);
    assert!(writer.holds_copy(), "the restored copy is there");
    writer.publish(map("Restored and changed"), None);
    writer.write(1);
    writer.wait_idle();
    assert_eq!(copies(dir.path()), ["Restored and changed"]);
    assert!(dir.path().join(format!("{id}.meta.ron")).exists());
    writer.forget();
    writer.wait_idle();
    assert!(copies(dir.path()).is_empty());
}

// The crash copy, without a crash: what the hook does for one writer.

#[test]
fn the_crash_copy_is_the_newest_offered_map_written_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Writer::new(RecoveryStore::new(dir.path()));
    assert_eq!(
        writer.shared.write_crash_copy(far()),
        Ok(None),
        "nothing unsaved"
    );
    writer.publish(map("Older"), None);
    writer.publish(map("Newest"), Some(dir.path().join("gym.ron")));
    let path = writer.shared.write_crash_copy(far()).unwrap().unwrap();
    assert!(path.starts_with(dir.path()));
    assert_eq!(copies(dir.path()), ["Newest"]);
    assert!(writer.holds_copy());
    assert_eq!(
        writer.shared.write_crash_copy(far()),
        Ok(None),
        "the slot holds it already"
    );
}

#[test]
fn an_older_write_still_queued_does_not_replace_the_crash_copy() {
    let dir = tempfile::tempdir().unwrap();
    let shared = Shared::new(RecoveryStore::new(dir.path()));
    let older = Snapshot {
        map: map("Older"),
        source: None,
        seq: 1,
    };
    *lock(&shared.latest) = Some(Snapshot {
        map: map("Newer"),
        source: None,
        seq: 2,
    });
    assert!(shared.write_crash_copy(far()).unwrap().is_some());
    let outcome = shared.apply(Job::Write {
        tag: 1,
        snapshot: older,
    });
    assert_eq!(outcome, Some((1, 1, WriteResult::Superseded)));
    assert_eq!(copies(dir.path()), ["Newer"]);
    shared.apply(Job::Clear { seq: 1 });
    assert_eq!(
        copies(dir.path()),
        ["Newer"],
        "a clear decided before the newer map leaves it"
    );
    shared.apply(Job::Clear { seq: 3 });
    assert!(
        copies(dir.path()).is_empty(),
        "a clear decided after it does not"
    );
    drop(lock(&shared.disk).slot.take());
}

#[test]
fn a_crash_copy_is_not_written_over_a_newer_decision() {
    let dir = tempfile::tempdir().unwrap();
    let shared = Shared::new(RecoveryStore::new(dir.path()));
    // The hook read this snapshot just before the editor forgot it and the clear ran.
    *lock(&shared.latest) = Some(Snapshot {
        map: map("Saved"),
        source: None,
        seq: 1,
    });
    shared.apply(Job::Clear { seq: 2 });
    assert_eq!(shared.write_crash_copy(far()), Ok(None));
    assert!(copies(dir.path()).is_empty());
}

#[test]
fn the_hook_gives_up_on_a_slot_busy_past_its_deadline_and_on_the_writers_own_panic() {
    let dir = tempfile::tempdir().unwrap();
    let shared = Shared::new(RecoveryStore::new(dir.path()));
    *lock(&shared.latest) = Some(Snapshot {
        map: map("Busy"),
        source: None,
        seq: 1,
    });
    let disk = lock(&shared.disk);
    assert!(shared.write_crash_copy(Instant::now()).is_err());
    drop(disk);

    WRITER_OF.set(shared.address());
    let disk = lock(&shared.disk);
    let started = Instant::now();
    assert!(shared.write_crash_copy(far()).is_err());
    WRITER_OF.set(0);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "no wait on its own thread"
    );
    drop(disk);
    assert!(copies(dir.path()).is_empty());
}

#[test]
fn handing_a_write_over_never_waits_for_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = Writer::new(RecoveryStore::new(dir.path()));
    // A disk that does not answer until `slow_disk` is dropped.
    let slow_disk = writer.pause();
    writer.publish(map("Later"), None);
    assert!(writer.write(1), "handed over at once");
    assert_eq!(writer.poll(), None, "not done yet");
    assert!(copies(dir.path()).is_empty());
    drop(slow_disk);
    writer.wait_idle();
    assert_eq!(writer.poll().unwrap().result, WriteResult::Written);
    assert_eq!(copies(dir.path()), ["Later"]);
}
