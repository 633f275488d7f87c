/// The most any one input file may ask of a build. Trainers' files come from many hands, so no
/// single file may make a build slow or large: each limit is checked before the text reaches the
/// library that would suffer from it (Yams for front matter, cmark-gfm for Markdown), and breaking
/// one is an error at the place in the file where the limit is crossed. docs/FORMAT.md explains
/// each limit and why it is set where it is.
public enum InputLimits {
    /// Bytes of one content file or of `kennisbank.yml` (the largest real page is under 10 KB).
    public static let maxFileBytes = 1_000_000
    /// Levels of nesting in front matter; a quiz needs five (questions, a question, answers, an answer).
    public static let maxFrontMatterNesting = 20
    /// Levels of block quotes, list items and footnote definitions inside each other in Markdown.
    public static let maxBlockNesting = 32
    /// '[' that are open at once in one paragraph of Markdown.
    public static let maxOpenBrackets = 1_000
    /// Cells in one row of a Markdown table.
    public static let maxTableColumns = 128
    /// Levels of the parsed Markdown tree (blocks and inline emphasis, links and images together).
    public static let maxTreeDepth = 100
    /// Bytes that link reference definitions may copy into the links that use them, per text.
    public static let maxReferenceExpansion = 1_000_000
    /// 'Did you mean' look-ups for the mistakes of one file (five times what a report shows in
    /// full by default); later mistakes in the file get no suggestion (see `SuggestionBudget`).
    public static let maxSuggestionsPerFile = 1_000

    // Work budgets for the places where cmark-gfm 0.29.0.gfm.6 (Debian's) takes more than linear
    // time; each is counted in the units that its cost grows with, per Markdown text, and is far
    // above what any real page needs (docs/FORMAT.md has the measurements).

    /// Sum over ']' of the '[' opened before it in the same paragraph (cmark-gfm scans the open
    /// brackets for every link it closes: CVE-2023-22486).
    public static let maxBracketWork = 20_000_000
    /// Sum over paragraphs of (number of '@', at most 1,000) x (paragraph bytes): the e-mail
    /// autolinker scans to the end of the text from every '@'.
    public static let maxEmailWork = 20_000_000
    /// Sum over possible table header rows of (lines x bytes + '|' squared) of the paragraph before
    /// it: cmark-gfm parses the whole paragraph as a header row each time.
    public static let maxTableHeaderWork = 20_000_000

    /// `1234567` as `1,234,567`, for messages about sizes.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
