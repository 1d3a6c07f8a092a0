//! Slide-sized pictures: the map fitted on a 16:9 or 4:3 slide with margins on the map's own
//! background; a map too wide to read on one slide becomes a series of slides, split between
//! stages, each with the lane labels, the map's kind and title, and its number ("2 / 4").
//!
//! "Too wide to read" is measured, not guessed: a slide of 1080 pixels must give every map
//! point at least one pixel, so card titles (14 points) are at least 14 pixels high, the size of
//! a laptop's menu text. A map that would be drawn smaller than that is split. Height is not a
//! reason to split (stages are columns; lanes cannot be moved to another slide without losing
//! the row they belong to), so a very tall map is fitted by its height.

use egui::{Align2, FontId, Vec2, vec2};

use super::render::{Content, Placement, pixels, render_decorated, with_measure};
use super::stages::{StageRange, slice};
use super::{ExportError, Progress};
use crate::layout::{Band, MapLayout, TextMeasure};
use crate::model::Map;
use crate::theme;

/// The shape of a slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Aspect {
    /// 16:9, today's projectors and `PowerPoint`'s default.
    Wide,
    /// 4:3, older projectors.
    Standard,
}

impl Aspect {
    /// "16:9" or "4:3".
    pub fn label(self) -> &'static str {
        match self {
            Self::Wide => "16:9",
            Self::Standard => "4:3",
        }
    }
}

/// A slide's shape and size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SlideFormat {
    /// Its shape.
    pub aspect: Aspect,
    /// Its height in pixels; the width follows from the shape.
    pub height_px: u32,
}

/// The height of a slide at scale 1: Full HD.
const BASE_HEIGHT_PX: u32 = 1080;
/// The smallest drawing of a map on a 1080-pixel slide: pixels per map point.
const MIN_PX_PER_POINT: f32 = 1.0;
/// The largest: a map of three cards is not blown up to fill the wall.
const MAX_PX_PER_POINT: f32 = 2.0;
/// Margin around the map, as a share of the slide's height.
const MARGIN: f32 = 0.03;
/// The band under a slide of a series that holds its number, as a share of the height.
const FOOTER: f32 = 0.045;
/// The number's text height, as a share of the slide's height.
const NUMBER_SIZE: f32 = 0.022;

impl SlideFormat {
    /// 1920 × 1080.
    pub const FULL_HD: Self = Self {
        aspect: Aspect::Wide,
        height_px: BASE_HEIGHT_PX,
    };
    /// 3840 × 2160, crisp on a 4K projector.
    pub const UHD: Self = Self {
        aspect: Aspect::Wide,
        height_px: 2 * BASE_HEIGHT_PX,
    };
    /// 1440 × 1080.
    pub const STANDARD: Self = Self {
        aspect: Aspect::Standard,
        height_px: BASE_HEIGHT_PX,
    };

    /// A slide of `aspect` at `scale` (1 = 1080 pixels high, 2 = 2160).
    pub fn new(aspect: Aspect, scale: f32) -> Self {
        let height_px = (BASE_HEIGHT_PX as f32 * scale.clamp(0.25, 4.0)).round() as u32;
        Self { aspect, height_px }
    }

    /// Width and height in pixels.
    pub fn size_px(self) -> [u32; 2] {
        let width = match self.aspect {
            Aspect::Wide => self.height_px * 16 / 9,
            Aspect::Standard => self.height_px * 4 / 3,
        };
        [width, self.height_px]
    }

    /// "16:9, 3840 × 2160".
    pub fn describe(self) -> String {
        let [width, height] = self.size_px();
        format!("{}, {width} × {height}", self.aspect.label())
    }

    fn per_1080(self) -> f32 {
        self.height_px as f32 / BASE_HEIGHT_PX as f32
    }

    fn margin_px(self) -> f32 {
        (self.height_px as f32 * MARGIN).round()
    }

    fn footer_px(self, series: bool) -> f32 {
        if series {
            (self.height_px as f32 * FOOTER).round()
        } else {
            0.0
        }
    }

    /// The room for the map in pixels.
    fn room(self, series: bool) -> Vec2 {
        let [width, height] = self.size_px();
        let margin = self.margin_px();
        vec2(
            width as f32 - 2.0 * margin,
            height as f32 - 2.0 * margin - self.footer_px(series),
        )
    }
}

/// One finished slide.
#[derive(Clone, Debug)]
pub struct Slide {
    /// The picture, PNG.
    pub png: Vec<u8>,
    /// Its size in pixels.
    pub size_px: [u32; 2],
    /// The stages it shows.
    pub stages: StageRange,
    /// Its place in the series, from 1.
    pub number: usize,
    /// How many slides the series has.
    pub count: usize,
}

/// How a map goes onto slides.
#[derive(Clone, Debug, PartialEq)]
pub struct SlidePlan {
    /// The stages of each slide, in order.
    pub groups: Vec<Option<StageRange>>,
    /// The title band the slides show: all of it on a single slide, the heading on a series.
    pub band: Band,
    /// Pixels per map point, the same on every slide of the series so cards keep their size.
    pub scale: f32,
}

impl SlidePlan {
    /// Whether the map is split over several slides.
    pub fn is_series(&self) -> bool {
        self.groups.len() > 1
    }
}

/// Plans the slides of the stages `range` of `map` (all when `None`).
pub fn plan(map: &Map, format: SlideFormat, range: Option<StageRange>) -> SlidePlan {
    with_measure(|measure| plan_with(map, format, range, measure))
}

fn plan_with(
    map: &Map,
    format: SlideFormat,
    range: Option<StageRange>,
    measure: &mut dyn TextMeasure,
) -> SlidePlan {
    let min = MIN_PX_PER_POINT * format.per_1080();
    let max = MAX_PX_PER_POINT * format.per_1080();
    let range = range.or_else(|| StageRange::all(map));
    let fit = |part: &Map, band: Band, measure: &mut dyn TextMeasure, series: bool| {
        let size = MapLayout::compute_with(part, measure, band).size;
        let room = format.room(series);
        (room.x / size.x.max(1.0), room.y / size.y.max(1.0))
    };
    // Readable, or as large as the height allows anyway.
    let acceptable = |(across, down): (f32, f32)| across >= min.min(down);
    let single = |scale: (f32, f32)| SlidePlan {
        groups: vec![range],
        band: Band::Full,
        scale: scale.0.min(scale.1).min(max),
    };
    let Some(range) = range else {
        return single(fit(map, Band::Full, measure, false));
    };
    let whole = fit(&slice(map, range), Band::Full, measure, false);
    if range.count() == 1 || acceptable(whole) {
        return single(whole);
    }
    // As many stages on each slide as stay readable, left to right.
    let mut greedy = Vec::new();
    let mut first = range.first;
    while first <= range.last {
        let mut group = StageRange { first, last: first };
        while group.last < range.last {
            let wider = StageRange {
                first,
                last: group.last + 1,
            };
            if !acceptable(fit(&slice(map, wider), Band::Heading, measure, true)) {
                break;
            }
            group = wider;
        }
        greedy.push(group);
        first = group.last + 1;
    }
    // On a map with phases, slides that each hold whole phases where a phase fits on one, as
    // long as that takes at most one slide more: "before / during / after the visit" reads
    // better than a slide that ends in the middle of "during".
    if map.has_phases() {
        let mut readable =
            |group: StageRange| acceptable(fit(&slice(map, group), Band::Heading, measure, true));
        let by_phase = phase_split(map, range, &mut readable);
        if by_phase.len() <= greedy.len() + 1 {
            let fits: Vec<_> = by_phase
                .iter()
                .map(|group| fit(&slice(map, *group), Band::Heading, measure, true))
                .collect();
            return series(by_phase, &fits, max);
        }
    }
    // The same number of slides with the stages shared out evenly (10 stages: 5 + 5, not
    // 7 + 3), unless that makes a slide unreadable.
    let even = even_split(range, greedy.len());
    let mut fits = Vec::with_capacity(even.len());
    for group in &even {
        fits.push(fit(&slice(map, *group), Band::Heading, measure, true));
    }
    let (groups, fits) = if fits.iter().all(|fit| acceptable(*fit)) {
        (even, fits)
    } else {
        let fits = greedy
            .iter()
            .map(|group| fit(&slice(map, *group), Band::Heading, measure, true))
            .collect();
        (greedy, fits)
    };
    series(groups, &fits, max)
}

/// The plan of a series of `groups`, each fitted as `fits` says, at most `max` pixels a point.
fn series(groups: Vec<StageRange>, fits: &[(f32, f32)], max: f32) -> SlidePlan {
    let scale = fits
        .iter()
        .fold(max, |scale, (across, down)| scale.min(*across).min(*down));
    SlidePlan {
        groups: groups.into_iter().map(Some).collect(),
        band: Band::Heading,
        scale,
    }
}

/// `range` cut into slides at phase boundaries: whole phases (and stages in no phase, one by
/// one) go onto a slide left to right while it stays `readable`; a phase too wide for a slide
/// of its own is cut between its stages.
fn phase_split(
    map: &Map,
    range: StageRange,
    readable: &mut dyn FnMut(StageRange) -> bool,
) -> Vec<StageRange> {
    // The pieces that should not be cut: each phase's stages within the range, and each stage
    // in no phase on its own.
    let mut units: Vec<StageRange> = Vec::new();
    for run in map.phase_runs() {
        let first = run.stages.start.max(range.first);
        let last = run.stages.end.saturating_sub(1).min(range.last);
        if first > last {
            continue;
        }
        if run.phase.is_some() {
            units.push(StageRange { first, last });
        } else {
            units.extend((first..=last).map(|stage| StageRange {
                first: stage,
                last: stage,
            }));
        }
    }
    let mut groups: Vec<StageRange> = Vec::new();
    for unit in units {
        if let Some(current) = groups.last_mut() {
            let wider = StageRange {
                first: current.first,
                last: unit.last,
            };
            if readable(wider) {
                *current = wider;
                continue;
            }
        }
        if readable(unit) {
            groups.push(unit);
            continue;
        }
        // Too wide for one slide: its stages as many to a slide as stay readable.
        let mut first = unit.first;
        while first <= unit.last {
            let mut group = StageRange { first, last: first };
            while group.last < unit.last {
                let wider = StageRange {
                    first,
                    last: group.last + 1,
                };
                if !readable(wider) {
                    break;
                }
                group = wider;
            }
            groups.push(group);
            first = group.last + 1;
        }
    }
    groups
}

/// `range` cut into `count` runs whose lengths differ by at most one, longer ones first.
fn even_split(range: StageRange, count: usize) -> Vec<StageRange> {
    let count = count.clamp(1, range.count());
    let (base, extra) = (range.count() / count, range.count() % count);
    let mut first = range.first;
    (0..count)
        .map(|index| {
            let len = base + usize::from(index < extra);
            let group = StageRange {
                first,
                last: first + len - 1,
            };
            first += len;
            group
        })
        .collect()
}

/// What goes on the slides besides the map.
#[derive(Clone, Copy, Default)]
pub struct Extras<'a> {
    /// The persona's photo, decoded.
    pub photo: Option<&'a image::RgbaImage>,
    /// Heat colouring of the touchpoint cards.
    pub heat: Option<&'a crate::analysis::Heat>,
}

/// Renders the slides of the stages `range` of `map` (all when `None`) as PNG pictures,
/// reporting to `progress` after each and stopping when it is cancelled.
pub fn render_slides(
    map: &Map,
    format: SlideFormat,
    range: Option<StageRange>,
    extras: Extras<'_>,
    progress: &Progress,
) -> Result<Vec<Slide>, ExportError> {
    let plan = plan(map, format, range);
    let count = plan.groups.len();
    // Planning, then rendering and encoding each slide.
    let steps = 1 + 2 * count;
    progress.set(1, steps);
    progress.check()?;
    let mut slides = Vec::with_capacity(count);
    for (index, group) in plan.groups.iter().enumerate() {
        let number = index + 1;
        let part = group.map_or_else(|| map.clone(), |group| slice(map, group));
        let image = render_slide(&part, format, &plan, extras, (number, count))?;
        progress.set(2 * number, steps);
        progress.check()?;
        let png = super::png::encode_png(&image)?;
        slides.push(Slide {
            png,
            size_px: format.size_px(),
            stages: group.unwrap_or(StageRange { first: 0, last: 0 }),
            number,
            count,
        });
        progress.set(1 + 2 * number, steps);
        progress.check()?;
    }
    Ok(slides)
}

/// Renders one slide: `part` of the map centred in the room, its number under it on a series.
fn render_slide(
    part: &Map,
    format: SlideFormat,
    plan: &SlidePlan,
    extras: Extras<'_>,
    (number, count): (usize, usize),
) -> Result<image::RgbaImage, ExportError> {
    let series = plan.is_series();
    let scale = plan.scale;
    let [width, height] = format.size_px();
    // A hair less than the slide, so rounding up to whole pixels lands on its exact size.
    let size = vec2(width as f32 - 0.01, height as f32 - 0.01) / scale;
    let margin = format.margin_px();
    let room = format.room(series);
    let content = Content {
        map: part,
        band: plan.band,
        photo: if plan.band == Band::Full {
            extras.photo
        } else {
            None
        },
        heat: extras.heat,
    };
    let (_, canvas) = render_decorated(content, scale, |layout| {
        let (map_width, map_height) = pixels(layout.size, scale);
        // Whole pixels, so lines stay as crisp as in the PNG of the whole map.
        let left = margin + ((room.x - map_width as f32) / 2.0).max(0.0).round();
        let top = margin + ((room.y - map_height as f32) / 2.0).max(0.0).round();
        let placement = Placement {
            size,
            offset: vec2(left, top) / scale,
            background: Some(theme::BACKGROUND),
        };
        let text = format!("{number} / {count}");
        let corner = (vec2(width as f32 - margin, height as f32 - margin) / scale).to_pos2();
        let font = FontId::proportional(height as f32 * NUMBER_SIZE / scale);
        let number_painter = move |painter: &egui::Painter| {
            if series {
                painter.text(corner, Align2::RIGHT_BOTTOM, text, font, theme::TEXT_MUTED);
            }
        };
        Ok((placement, number_painter))
    })?;
    Ok(canvas.into_unmultiplied_image())
}

#[cfg(test)]
mod tests;
