//! Comparing two maps: the current state against the future state, or our journey against the
//! strongest competitor's. Which touchpoints were added, removed or changed, and where the
//! customer's feelings differ.
//!
//! The two maps need not share ids: a map started from another keeps them, but a competitor's
//! journey typed from scratch does not. So stages and touchpoints are matched in passes, from the
//! surest evidence (same id and same title) to the weakest (same title alone), each pass only
//! among what the earlier ones left unmatched.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{
    Card, CardId, Channel, LaneKind, Map, Metric, PurchasePhase, StageId, Touchpoint,
};

mod marks;

pub use marks::{Mark, MarkKind, Marks};

/// What differs between two matched touchpoints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// The card's title (compared without surrounding spaces).
    Title,
    /// The stage: the two cards sit in stages that are not matched with each other.
    Stage,
    /// The channel.
    Channel,
    /// Online or offline.
    Setting,
    /// Who owns the medium.
    Ownership,
    /// The purchase phase.
    Phase,
    /// The importance rating.
    Importance,
    /// The performance rating.
    Performance,
    /// The evidence level.
    Evidence,
    /// The metrics: a name, value or unit differs, or one was added or removed (their order
    /// does not count, nor the case of their names).
    Metrics,
}

/// Two touchpoints taken to be the same one, in map a and in map b.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    /// The card in map a.
    pub a: CardId,
    /// The card in map b.
    pub b: CardId,
    /// What differs, in the order of [`Change`]; empty when nothing does.
    pub changes: Vec<Change>,
}

impl Pair {
    /// Whether anything differs.
    pub fn is_changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// The emotion score of one stage in both maps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageEmotion {
    /// The stage in map a, if it has one matched with b's.
    pub a: Option<StageId>,
    /// The stage in map b, if it has one.
    pub b: Option<StageId>,
    /// The stage's title: b's, or a's for a stage only a has.
    pub title: String,
    /// The score on map a's first emotion lane.
    pub score_a: Option<i8>,
    /// The score on map b's first emotion lane.
    pub score_b: Option<i8>,
}

impl StageEmotion {
    /// Whether the stage is in both maps and scored differently (a score against none counts
    /// as different).
    pub fn differs(&self) -> bool {
        self.a.is_some() && self.b.is_some() && self.score_a != self.score_b
    }
}

/// How map b differs from map a.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The touchpoints in both maps, in map a's document order.
    pub pairs: Vec<Pair>,
    /// The touchpoint cards only in b, in b's document order.
    pub added: Vec<CardId>,
    /// The touchpoint cards only in a, in a's document order.
    pub removed: Vec<CardId>,
    /// Every stage of b in b's order (with its match in a, if any), then the stages only a has,
    /// in a's order.
    pub emotion: Vec<StageEmotion>,
}

impl Comparison {
    /// How many matched touchpoints differ in anything.
    pub fn changed(&self) -> usize {
        self.pairs.iter().filter(|pair| pair.is_changed()).count()
    }

    /// How many stages in both maps are scored differently.
    pub fn emotion_differs(&self) -> usize {
        self.emotion.iter().filter(|stage| stage.differs()).count()
    }

    /// "2 added, 1 removed, 3 changed touchpoints; emotion differs in 2 stages" (with
    /// "touchpoint" and "stage" in the singular for exactly one).
    pub fn summary(&self) -> String {
        let changed = self.changed();
        let stages = self.emotion_differs();
        format!(
            "{} added, {} removed, {changed} changed {}; emotion differs in {stages} {}",
            self.added.len(),
            self.removed.len(),
            if changed == 1 {
                "touchpoint"
            } else {
                "touchpoints"
            },
            if stages == 1 { "stage" } else { "stages" },
        )
    }
}

/// A title as matching compares it: words in lower case, separated by single spaces.
fn normalise(title: &str) -> String {
    let mut normal = String::with_capacity(title.len());
    for word in title.split_whitespace() {
        if !normal.is_empty() {
            normal.push(' ');
        }
        normal.extend(word.chars().flat_map(char::to_lowercase));
    }
    normal
}

/// How map b differs from map a.
pub fn compare(a: &Map, b: &Map) -> Comparison {
    let stages = match_stages(a, b);
    let matched_stages: HashSet<(StageId, StageId)> = stages
        .iter()
        .enumerate()
        .filter_map(|(j, i)| {
            let a_stage = a.stages.get((*i)?)?;
            Some((a_stage.id, b.stages.get(j)?.id))
        })
        .collect();

    let a_touchpoints: Vec<Side<'_>> = a.touchpoints().map(|t| Side::new(a, t)).collect();
    let b_touchpoints: Vec<Side<'_>> = b.touchpoints().map(|t| Side::new(b, t)).collect();
    let partner = match_touchpoints(&a_touchpoints, &b_touchpoints);

    let mut pairs = Vec::new();
    let mut removed = Vec::new();
    let mut b_taken = vec![false; b_touchpoints.len()];
    for (side_a, partner) in a_touchpoints.iter().zip(&partner) {
        match partner.and_then(|j| Some((j, b_touchpoints.get(j)?))) {
            Some((j, side_b)) => {
                if let Some(taken) = b_taken.get_mut(j) {
                    *taken = true;
                }
                pairs.push(Pair {
                    a: side_a.card.id,
                    b: side_b.card.id,
                    changes: changes(side_a, side_b, &matched_stages),
                });
            }
            None => removed.push(side_a.card.id),
        }
    }
    let added = b_touchpoints
        .iter()
        .zip(&b_taken)
        .filter(|(_, taken)| !**taken)
        .map(|(side, _)| side.card.id)
        .collect();

    Comparison {
        pairs,
        added,
        removed,
        emotion: emotion(a, b, &stages),
    }
}

/// For each stage of b (by position), the position of its match in a.
///
/// Pass 1: same id and same title; pass 2: same title; pass 3: same id. Titles are compared
/// trimmed and without regard to case. Maps have at most a hundred stages, so plain loops do.
fn match_stages(a: &Map, b: &Map) -> Vec<Option<usize>> {
    let a_titles: Vec<String> = a.stages.iter().map(|s| normalise(&s.title)).collect();
    let b_titles: Vec<String> = b.stages.iter().map(|s| normalise(&s.title)).collect();
    let mut a_of_b: Vec<Option<usize>> = vec![None; b.stages.len()];
    let mut a_taken = vec![false; a.stages.len()];
    let passes: [&dyn Fn(usize, usize) -> bool; 3] = [
        &|i, j| a.stages[i].id == b.stages[j].id && a_titles[i] == b_titles[j],
        &|i, j| a_titles[i] == b_titles[j],
        &|i, j| a.stages[i].id == b.stages[j].id,
    ];
    for same in passes {
        for (j, slot) in a_of_b.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            if let Some(i) = (0..a.stages.len()).find(|&i| !a_taken[i] && same(i, j)) {
                a_taken[i] = true;
                *slot = Some(i);
            }
        }
    }
    a_of_b
}

/// One touchpoint card as matching sees it.
struct Side<'m> {
    card: &'m Card,
    touchpoint: &'m Touchpoint,
    /// The purchase phase it is in (its own or its stage's).
    phase: PurchasePhase,
    title: String,
}

impl<'m> Side<'m> {
    fn new(map: &Map, (card, touchpoint): (&'m Card, &'m Touchpoint)) -> Self {
        Self {
            card,
            touchpoint,
            phase: map.phase_of(card, touchpoint),
            title: normalise(&card.title),
        }
    }
}

/// For each touchpoint of a (by position), the position of its match in b.
///
/// Pass 1: same id and (same title or same channel); pass 2: same title and same channel;
/// pass 3: same title. Each pass goes through a's touchpoints in document order and takes the
/// first of b's still free, through hash maps, so two maps of thousands of touchpoints compare
/// in milliseconds.
fn match_touchpoints(a: &[Side<'_>], b: &[Side<'_>]) -> Vec<Option<usize>> {
    let mut partner: Vec<Option<usize>> = vec![None; a.len()];
    let mut b_taken = vec![false; b.len()];

    let mut b_by_id: HashMap<CardId, usize> = HashMap::with_capacity(b.len());
    for (j, side) in b.iter().enumerate() {
        b_by_id.entry(side.card.id).or_insert(j);
    }
    for (side, slot) in a.iter().zip(&mut partner) {
        let Some(&j) = b_by_id.get(&side.card.id) else {
            continue;
        };
        let Some(other) = b.get(j) else { continue };
        let alike =
            side.title == other.title || side.touchpoint.channel == other.touchpoint.channel;
        if alike && !b_taken[j] {
            b_taken[j] = true;
            *slot = Some(j);
        }
    }

    match_by_key(a, b, &mut partner, &mut b_taken, |side| {
        (side.title.as_str(), Some(side.touchpoint.channel))
    });
    match_by_key(a, b, &mut partner, &mut b_taken, |side| {
        (side.title.as_str(), None::<Channel>)
    });
    partner
}

/// One matching pass: each unmatched touchpoint of a takes the first free touchpoint of b with
/// the same key.
fn match_by_key<'s, 'm: 's, K: std::hash::Hash + Eq>(
    a: &'s [Side<'m>],
    b: &'s [Side<'m>],
    partner: &mut [Option<usize>],
    b_taken: &mut [bool],
    key: impl Fn(&'s Side<'m>) -> K,
) {
    // Free touchpoints of b per key, last first, so `pop` takes the first in document order.
    let mut free: HashMap<K, Vec<usize>> = HashMap::new();
    for (j, side) in b.iter().enumerate().rev() {
        if !b_taken[j] {
            free.entry(key(side)).or_default().push(j);
        }
    }
    if free.is_empty() {
        return;
    }
    for (side, slot) in a.iter().zip(partner.iter_mut()) {
        if slot.is_some() {
            continue;
        }
        if let Some(j) = free.get_mut(&key(side)).and_then(Vec::pop) {
            b_taken[j] = true;
            *slot = Some(j);
        }
    }
}

/// What differs between two matched touchpoints.
fn changes(a: &Side<'_>, b: &Side<'_>, stages: &HashSet<(StageId, StageId)>) -> Vec<Change> {
    let (ta, tb) = (a.touchpoint, b.touchpoint);
    let differs = [
        (Change::Title, a.card.title.trim() != b.card.title.trim()),
        (
            Change::Stage,
            !stages.contains(&(a.card.stage, b.card.stage)),
        ),
        (Change::Channel, ta.channel != tb.channel),
        (Change::Setting, ta.setting != tb.setting),
        (Change::Ownership, ta.ownership != tb.ownership),
        (Change::Phase, a.phase != b.phase),
        (Change::Importance, ta.importance != tb.importance),
        (Change::Performance, ta.performance != tb.performance),
        (Change::Evidence, ta.evidence != tb.evidence),
        (Change::Metrics, !same_metrics(&ta.metrics, &tb.metrics)),
    ];
    differs
        .into_iter()
        .filter_map(|(change, differs)| differs.then_some(change))
        .collect()
}

/// Whether two lists hold the same metrics, in any order, names compared as
/// [`Touchpoint::metric`] looks them up.
fn same_metrics(a: &[Metric], b: &[Metric]) -> bool {
    if a == b {
        return true;
    }
    if a.len() != b.len() {
        return false;
    }
    metric_keys(a) == metric_keys(b)
}

/// The metrics as [`same_metrics`] compares them, sorted.
fn metric_keys(metrics: &[Metric]) -> Vec<(String, &str, f64)> {
    let mut keys: Vec<(String, &str, f64)> = metrics
        .iter()
        .map(|m| (m.name.trim().to_ascii_lowercase(), m.unit.trim(), m.value))
        .collect();
    keys.sort_by(|x, y| (&x.0, x.1).cmp(&(&y.0, y.1)).then(x.2.total_cmp(&y.2)));
    keys
}

/// The scores of a map's first emotion lane.
fn emotion_scores(map: &Map) -> Option<&BTreeMap<StageId, i8>> {
    map.lanes.iter().find_map(|lane| match &lane.kind {
        LaneKind::Emotion { scores, .. } => Some(scores),
        _ => None,
    })
}

/// The emotion list: b's stages in b's order, then a's unmatched stages.
fn emotion(a: &Map, b: &Map, a_of_b: &[Option<usize>]) -> Vec<StageEmotion> {
    let scores_a = emotion_scores(a);
    let scores_b = emotion_scores(b);
    let score = |scores: Option<&BTreeMap<StageId, i8>>, stage: StageId| {
        scores.and_then(|scores| scores.get(&stage).copied())
    };
    let mut list = Vec::with_capacity(a.stages.len().max(b.stages.len()));
    let mut a_matched = vec![false; a.stages.len()];
    for (stage_b, i) in b.stages.iter().zip(a_of_b) {
        let stage_a = i.and_then(|i| {
            let stage = a.stages.get(i)?;
            if let Some(matched) = a_matched.get_mut(i) {
                *matched = true;
            }
            Some(stage.id)
        });
        list.push(StageEmotion {
            a: stage_a,
            b: Some(stage_b.id),
            title: stage_b.title.clone(),
            score_a: stage_a.and_then(|id| score(scores_a, id)),
            score_b: score(scores_b, stage_b.id),
        });
    }
    for (stage_a, _) in a.stages.iter().zip(a_matched).filter(|(_, m)| !m) {
        list.push(StageEmotion {
            a: Some(stage_a.id),
            b: None,
            title: stage_a.title.clone(),
            score_a: score(scores_a, stage_a.id),
            score_b: None,
        });
    }
    list
}

#[cfg(test)]
mod tests;
