//! How far an export has come, and the user's wish to stop it. Shared between the thread that
//! exports and the window that shows the progress bar and the Cancel button.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use super::ExportError;

/// Progress of one export, in steps of 1/1000; cancelled once the user asked.
#[derive(Debug, Default)]
pub struct Progress {
    per_mille: AtomicU32,
    cancelled: AtomicBool,
}

impl Progress {
    /// A progress at zero that nobody cancels (the command line).
    pub fn new() -> Self {
        Self::default()
    }

    /// The share done, 0 to 1.
    pub fn fraction(&self) -> f32 {
        self.per_mille() as f32 / 1000.0
    }

    /// The share done in thousandths.
    pub fn per_mille(&self) -> u32 {
        self.per_mille.load(Ordering::Relaxed).min(1000)
    }

    /// Records that `done` of `total` steps are done.
    pub fn set(&self, done: usize, total: usize) {
        let per_mille = (done.min(total) * 1000).checked_div(total).unwrap_or(0);
        self.per_mille.store(per_mille as u32, Ordering::Relaxed);
    }

    /// Asks the export to stop at its next step.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the user asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Between steps: stops the export with [`ExportError::Cancelled`] if the user asked.
    pub fn check(&self) -> Result<(), ExportError> {
        if self.is_cancelled() {
            Err(ExportError::Cancelled)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_steps_and_stops_when_cancelled() {
        let progress = Progress::new();
        assert_eq!(progress.per_mille(), 0);
        progress.set(1, 4);
        assert_eq!(progress.per_mille(), 250);
        progress.set(9, 4);
        assert_eq!(progress.per_mille(), 1000);
        progress.set(0, 0);
        assert_eq!(progress.per_mille(), 0);
        assert!(progress.check().is_ok());
        progress.cancel();
        assert!(matches!(progress.check(), Err(ExportError::Cancelled)));
    }
}
