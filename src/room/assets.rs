//! The phone page, compiled into the program: no path from a request ever reaches the disk.

/// `index.html`, `app.js` and `style.css` from `assets/room/`.
const INDEX: &str = include_str!("../../assets/room/index.html");
const SCRIPT: &str = include_str!("../../assets/room/app.js");
const STYLE: &str = include_str!("../../assets/room/style.css");

/// The page's file at `path` with its content type, or `None` for every other path.
pub fn asset(path: &str) -> Option<(&'static str, &'static str)> {
    match path {
        "/" => Some(("text/html; charset=utf-8", INDEX)),
        "/app.js" => Some(("text/javascript; charset=utf-8", SCRIPT)),
        "/style.css" => Some(("text/css; charset=utf-8", STYLE)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{INDEX, SCRIPT, asset};

    #[test]
    fn only_the_three_files_exist() {
        assert!(asset("/").is_some_and(|(_, body)| body.contains("app.js")));
        for path in [
            "/index.html",
            "/../Cargo.toml",
            "/etc/passwd",
            "/app.js/",
            "",
        ] {
            assert!(asset(path).is_none(), "{path}");
        }
    }

    /// Everything from the map or a participant goes in as text: the script has no way to
    /// parse a string as HTML or code.
    #[test]
    fn the_script_never_parses_data_as_html() {
        for banned in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ] {
            assert!(!SCRIPT.contains(banned), "{banned}");
        }
        assert!(!INDEX.contains("<script>") && !INDEX.contains(" style="));
    }

    #[test]
    fn the_page_is_small() {
        let total: usize = ["/", "/app.js", "/style.css"]
            .iter()
            .filter_map(|path| asset(path))
            .map(|(_, body)| body.len())
            .sum();
        assert!(total < 40 * 1024, "{total} bytes");
    }
}
