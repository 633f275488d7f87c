import SiteModel

/// Turns a YAML error of Yams (libyaml's parser words and a position that is often a line late)
/// into a diagnostic that names the cause the way a trainer can fix it: a tab, an indentation
/// that differs from the lines it belongs with, a missing space after a colon, a text with ': ' or
/// a special first character that needs quotes, a quote that is never closed. Each comes with the
/// line above for context and, where the fix is clear, the exact text to write instead.
struct YAMLDiagnosis {
    let lines: [YAMLLine]
    let file: String
    /// File lines before the YAML's first line.
    let lineOffset: Int
    let context: Phrase
    /// Per line: true inside a `|` or `>` block, whose lines are text, not YAML.
    private let inBlockScalar: [Bool]

    init(yaml: String, file: String, lineOffset: Int, context: Phrase) {
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(YAMLLine.init)
        self.file = file
        self.lineOffset = lineOffset
        self.context = context
        var inside = [Bool](repeating: false, count: lines.count)
        var blockIndent: Int?
        for (index, line) in lines.enumerated() {
            if let indent = blockIndent {
                if line.content.isEmpty || line.indent > indent { inside[index] = true; continue }
                blockIndent = nil
            }
            if line.opensBlock && !line.content.hasSuffix(":") { blockIndent = line.keyColumn }
        }
        inBlockScalar = inside
    }

    /// The diagnostic for an error Yams reported at 1-based `line` and `column` of the YAML text.
    func diagnostic(line: Int, column: Int, problem: String) -> Diagnostic {
        guard !lines.isEmpty else { return fallback(line: line, column: column, problem: problem) }
        let last = min(max(line - 1, 0), lines.count - 1)
        let candidates = (0...last).filter { !inBlockScalar[$0] && !lines[$0].isBlank }
        for index in candidates where lines[index].leading.contains("\t") {
            let tab = lines[index].leading.prefix { $0 == " " }.count + 1
            return .error(location(index, column: tab), .yamlTab(), hint: .yamlTabHint(spaces: expectedIndent(of: index)),
                          fix: Fix(replacing: String(lines[index].leading), with: spaces(expectedIndent(of: index)))).withLineAbove()
        }
        // A quote left open runs on into the next lines until the next quote, and the error comes
        // there (or at the end of the text): the open quote is the cause, on the lines just above.
        let nearby = problem.contains("quoted scalar") ? candidates : candidates.filter { $0 >= last - 3 }
        if let diagnostic = unclosedQuote(in: nearby) { return diagnostic }
        for index in candidates {
            if let (key, column) = lines[index].keyWithoutSpace {
                return .error(location(index, column: column - key.count), .yamlMissingSpace(key), hint: .yamlMissingSpaceHint(key),
                              fix: Fix(replacing: key + ":", with: key + ": ")).withLineAbove()
            }
        }
        if let diagnostic = specialStart(at: last) ?? indentation(at: last) ?? colonInValue(at: last) { return diagnostic }
        if last > 0, let diagnostic = specialStart(at: last - 1) ?? colonInValue(at: last - 1) { return diagnostic }
        return fallback(line: line, column: column, problem: problem)
    }

    // MARK: Causes

    private func unclosedQuote(in candidates: [Int]) -> Diagnostic? {
        for index in candidates {
            guard let (_, value, column) = lines[index].keyValue, let quote = value.first, quote == "\"" || quote == "'" else { continue }
            if Self.closingQuote(of: value) == nil {
                let text = String(value).trimmingWhitespaces()
                return .error(location(index, column: column), .yamlUnclosedQuote(String(quote)),
                              hint: .yamlUnclosedQuoteHint(String(quote)),
                              fix: Fix(replacing: text, with: text + String(quote))).withLineAbove()
            }
        }
        return nil
    }

    /// A value that starts with a character YAML reads as syntax and then goes on as text.
    private func specialStart(at index: Int) -> Diagnostic? {
        guard !inBlockScalar[index], let (_, value, column) = lines[index].keyValue, let first = value.first else { return nil }
        var special = false
        switch first {
        case "@", "`", "%", "!", "*", "&": special = true
        case "[", "{": special = true
        case "|", ">": special = !lines[index].opensBlock
        case "\"", "'":
            if let close = Self.closingQuote(of: value) {
                let after = value[value.index(after: close)...].drop { $0 == " " }
                special = !after.isEmpty && !after.hasPrefix("#")
            }
        default: break
        }
        guard special else { return nil }
        return quoting(index, value: value, column: column, message: .yamlLeadingSpecial(String(first)))
    }

    /// An unquoted value with ': ' in it, which YAML reads as a second key on the line.
    private func colonInValue(at index: Int) -> Diagnostic? {
        guard !inBlockScalar[index], let (key, value, column) = lines[index].keyValue, let first = value.first,
              !"\"'[{|>".contains(first) else { return nil }
        let text = value.split(separator: " #").first.map(String.init) ?? String(value)
        guard text.contains(": ") || text.trimmingWhitespaces().hasSuffix(":") else { return nil }
        return quoting(index, value: value, column: column, message: .yamlColonInValue(key))
    }

    private func quoting(_ index: Int, value: Substring, column: Int, message: Message) -> Diagnostic {
        let text = String(value).trimmingWhitespaces()
        let quoted = "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        return .error(location(index, column: column), message, hint: .yamlQuoteHint(),
                      fix: Fix(replacing: text, with: quoted)).withLineAbove()
    }

    /// A list item, or a key, that does not line up with the lines it belongs with.
    private func indentation(at index: Int) -> Diagnostic? {
        let line = lines[index]
        if line.isListItem {
            let items = listItems(around: index)
            var counts: [Int: Int] = [:]
            for item in items { counts[lines[item].indent, default: 0] += 1 }
            guard counts.count > 1, let first = items.first else { return nil }
            let best = counts.values.max()!
            let tied = Set(counts.filter { $0.value == best }.keys)
            // A tie (two items) goes to the usual place below the key that opens the list: two
            // spaces further, or level with it; else to the first item.
            let parent = (0..<first).last { !lines[$0].isBlank && !lines[$0].isListItem && lines[$0].indent <= lines[first].indent }
            let usual = parent.map { [lines[$0].keyColumn + 2, lines[$0].keyColumn] } ?? []
            let reference = tied.count == 1 ? tied.first! : usual.first { tied.contains($0) } ?? lines[first].indent
            guard let wrong = items.first(where: { lines[$0].indent != reference }) else { return nil }
            return realign(wrong, to: reference, message: .yamlListDepth(this: lines[wrong].indent, others: reference),
                           hint: .yamlListDepthHint(others: reference))
        }
        guard let above = (0..<index).last(where: { !lines[$0].isBlank && !inBlockScalar[$0] }) else { return nil }
        let reference = lines[above].keyColumn
        guard !lines[above].opensBlock, line.indent != reference, line.keyValue != nil else { return nil }
        return realign(index, to: reference, message: .yamlIndentation(this: line.indent, above: reference),
                       hint: .yamlIndentationHint(above: reference))
    }

    private func realign(_ index: Int, to indent: Int, message: Message, hint: Message) -> Diagnostic {
        .error(location(index, column: lines[index].indent + 1), message, hint: hint,
               fix: Fix(replacing: lines[index].text, with: spaces(indent) + lines[index].content)).withLineAbove()
    }

    /// The list items next to `index` that belong to the same list: up and down over items,
    /// their continuation lines (indented further) and blank lines.
    private func listItems(around index: Int) -> [Int] {
        let lowest = max(lines[index].indent - 3, 0)
        func belongs(_ other: Int) -> Bool {
            let line = lines[other]
            return line.isBlank || inBlockScalar[other] || line.indent > lines[index].indent + 3
                || (line.isListItem && line.indent >= lowest) || (!line.isListItem && line.indent > lowest + 1)
        }
        var start = index, end = index
        while start > 0, belongs(start - 1) { start -= 1 }
        while end + 1 < lines.count, belongs(end + 1) { end += 1 }
        return (start...end).filter { lines[$0].isListItem && abs(lines[$0].indent - lines[index].indent) <= 3 }
    }

    private func fallback(line: Int, column: Int, problem: String) -> Diagnostic {
        let index = min(max(line - 1, 0), max(lines.count - 1, 0))
        return .error(SourceLocation(file: file, line: index + 1 + lineOffset, column: max(column, 1)),
                      .yamlInvalid(context, problem: problem), hint: .yamlInvalidHint()).withLineAbove()
    }

    // MARK: Helpers

    private func location(_ index: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: index + 1 + lineOffset, column: column)
    }

    /// How far a line at `index` probably should be indented: like the list item or key above, or
    /// two further when that line opens a block.
    private func expectedIndent(of index: Int) -> Int {
        guard let above = (0..<index).last(where: { !lines[$0].isBlank }) else { return 0 }
        if lines[above].opensBlock { return lines[above].keyColumn + 2 }
        return lines[index].content.hasPrefix("-") && lines[above].isListItem ? lines[above].indent : lines[above].keyColumn
    }

    private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    /// The quote that closes the quoted text `value` starts with, on the same line.
    static func closingQuote(of value: Substring) -> Substring.Index? {
        guard let quote = value.first else { return nil }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if quote == "\"" && character == "\\" {
                index = value.index(after: index)
                if index < value.endIndex { index = value.index(after: index) }
                continue
            }
            if character == quote {
                let next = value.index(after: index)
                if quote == "'" && next < value.endIndex && value[next] == "'" { index = value.index(after: next); continue }
                return index
            }
            index = value.index(after: index)
        }
        return nil
    }
}
