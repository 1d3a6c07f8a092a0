use super::*;
use crate::model::sample::synthetic_map;

fn example(name: &str) -> Map {
    let path = format!("{}/assets/examples/{name}.ron", env!("CARGO_MANIFEST_DIR"));
    crate::file::load(std::path::Path::new(&path)).expect("example")
}

fn decode(slide: &Slide) -> image::RgbaImage {
    image::load_from_memory(&slide.png)
        .expect("a PNG")
        .into_rgba8()
}

/// How many runs of the stage-header colour a row of pixels crosses: one per stage shown.
fn header_runs(image: &image::RgbaImage, y: u32) -> usize {
    let header = theme::STAGE_HEADER.to_array();
    let mut runs = 0;
    let mut inside = false;
    for x in 0..image.width() {
        let pixel = image.get_pixel(x, y).0;
        let is_header = pixel == header;
        if is_header && !inside {
            runs += 1;
        }
        inside = is_header;
    }
    runs
}

/// The first row, from the top, that crosses stage headers.
fn header_row(image: &image::RgbaImage) -> Option<u32> {
    (0..image.height()).find(|&y| header_runs(image, y) > 0)
}

#[test]
fn slide_sizes_follow_the_shape() {
    assert_eq!(SlideFormat::FULL_HD.size_px(), [1920, 1080]);
    assert_eq!(SlideFormat::UHD.size_px(), [3840, 2160]);
    assert_eq!(SlideFormat::STANDARD.size_px(), [1440, 1080]);
    assert_eq!(SlideFormat::new(Aspect::Wide, 2.0), SlideFormat::UHD);
    assert_eq!(SlideFormat::UHD.describe(), "16:9, 3840 × 2160");
}

#[test]
fn a_map_that_fits_is_one_slide_with_its_whole_title_band() {
    let map = example("fitness-studio-current-state");
    let plan = plan(&map, SlideFormat::FULL_HD, None);
    assert_eq!(plan.groups.len(), 1, "{plan:?}");
    assert_eq!(plan.band, Band::Full);
    let slides = render_slides(
        &map,
        SlideFormat::FULL_HD,
        None,
        Extras::default(),
        &Progress::new(),
    )
    .expect("slides");
    assert_eq!(slides.len(), 1);
    let image = decode(&slides[0]);
    assert_eq!(image.dimensions(), (1920, 1080));
    let row = header_row(&image).expect("stage headers on the slide");
    assert_eq!(header_runs(&image, row + 4), map.stages.len());
    // The slide's margin is the map's background, on every side.
    let background = theme::BACKGROUND.to_array();
    for (x, y) in [(0, 0), (1919, 0), (0, 1079), (1919, 1079), (960, 2)] {
        assert_eq!(image.get_pixel(x, y).0, background, "at {x}, {y}");
    }
}

#[test]
fn a_wide_map_becomes_a_numbered_series_split_between_stages() {
    // Ten stages of a few cards each: wide, not tall.
    let map = synthetic_map(60);
    let format = SlideFormat::FULL_HD;
    let plan = plan(&map, format, None);
    assert!(plan.is_series(), "{plan:?}");
    assert_eq!(plan.band, Band::Heading);
    // The groups cover every stage once, in order.
    let groups: Vec<StageRange> = plan.groups.iter().map(|g| g.expect("a range")).collect();
    assert_eq!(groups[0].first, 0);
    assert_eq!(groups.last().map(|g| g.last), Some(map.stages.len() - 1));
    for pair in groups.windows(2) {
        assert_eq!(pair[1].first, pair[0].last + 1);
    }
    let progress = Progress::new();
    let slides = render_slides(&map, format, None, Extras::default(), &progress).expect("slides");
    assert_eq!(progress.per_mille(), 1000);
    assert_eq!(slides.len(), groups.len());
    for (slide, group) in slides.iter().zip(&groups) {
        let image = decode(slide);
        assert_eq!(image.dimensions(), (1920, 1080));
        let row = header_row(&image).expect("stage headers");
        assert_eq!(
            header_runs(&image, row + 4),
            group.count(),
            "slide {}",
            slide.number
        );
        assert_eq!(slide.count, groups.len());
        // The number sits in the bottom-right corner, nothing of the map does.
        let corner = (1700..1890).flat_map(|x| (1010..1060).map(move |y| (x, y)));
        let background = theme::BACKGROUND.to_array();
        assert!(
            corner
                .into_iter()
                .any(|(x, y)| image.get_pixel(x, y).0 != background),
            "slide {} shows its number",
            slide.number
        );
    }
}

#[test]
fn a_stage_range_shows_only_those_stages() {
    let map = example("fitness-studio-current-state");
    let range = StageRange { first: 2, last: 3 };
    let slides = render_slides(
        &map,
        SlideFormat::STANDARD,
        Some(range),
        Extras::default(),
        &Progress::new(),
    )
    .expect("slides");
    assert_eq!(slides.len(), 1);
    let image = decode(&slides[0]);
    assert_eq!(image.dimensions(), (1440, 1080));
    let row = header_row(&image).expect("stage headers");
    assert_eq!(header_runs(&image, row + 4), 2);
}

#[test]
fn a_cancelled_export_stops() {
    let progress = Progress::new();
    progress.cancel();
    let result = render_slides(
        &synthetic_map(40),
        SlideFormat::FULL_HD,
        None,
        Extras::default(),
        &progress,
    );
    assert!(matches!(result, Err(ExportError::Cancelled)));
}

#[test]
fn stages_are_shared_out_evenly() {
    let runs = |range, count| {
        even_split(range, count)
            .iter()
            .map(|group: &StageRange| group.count())
            .collect::<Vec<_>>()
    };
    let ten = StageRange { first: 0, last: 9 };
    assert_eq!(runs(ten, 2), [5, 5]);
    assert_eq!(runs(ten, 3), [4, 3, 3]);
    assert_eq!(runs(StageRange { first: 2, last: 4 }, 5), [1, 1, 1]);
    assert_eq!(even_split(StageRange { first: 2, last: 4 }, 1)[0].first, 2);
}

#[test]
fn a_series_splits_at_phase_boundaries_and_each_slide_shows_its_band() {
    use crate::model::{Phase, PhaseColour, PhaseId};
    // Ten stages: shared out evenly they would be 5 + 5, cutting the second phase.
    let mut map = synthetic_map(60);
    map.phases = vec![
        Phase::new(PhaseId(1), "Before"),
        Phase {
            colour: PhaseColour::Sky,
            ..Phase::new(PhaseId(2), "During and after")
        },
    ];
    for (index, stage) in map.stages.iter_mut().enumerate() {
        stage.in_phase = Some(PhaseId(if index < 4 { 1 } else { 2 }));
    }
    let format = SlideFormat::FULL_HD;
    let plan = plan(&map, format, None);
    let groups: Vec<StageRange> = plan.groups.iter().map(|g| g.expect("a range")).collect();
    assert_eq!(
        groups,
        [
            StageRange { first: 0, last: 3 },
            StageRange { first: 4, last: 9 }
        ],
        "one phase a slide"
    );
    let slides =
        render_slides(&map, format, None, Extras::default(), &Progress::new()).expect("slides");
    for (slide, colour) in slides.iter().zip([PhaseColour::Sand, PhaseColour::Sky]) {
        let image = decode(slide);
        let tint = theme::phase_tint(colour).to_array();
        let row = header_row(&image).expect("stage headers");
        let band: Vec<u32> = (0..row)
            .filter(|&y| image.get_pixel(960, y).0 == tint)
            .collect();
        assert!(
            !band.is_empty(),
            "slide {} shows its phase's band",
            slide.number
        );
    }

    // Without phases the same map is shared out evenly.
    let plain = super::plan(&synthetic_map(60), format, None);
    let sizes: Vec<usize> = plain
        .groups
        .iter()
        .map(|g| g.expect("a range").count())
        .collect();
    assert_eq!(sizes, [5, 5]);
}
