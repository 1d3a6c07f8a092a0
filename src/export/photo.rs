//! The persona photo as the picture needs it: a square from its middle, no larger than the
//! photo's square at the largest export scale.

use image::RgbaImage;
use image::imageops::{self, FilterType};

use super::render::MAX_SCALE;
use crate::theme;

/// Crops `photo` to a centred square and scales it down to the pixels the photo's square has
/// at [`MAX_SCALE`]. Scaling once, with a proper filter, keeps the face sharp at every scale;
/// sampling a 4000-pixel photo straight into 96 points would shimmer.
pub fn prepare_photo(photo: &RgbaImage) -> RgbaImage {
    let side = photo.width().min(photo.height());
    let left = (photo.width() - side) / 2;
    let top = (photo.height() - side) / 2;
    let square = imageops::crop_imm(photo, left, top, side, side).to_image();
    let target = (theme::PERSONA_PHOTO_SIZE * MAX_SCALE) as u32;
    if side > target {
        imageops::resize(&square, target, target, FilterType::CatmullRom)
    } else {
        square
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_photo_becomes_its_middle_square_scaled_down() {
        // Left third red, middle green, right third blue.
        let photo = RgbaImage::from_fn(1800, 600, |x, _| match x / 600 {
            0 => image::Rgba([255, 0, 0, 255]),
            1 => image::Rgba([0, 255, 0, 255]),
            _ => image::Rgba([0, 0, 255, 255]),
        });
        let square = prepare_photo(&photo);
        assert_eq!(square.dimensions(), (384, 384));
        assert_eq!(square.get_pixel(192, 192).0, [0, 255, 0, 255]);
        assert_eq!(square.get_pixel(2, 2).0, [0, 255, 0, 255]);
    }

    #[test]
    fn a_small_photo_keeps_its_pixels() {
        let photo = RgbaImage::from_pixel(50, 80, image::Rgba([9, 8, 7, 255]));
        assert_eq!(prepare_photo(&photo).dimensions(), (50, 50));
    }
}
