//! The recovery writer: a thread that writes one editor's recovery copies, so that a write
//! (serialise, atomic replace, fsync of map and description) never holds up a frame.
//!
//! The editor hands jobs over — write this snapshot, clear the slot, continue in a restored
//! slot — and never waits for them; the thread does them one after another, in the order they
//! were handed over. Order is the point: a clear handed over after a write runs after it, so a
//! write that finishes late can never leave behind a copy of a map that was saved meanwhile.
//!
//! Every decision of the editor gets a number, rising: a snapshot offered (with
//! [`Writer::publish`]), a clear, an adoption. The slot remembers the number of the newest
//! decision it carries out. The crash hook ([`super::crash`]) writes the newest snapshot from
//! whichever thread panics, past the queue; the numbers keep it and the thread from ever putting
//! an older decision over a newer one (an older write still queued, a clear the hook overtook).
//!
//! The thread ends, and the slot's lock is released, when the [`Writer`] is dropped — after the
//! jobs already handed over are done, so a clear asked for just before the window closes happens.

use std::cell::Cell;
use std::fmt;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, TryLockError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{RecoveryStore, Slot, crash};
use crate::model::Map;

/// A map to keep, as the editor had it at one moment.
#[derive(Clone, Debug)]
pub(super) struct Snapshot {
    map: Arc<Map>,
    source: Option<PathBuf>,
    /// The decision this snapshot is.
    seq: u64,
}

/// What happened to a write handed over with [`Writer::write`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The tag it was handed over with (the editor uses the document revision).
    pub tag: u64,
    /// The slot was cleared or exchanged after the write was handed over: the outcome is about
    /// a copy the editor no longer keeps.
    pub outdated: bool,
    /// What became of it.
    pub result: WriteResult,
}

/// How a write ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteResult {
    /// The slot holds the snapshot.
    Written,
    /// Not written: the slot already held a newer one (the crash hook wrote it meanwhile).
    Superseded,
    /// Writing failed; the text says why, in the user's terms.
    Failed(String),
}

/// One job for the thread.
enum Job {
    Write {
        tag: u64,
        snapshot: Snapshot,
    },
    Clear {
        seq: u64,
    },
    Adopt {
        seq: u64,
        slot: Slot,
    },
    /// Holds the thread until the sender is dropped: lets tests keep a write "under way".
    #[cfg(test)]
    Pause(Receiver<()>),
}

/// The slot and the newest decision carried out in it. Whoever writes to the slot (the thread,
/// or the crash hook) holds this locked while it does.
#[derive(Debug, Default)]
struct Disk {
    slot: Option<Slot>,
    seq: u64,
}

type Waker = Box<dyn Fn() + Send + Sync>;

/// What a write that panicked reports.
const INTERNAL_ERROR: &str = "an internal error; please report it";

/// What the editor, the thread and the crash hook share.
pub(super) struct Shared {
    store: RecoveryStore,
    /// The newest snapshot the editor offered, for the crash hook; `None` when nothing is unsaved.
    latest: Mutex<Option<Snapshot>>,
    disk: Mutex<Disk>,
    /// Whether the slot may hold a copy: set before a write is handed over and by the crash hook,
    /// unset when a clear is. Lets a clean editor skip clearing without asking the disk.
    holds_copy: AtomicBool,
    /// Jobs handed over, and jobs done (or dropped because the thread is gone), for
    /// [`Writer::wait_idle`].
    handed_over: AtomicU64,
    progress: Mutex<Progress>,
    progress_changed: Condvar,
    /// Called after each finished write, so the editor wakes and reads the outcome.
    waker: OnceLock<Waker>,
}

#[derive(Debug, Default)]
struct Progress {
    done: u64,
    /// The thread has ended: nothing more will be done.
    ended: bool,
}

/// The background writer of one editor's recovery copies. See the module documentation.
pub struct Writer {
    shared: Arc<Shared>,
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    outcomes: Receiver<RawOutcome>,
    /// For jobs done on the caller's thread when the writer thread could not start.
    outcome_sender: Sender<RawOutcome>,
    /// The newest decision's number.
    seq: u64,
    /// The number of the last clear or adoption: outcomes of writes before it are outdated.
    floor: u64,
    /// The snapshot last offered with [`Self::publish`].
    published: Option<Snapshot>,
}

impl Writer {
    /// A writer into `store`, with its thread started. The slot is claimed with the first write.
    pub fn new(store: RecoveryStore) -> Self {
        let shared = Arc::new(Shared::new(store));
        crash::register(&shared);
        let (outcome_sender, outcomes) = mpsc::channel();
        let (jobs, queue) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("journeymap-autosave".into())
            .spawn({
                let shared = Arc::clone(&shared);
                let outcomes = outcome_sender.clone();
                move || run(&shared, &queue, &outcomes)
            });
        let (jobs, thread) = match spawned {
            Ok(thread) => (Some(jobs), Some(thread)),
            Err(error) => {
                // Then the jobs are done where they are handed over, as before there was a thread.
                log::warn!("no autosave thread ({error}); autosaving on the editor's thread");
                (None, None)
            }
        };
        Self {
            shared,
            jobs,
            thread,
            outcomes,
            outcome_sender,
            seq: 0,
            floor: 0,
            published: None,
        }
    }

    /// Calls `wake` after each finished write (from the writer's thread), so the editor can
    /// repaint and read the outcome. Only the first waker counts.
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        let _ = self.shared.waker.set(Box::new(wake));
    }

    /// Whether a waker is set.
    pub fn has_waker(&self) -> bool {
        self.shared.waker.get().is_some()
    }

    /// Offers the unsaved map as it is now (`source`: the file it belongs to). A crash writes
    /// the newest offered map; [`Self::write`] writes it in the background. Costs a reference
    /// count and a short lock, nothing that grows with the map.
    pub fn publish(&mut self, map: Arc<Map>, source: Option<PathBuf>) {
        self.seq += 1;
        let snapshot = Snapshot {
            map,
            source,
            seq: self.seq,
        };
        *lock(&self.shared.latest) = Some(snapshot.clone());
        self.published = Some(snapshot);
    }

    /// Hands over the write of the map last offered with [`Self::publish`], tagged `tag`; its
    /// [`Outcome`] comes later from [`Self::poll`]. Returns whether there was a map to write.
    pub fn write(&mut self, tag: u64) -> bool {
        let Some(snapshot) = self.published.clone() else {
            return false;
        };
        // Even a failed write may leave part of a copy to clear.
        self.shared.holds_copy.store(true, Ordering::SeqCst);
        self.hand_over(Job::Write { tag, snapshot });
        true
    }

    /// Nothing is unsaved any more (the map was saved, or thrown away): the crash hook has
    /// nothing to write, and the copy, if there may be one, is removed — after any write handed
    /// over before.
    pub fn forget(&mut self) {
        self.seq += 1;
        self.floor = self.seq;
        self.published = None;
        *lock(&self.shared.latest) = None;
        if self.shared.holds_copy.swap(false, Ordering::SeqCst) {
            self.hand_over(Job::Clear { seq: self.seq });
        }
    }

    /// Continues in `slot` (a restored leftover's), whose copy stays until [`Self::forget`].
    /// The current slot's copy is forgotten first.
    pub fn adopt(&mut self, slot: Slot) {
        self.forget();
        self.seq += 1;
        self.floor = self.seq;
        self.shared.holds_copy.store(true, Ordering::SeqCst);
        self.hand_over(Job::Adopt {
            seq: self.seq,
            slot,
        });
    }

    /// Whether the slot may hold a copy (written, being written, adopted, or written by the
    /// crash hook).
    pub fn holds_copy(&self) -> bool {
        self.shared.holds_copy.load(Ordering::SeqCst)
    }

    /// The next outcome of a write that has finished, if any. Never waits.
    pub fn poll(&mut self) -> Option<Outcome> {
        self.outcomes
            .try_recv()
            .ok()
            .map(|(tag, seq, result)| Outcome {
                tag,
                outdated: seq < self.floor,
                result,
            })
    }

    /// Blocks until every job handed over so far is done. For tests and benchmarks, which need
    /// the disk to show what the editor asked for; the editor itself never waits.
    pub fn wait_idle(&self) {
        self.shared.wait_idle();
    }

    /// Holds the thread (after the jobs already handed over) until the returned sender is
    /// dropped, so a test can act while a write is under way.
    #[cfg(test)]
    pub(crate) fn pause(&mut self) -> Sender<()> {
        let (release, until) = mpsc::channel();
        self.hand_over(Job::Pause(until));
        release
    }

    fn hand_over(&mut self, job: Job) {
        self.shared.handed_over.fetch_add(1, Ordering::SeqCst);
        let job = match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => return,
                // The thread is gone (it panicked): carry on without it.
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        self.shared.run_job(job, &self.outcome_sender);
    }
}

/// Blocks until every recovery writer of this process has done the jobs handed over to it so
/// far. For integration tests, which drive the real editor and cannot reach its writer.
pub fn wait_for_writers() {
    for shared in crash::live() {
        shared.wait_idle();
    }
}

impl Drop for Writer {
    /// Lets the thread finish the jobs handed over, then ends it and releases the slot (keeping
    /// its copy, if any, for the next start to offer).
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::warn!("the autosave thread had panicked");
        }
        // A crash from now on has nothing of this editor's to write…
        *lock(&self.shared.latest) = None;
        // …and the slot is released now, not when the last holder of `shared` lets go (the
        // crash registry may hold it for a moment).
        let slot = lock(&self.shared.disk).slot.take();
        drop(slot);
    }
}

impl fmt::Debug for Writer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("store", &self.shared.store)
            .field("seq", &self.seq)
            .field("threaded", &self.thread.is_some())
            .finish_non_exhaustive()
    }
}

/// An outcome as the thread sends it: tag, the decision's number, the result.
type RawOutcome = (u64, u64, WriteResult);

thread_local! {
    /// On a writer thread: the address of its [`Shared`], so the crash hook knows when a panic is
    /// that thread's own. A plain number without destructor, which can be read even while the
    /// thread is being torn down (`std::thread::current` might panic then, and a panic in a
    /// panic hook aborts).
    static WRITER_OF: Cell<usize> = const { Cell::new(0) };
}

/// The writer thread: does the jobs in order until the [`Writer`] is dropped.
fn run(shared: &Shared, queue: &Receiver<Job>, outcomes: &Sender<RawOutcome>) {
    WRITER_OF.set(shared.address());
    // Marks the thread ended however it ends, so nobody waits for it in vain.
    let _ended = Ended(shared);
    for job in queue {
        // Woken by the hand-over, the thread may have taken the core from the editor's thread
        // (a busy machine, the other cores taken): give it back before serialising the map, so
        // the editor's frame goes on first.
        std::thread::yield_now();
        shared.run_job(job, outcomes);
    }
}

struct Ended<'a>(&'a Shared);

impl Drop for Ended<'_> {
    fn drop(&mut self) {
        lock(&self.0.progress).ended = true;
        self.0.progress_changed.notify_all();
    }
}

impl Shared {
    fn new(store: RecoveryStore) -> Self {
        Self {
            store,
            latest: Mutex::new(None),
            disk: Mutex::new(Disk::default()),
            holds_copy: AtomicBool::new(false),
            handed_over: AtomicU64::new(0),
            progress: Mutex::new(Progress::default()),
            progress_changed: Condvar::new(),
            waker: OnceLock::new(),
        }
    }

    /// Does one job and reports it done.
    fn run_job(&self, job: Job, outcomes: &Sender<RawOutcome>) {
        let write = match &job {
            Job::Write { tag, snapshot } => Some((*tag, snapshot.seq)),
            _ => None,
        };
        // A job that panics (a bug; the crash hook has kept the map by then) counts as a failed
        // write, and the thread goes on: an autosave that silently stopped would lose work.
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| self.apply(job)))
            .unwrap_or_else(|_| {
                write.map(|(tag, seq)| (tag, seq, WriteResult::Failed(INTERNAL_ERROR.into())))
            });
        if let Some(outcome) = outcome {
            // The editor may be gone already; then nobody wants to know.
            let _ = outcomes.send(outcome);
            if let Some(wake) = self.waker.get() {
                wake();
            }
        }
        lock(&self.progress).done += 1;
        self.progress_changed.notify_all();
    }

    fn apply(&self, job: Job) -> Option<RawOutcome> {
        #[cfg(test)]
        let job = match job {
            Job::Pause(until) => {
                let _ = until.recv();
                return None;
            }
            job => job,
        };
        let mut disk = lock(&self.disk);
        match job {
            Job::Write { tag, snapshot } => {
                let result = match snapshot.seq.cmp(&disk.seq) {
                    std::cmp::Ordering::Less => WriteResult::Superseded,
                    // The crash hook wrote this very snapshot already.
                    std::cmp::Ordering::Equal => WriteResult::Written,
                    std::cmp::Ordering::Greater => match self.write_into(&mut disk, &snapshot) {
                        Ok(()) => WriteResult::Written,
                        Err(message) => WriteResult::Failed(message),
                    },
                };
                Some((tag, snapshot.seq, result))
            }
            Job::Clear { seq } => {
                // A newer snapshot (written by the crash hook meanwhile) stays.
                if seq > disk.seq {
                    disk.seq = seq;
                    if let Some(slot) = &disk.slot {
                        slot.clear();
                    }
                }
                None
            }
            Job::Adopt { seq, slot } => {
                // The slot given up keeps a copy only if the crash hook wrote a newer one into
                // it; then it is offered at the next start like any leftover.
                disk.seq = disk.seq.max(seq);
                disk.slot = Some(slot);
                None
            }
            #[cfg(test)]
            Job::Pause(_) => None,
        }
    }

    /// Writes `snapshot` into the slot (claiming one first if need be) and records it.
    fn write_into(&self, disk: &mut Disk, snapshot: &Snapshot) -> Result<(), String> {
        if disk.slot.is_none() {
            let slot = self.store.claim().map_err(|error| {
                format!(
                    "{}: {}",
                    self.store.dir().display(),
                    crate::file::describe_io(&error)
                )
            })?;
            disk.slot = Some(slot);
        }
        let slot = disk.slot.as_ref().ok_or_else(String::new)?;
        slot.write(&snapshot.map, snapshot.source.as_deref())
            .map_err(|error| error.to_string())?;
        disk.seq = snapshot.seq;
        Ok(())
    }

    /// Identifies this state for [`WRITER_OF`].
    fn address(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    fn wait_idle(&self) {
        let target = self.handed_over.load(Ordering::SeqCst);
        let mut progress = lock(&self.progress);
        while progress.done < target && !progress.ended {
            progress = self
                .progress_changed
                .wait(progress)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }

    /// For the crash hook: writes the newest offered snapshot into the slot, at once, on the
    /// calling thread, unless the slot already holds it or something newer. Waits for a write
    /// under way until `deadline`, never longer, and never panics (a panic in a panic hook
    /// aborts the process). Returns where the copy went, if it wrote one.
    pub(super) fn write_crash_copy(&self, deadline: Instant) -> Result<Option<PathBuf>, String> {
        let Some(guard) = try_lock_until(&self.latest, deadline) else {
            return Err("the unsaved map is being handed over".into());
        };
        let Some(snapshot) = guard.clone() else {
            return Ok(None);
        };
        drop(guard);
        // On the writer thread itself the panic came from a job: if it held the slot, that job
        // was writing, and writing again here could panic again and abort. Do not wait for it.
        let own = WRITER_OF.try_with(Cell::get).ok() == Some(self.address());
        let disk = if own {
            try_lock_until(&self.disk, Instant::now())
        } else {
            try_lock_until(&self.disk, deadline)
        };
        let Some(mut disk) = disk else {
            return Err("a write of the recovery copy is under way".into());
        };
        if snapshot.seq <= disk.seq {
            // The slot holds this snapshot already, or the editor decided something newer.
            return Ok(None);
        }
        self.write_into(&mut disk, &snapshot)?;
        self.holds_copy.store(true, Ordering::SeqCst);
        Ok(disk.slot.as_ref().map(Slot::map_path))
    }
}

/// Locks `mutex`, taking over a lock poisoned by a panic: what it guards stays consistent (each
/// holder only replaces whole values).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Tries to lock `mutex` until `deadline` (at least once), never blocking past it: the caller
/// may be a panic hook on a thread that holds the lock itself.
pub(super) fn try_lock_until<T>(mutex: &Mutex<T>, deadline: Instant) -> Option<MutexGuard<'_, T>> {
    loop {
        match mutex.try_lock() {
            Ok(guard) => return Some(guard),
            Err(TryLockError::Poisoned(poisoned)) => return Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => {
                if Instant::now() >= deadline {
                    return None;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    }
}

#[cfg(test)]
mod tests;
