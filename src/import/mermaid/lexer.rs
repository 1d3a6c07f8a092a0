//! Mermaid's journey lexer, rule for rule (`journey.jison`, case-insensitive): at each position
//! the first rule that matches wins, as in Jison without its `flex` option. Following the rules
//! exactly is what makes the importer accept and refuse the same files as Mermaid, including
//! the surprising cases: a task named "Title page" is read as a title, a `#` starts a comment,
//! a `;` is no character of the grammar at all.

use super::source::is_space;

/// What the lexer found.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// The `journey` keyword.
    Journey,
    /// `title …`, with the text after `title `.
    Title(String),
    /// `accTitle: …`, with the text.
    AccTitle(String),
    /// `accDescr: …`, with the text.
    AccDescr(String),
    /// `accDescr { … }`, with the text between the braces.
    AccDescrBlock(String),
    /// `section …`, with the text after `section `.
    Section(String),
    /// A task's name: text up to `:`, `#`, `;` or the line's end.
    TaskName(String),
    /// `:` and what follows it up to `#`, `;` or the line's end: a task's score and actors.
    TaskData(String),
    /// A `:` with nothing after it on the line.
    Colon,
    /// One or more line breaks.
    Newline,
    /// A character no rule takes (a `;`).
    Invalid(char),
    /// An `accDescr {` never closed with `}`.
    Unclosed,
}

/// A token and the position (index in characters) it starts at.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What it is.
    pub tok: Tok,
    /// Where it starts.
    pub pos: usize,
}

/// The tokens of a diagram, with whether a `#` comment cut a line after some text (the lines,
/// by position of the `#`).
pub fn tokens(text: &[char]) -> (Vec<Token>, Vec<usize>) {
    let mut lexer = Lexer {
        text,
        pos: 0,
        tokens: Vec::new(),
        hash_cuts: Vec::new(),
    };
    lexer.run();
    (lexer.tokens, lexer.hash_cuts)
}

struct Lexer<'a> {
    text: &'a [char],
    pos: usize,
    tokens: Vec<Token>,
    hash_cuts: Vec<usize>,
}

impl Lexer<'_> {
    fn at(&self, index: usize) -> Option<char> {
        self.text.get(index).copied()
    }

    fn run(&mut self) {
        while self.pos < self.text.len() {
            let start = self.pos;
            if let Some(tok) = self.next_token() {
                let stop = matches!(tok, Tok::Unclosed);
                self.tokens.push(Token { tok, pos: start });
                if stop {
                    return;
                }
            }
            if self.pos == start {
                // Every rule consumes at least one character; never loop in place.
                self.pos += 1;
            }
        }
    }

    /// Counts characters from `from` while `keep` holds.
    fn span(&self, from: usize, keep: impl Fn(char) -> bool) -> usize {
        self.text
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| keep(**c))
            .count()
    }

    /// The position just past `word` at `from`, ignoring ASCII case.
    fn word(&self, from: usize, word: &str) -> Option<usize> {
        let mut index = from;
        for expected in word.chars() {
            if !self.at(index)?.eq_ignore_ascii_case(&expected) {
                return None;
            }
            index += 1;
        }
        Some(index)
    }

    /// The text from `from` to `to`.
    fn text(&self, from: usize, to: usize) -> String {
        self.text.get(from..to).unwrap_or_default().iter().collect()
    }

    /// The position of the end of the line (the `\n` or the end of the text).
    fn line_end(&self, from: usize) -> usize {
        from + self.span(from, |c| c != '\n')
    }

    #[allow(clippy::too_many_lines)]
    fn next_token(&mut self) -> Option<Tok> {
        let p = self.pos;
        let c = self.at(p)?;
        // \%%(?!\{)[^\n]*   and   [^\}]\%\%[^\n]*
        if c == '%' && self.at(p + 1) == Some('%') && self.at(p + 2) != Some('{') {
            self.pos = self.line_end(p);
            return None;
        }
        if c != '}' && self.at(p + 1) == Some('%') && self.at(p + 2) == Some('%') {
            self.pos = self.line_end(p + 1);
            return None;
        }
        // [\n]+
        if c == '\n' {
            self.pos = p + self.span(p, |c| c == '\n');
            return Some(Tok::Newline);
        }
        // \s+
        if is_space(c) {
            self.pos = p + self.span(p, is_space);
            return None;
        }
        // \#[^\n]*
        if c == '#' {
            if self.tokens.last().is_some_and(|token| {
                !matches!(token.tok, Tok::Newline) && !self.newline_between(token.pos, p)
            }) {
                self.hash_cuts.push(p);
            }
            self.pos = self.line_end(p);
            return None;
        }
        if let Some(end) = self.word(p, "journey") {
            self.pos = end;
            return Some(Tok::Journey);
        }
        // "title"\s[^#\n;]+
        if let Some(end) = self.word(p, "title")
            && self.at(end).is_some_and(is_space)
        {
            let len = self.span(end + 1, |c| !matches!(c, '#' | '\n' | ';'));
            if len > 0 {
                self.pos = end + 1 + len;
                return Some(Tok::Title(self.text(end + 1, self.pos)));
            }
        }
        // accTitle\s*":"\s*  then  [^\n]*
        if let Some(end) = self.word(p, "acctitle")
            && let Some(value) = self.after_colon(end)
        {
            let stop = self.line_end(value);
            self.pos = stop;
            return Some(Tok::AccTitle(self.text(value, stop)));
        }
        if let Some(end) = self.word(p, "accdescr") {
            if let Some(value) = self.after_colon(end) {
                let stop = self.line_end(value);
                self.pos = stop;
                return Some(Tok::AccDescr(self.text(value, stop)));
            }
            // accDescr\s*"{"\s*  then  [^\}]*  and  [\}]
            let brace = end + self.span(end, is_space);
            if self.at(brace) == Some('{') {
                let value = brace + 1 + self.span(brace + 1, is_space);
                let len = self.span(value, |c| c != '}');
                if self.at(value + len).is_none() {
                    self.pos = self.text.len();
                    return Some(Tok::Unclosed);
                }
                self.pos = value + len + 1;
                return Some(Tok::AccDescrBlock(self.text(value, value + len)));
            }
        }
        // "section"\s[^#:\n;]+
        if let Some(end) = self.word(p, "section")
            && self.at(end).is_some_and(is_space)
        {
            let len = self.span(end + 1, |c| !matches!(c, '#' | ':' | '\n' | ';'));
            if len > 0 {
                self.pos = end + 1 + len;
                return Some(Tok::Section(self.text(end + 1, self.pos)));
            }
        }
        // [^#:\n;]+
        let len = self.span(p, |c| !matches!(c, '#' | ':' | '\n' | ';'));
        if len > 0 {
            self.pos = p + len;
            return Some(Tok::TaskName(self.text(p, self.pos)));
        }
        if c == ':' {
            // ":"[^#\n;]+   and   ":"
            let len = self.span(p + 1, |c| !matches!(c, '#' | '\n' | ';'));
            self.pos = p + 1 + len;
            if len > 0 {
                return Some(Tok::TaskData(self.text(p, self.pos)));
            }
            return Some(Tok::Colon);
        }
        self.pos = p + 1;
        Some(Tok::Invalid(c))
    }

    /// After `accTitle`/`accDescr` at `end`: the start of the value if `\s*:\s*` follows.
    fn after_colon(&self, end: usize) -> Option<usize> {
        let colon = end + self.span(end, is_space);
        (self.at(colon) == Some(':')).then(|| colon + 1 + self.span(colon + 1, is_space))
    }

    fn newline_between(&self, from: usize, to: usize) -> bool {
        self.text
            .get(from..to)
            .is_some_and(|chars| chars.contains(&'\n'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> Vec<Tok> {
        let chars: Vec<char> = text.chars().collect();
        tokens(&chars).0.into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn a_task_line_is_a_name_and_its_data() {
        assert_eq!(
            lex("journey\n  Make tea: 5: Me, Cat\n"),
            [
                Tok::Journey,
                Tok::Newline,
                Tok::TaskName("Make tea".into()),
                Tok::TaskData(": 5: Me, Cat".into()),
                Tok::Newline
            ]
        );
    }

    #[test]
    fn keywords_win_over_task_names_in_any_case() {
        assert_eq!(
            lex("Title page: 3"),
            [Tok::Title("page: 3".into())],
            "Mermaid reads this as a title"
        );
        assert_eq!(
            lex("Section A: 3"),
            [Tok::Section("A".into()), Tok::TaskData(": 3".into())]
        );
        assert_eq!(lex("titles: 3")[0], Tok::TaskName("titles".into()));
    }

    #[test]
    fn hash_starts_a_comment_and_semicolon_is_invalid() {
        assert_eq!(lex("Pay #1: 5"), [Tok::TaskName("Pay ".into())]);
        assert_eq!(
            lex("Pay; 5"),
            [
                Tok::TaskName("Pay".into()),
                Tok::Invalid(';'),
                Tok::TaskName("5".into())
            ]
        );
        assert_eq!(lex("A: %% x\nB")[1], Tok::TaskData(": %% x".into()));
        assert_eq!(lex("x%% comment"), Vec::<Tok>::new());
    }

    #[test]
    fn descriptions_take_the_rest_of_the_line_or_the_braces() {
        assert_eq!(
            lex("accDescr: a; #b\naccTitle :t"),
            [
                Tok::AccDescr("a; #b".into()),
                Tok::Newline,
                Tok::AccTitle("t".into())
            ]
        );
        assert_eq!(
            lex("accDescr {\n  one\n  two\n}"),
            [Tok::AccDescrBlock("one\n  two\n".into())]
        );
        assert_eq!(lex("accDescr { open"), [Tok::Unclosed]);
    }
}
