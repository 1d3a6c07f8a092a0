//! The Mermaid blocks of a Markdown file: fenced code blocks (```` ``` ```` or `~~~`, at most
//! three spaces in) whose info string is `mermaid`, as GitHub and GitLab draw them. A block left
//! open runs to the end of the file, as `CommonMark` has it.

/// A Mermaid block: its text and the file's line of its first line (1-based).
#[derive(Debug, PartialEq, Eq)]
pub struct Block {
    /// The lines between the fences.
    pub text: String,
    /// The line after the opening fence.
    pub first_line: usize,
}

/// An opening fence: its character, its length, and its info string's first word.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let c = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = rest.chars().take_while(|x| *x == c).count();
    if len < 3 {
        return None;
    }
    let info = rest[len..].trim();
    if c == '`' && info.contains('`') {
        return None;
    }
    Some((c, len, info.split_whitespace().next().unwrap_or("")))
}

/// Whether `text` has a Mermaid block, so it is read as Markdown rather than as a diagram.
pub fn has_mermaid_block(text: &str) -> bool {
    text.lines()
        .any(|line| fence(line).is_some_and(|(_, _, info)| info.eq_ignore_ascii_case("mermaid")))
}

/// Every Mermaid block, in order.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = text.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        let Some((c, len, info)) = fence(line) else {
            continue;
        };
        let mermaid = info.eq_ignore_ascii_case("mermaid");
        let mut body = Vec::new();
        let mut first_line = None;
        for (index, line) in lines.by_ref() {
            let trimmed = line.trim();
            let closes = line.len() - line.trim_start_matches(' ').len() <= 3
                && trimmed.chars().count() >= len
                && trimmed.chars().all(|x| x == c);
            if closes {
                break;
            }
            first_line.get_or_insert(index + 1);
            body.push(line);
        }
        if mermaid {
            blocks.push(Block {
                text: body.join("\n"),
                first_line: first_line.unwrap_or(1),
            });
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_mermaid_blocks_with_their_lines_and_skips_other_code() {
        let text = "# Notes\n\n```rust\nfn main() {}\n```\n\n```mermaid\njourney\n  A: 3\n```\n\n~~~~ Mermaid\nflowchart LR\n~~~~\n";
        let found = blocks(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            Block {
                text: "journey\n  A: 3".into(),
                first_line: 8
            }
        );
        assert_eq!(found[1].first_line, 13);
        assert!(has_mermaid_block(text));
        assert!(!has_mermaid_block("journey\n  A: 3"));
    }
}
