import SiteModel
import Yams

/// Parses front matter YAML into located nodes with Yams, turning YAML errors into diagnostics
/// that name their cause (`YAMLDiagnosis`).
public enum FrontMatterParser {
    /// What parsing YAML gave: the root node, and warnings about values that parse but were
    /// probably not meant that way (two list items that became one text).
    public struct Parsed: Sendable {
        public var node: FrontMatterNode?
        public var warnings: [Diagnostic]
    }

    /// Parses `yaml`, whose first line is line `firstLine` of `file`; `context` names the text in
    /// messages (front matter, or kennisbank.yml).
    public static func parse(_ yaml: String, file: String, firstLine: Int, context: Phrase = .frontMatter) -> Result<FrontMatterNode?, Diagnostic> {
        read(yaml, file: file, firstLine: firstLine, context: context).map(\.node)
    }

    /// `parse`, with the warnings about suspicious values.
    public static func read(_ yaml: String, file: String, firstLine: Int, context: Phrase = .frontMatter) -> Result<Parsed, Diagnostic> {
        var scanner = YAMLTokenScanner(yaml, maxDepth: InputLimits.maxFrontMatterNesting)
        if let hazard = scanner.firstHazard() {
            return .failure(diagnostic(for: hazard, yaml: yaml, file: file, firstLine: firstLine, context: context))
        }
        do {
            // The encoding is passed explicitly: Yams' default reads the process environment on every
            // call, which was 2% of a large build. The basic resolver tags every scalar as a string:
            // FrontMatterReader converts values itself, and the default resolver ran up to five
            // regular expressions (NSRegularExpression) per scalar to guess booleans and numbers.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(Parsed(node: nil, warnings: [])) }
            // Without aliases a tree has at most about one node per byte of its text; the budget
            // stops the walk should an alias ever get past the scanner, instead of copying it out.
            var walk = Walk(file: file, lineOffset: firstLine - 1, lines: YAMLLines(yaml), context: context,
                            budget: 2 * yaml.utf8.count + 16)
            let root = try convert(node, walk: &walk)
            if case .scalar(let text, true) = root.kind, let missing = missingSpace(text, at: root.location) { return .failure(missing) }
            return .success(Parsed(node: root, warnings: walk.warnings))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch let error as YamlError {
            if let duplicate = duplicateKey(in: error, yaml: yaml, file: file, lineOffset: firstLine - 1, context: context) {
                return .failure(duplicate)
            }
            return .failure(diagnostic(for: error, yaml: yaml, file: file, lineOffset: firstLine - 1, context: context))
        } catch {
            return .failure(.error(SourceLocation(file: file, line: firstLine, column: 1),
                                   .yamlInvalid(context, problem: "\(error)"), hint: .yamlInvalidHint()))
        }
    }

    /// What the walk over Yams' nodes carries along.
    struct Walk {
        let file: String
        let lineOffset: Int
        let lines: YAMLLines
        let context: Phrase
        var budget: Int
        var warnings: [Diagnostic] = []
    }

    private static func convert(_ node: Node, walk: inout Walk) throws(Diagnostic) -> FrontMatterNode {
        var location = locate(node.mark, file: walk.file, lineOffset: walk.lineOffset)
        walk.budget -= 1
        if walk.budget < 0 {
            throw .error(location, .yamlExpands(walk.context), hint: .yamlExpandsHint())
        }
        switch node {
        case .scalar(let scalar):
            location = textStart(of: scalar, at: location, lineOffset: walk.lineOffset, lines: walk.lines)
            if scalar.style == .plain, scalar.string.contains(" - ") { checkMergedItems(scalar.string, at: location, walk: &walk) }
            return FrontMatterNode(.scalar(scalar.string, isPlain: scalar.style == .plain), at: location)
        case .sequence(let sequence):
            var items: [FrontMatterNode] = []
            for item in sequence { items.append(try convert(item, walk: &walk)) }
            return FrontMatterNode(.sequence(items), at: location)
        case .mapping(let mapping):
            var entries: [FrontMatterEntry] = []
            for pair in mapping {
                let keyLocation = locate(pair.key.mark, file: walk.file, lineOffset: walk.lineOffset)
                if case .scalar(let key) = pair.key, key.style == .plain, key.string == "<<" {
                    throw .error(keyLocation, .yamlMergeKey(walk.context), hint: .yamlMergeKeyHint())
                }
                let value = try convert(pair.value, walk: &walk)
                entries.append(FrontMatterEntry(key: pair.key.string ?? "", keyLocation: keyLocation, value: value))
            }
            return FrontMatterNode(.mapping(entries), at: location)
        case .alias:
            return FrontMatterNode(.scalar("", isPlain: true), at: location)
        }
    }

    /// A plain text that runs on to a line starting with '- ' parses, but was almost always meant
    /// as two list items, one of them indented a space too far: 'validistisch - validistische'.
    private static func checkMergedItems(_ text: String, at location: SourceLocation, walk: inout Walk) {
        let lines = walk.lines.lines
        let first = location.line - walk.lineOffset - 1
        guard first >= 0, first + 1 < lines.count else { return }
        let start = YAMLLine(lines[first])
        var index = first + 1
        while index < lines.count {
            let line = YAMLLine(lines[index])
            guard !line.content.isEmpty, line.indent > start.indent, text.contains(String(line.content)) else { return }
            if line.isListItem {
                let reference = start.isListItem ? start.indent : start.keyColumn
                var warning = Diagnostic.warning(SourceLocation(file: walk.file, line: index + 1 + walk.lineOffset, column: line.indent + 1),
                                                 .yamlSuspiciousListItem(text), hint: .yamlSuspiciousListItemHint(above: reference))
                if start.isListItem { warning.fix = Fix(replacing: line.text, with: String(repeating: " ", count: reference) + line.content) }
                walk.warnings.append(warning.withLineAbove())
                return
            }
            index += 1
        }
    }

    /// A whole front matter that is one text such as 'title:Racisme' lacks the space after its colon.
    private static func missingSpace(_ text: String, at location: SourceLocation) -> Diagnostic? {
        guard let (key, _) = YAMLLine(Substring(text)).keyWithoutSpace else { return nil }
        return Diagnostic.error(location, .yamlMissingSpace(key), hint: .yamlMissingSpaceHint(key),
                                fix: Fix(replacing: key + ":", with: key + ": "))
    }

    /// Anchors and aliases are refused outright rather than given an expansion budget: training
    /// material never needs them, they hide a value from whoever reads the file next, and Yams would
    /// spend the budget before we could count it (see `YAMLTokenScanner`). Almost always they are a
    /// text that starts with '*' or '&' and needs quotes, which the fix adds.
    private static func diagnostic(for hazard: YAMLTokenScanner.Hazard, yaml: String, file: String, firstLine: Int,
                                   context: Phrase) -> Diagnostic {
        let location = SourceLocation(file: file, line: firstLine + hazard.line, column: hazard.column + 1)
        var fix: Fix?
        if let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(hazard.line).first.map(YAMLLine.init),
           let value = line.keyValue?.value ?? (line.isListItem ? line.content.dropFirst(2) : nil), value.hasPrefix("*") || value.hasPrefix("&") {
            let text = String(value).trimmingWhitespaces()
            fix = Fix(replacing: text, with: "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\"")
        }
        switch hazard.kind {
        case .alias:
            return .error(location, .yamlAlias(context), hint: .yamlAliasHint(), fix: fix)
        case .anchor:
            return .error(location, .yamlAnchor(context), hint: .yamlAnchorHint(), fix: fix)
        case .nesting:
            return .error(location, .yamlNesting(context, limit: InputLimits.maxFrontMatterNesting), hint: .yamlNestingHint())
        }
    }

    /// Yams rejects duplicate keys at the start of the mapping; point at the second occurrence instead.
    private static func duplicateKey(in error: YamlError, yaml: String, file: String, lineOffset: Int, context: Phrase) -> Diagnostic? {
        guard case .duplicatedKeysInMapping(let duplicates, _) = error, let key = duplicates.sorted().first else { return nil }
        var lines: [(Int, Int)] = []
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(key + ":") { lines.append((number + 1, line.count - trimmed.count + 1)) }
        }
        guard lines.count >= 2 else { return nil }
        return .error(SourceLocation(file: file, line: lines[1].0 + lineOffset, column: lines[1].1),
                      .keyTwice(key, in: context), hint: .keyTwiceHint(firstLine: lines[0].0 + lineOffset))
    }

    /// Where the text of a scalar begins: after the opening quote, or on the first content line of a
    /// `|` or `>` block, so that positions inside Markdown values map to the right column.
    private static func textStart(of scalar: Node.Scalar, at location: SourceLocation, lineOffset: Int, lines: YAMLLines) -> SourceLocation {
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            return SourceLocation(file: location.file, line: location.line, column: location.column + 1)
        case .literal, .folded:
            let lines = lines.lines
            var index = location.line - lineOffset  // 0-based index of the line after the indicator
            while index < lines.count, lines[index].allSatisfy({ $0 == " " }) { index += 1 }
            guard index < lines.count else { return location }
            let indent = lines[index].prefix { $0 == " " }.count
            return SourceLocation(file: location.file, line: index + 1 + lineOffset, column: indent + 1)
        default:
            return location
        }
    }

    private static func locate(_ mark: Mark?, file: String, lineOffset: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, yaml: String, file: String, lineOffset: Int, context: Phrase) -> Diagnostic {
        let diagnosis = YAMLDiagnosis(yaml: yaml, file: file, lineOffset: lineOffset, context: context)
        switch error {
        case .scanner(let yamlContext, let problem, let mark, _),
             .parser(let yamlContext, let problem, let mark, _),
             .composer(let yamlContext, let problem, let mark, _):
            let text = problem + (yamlContext.map { " (\($0.text))" } ?? "")
            return diagnosis.diagnostic(line: mark.line, column: mark.column, problem: text)
        default:
            return diagnosis.diagnostic(line: 1, column: 1, problem: "\(error)")
        }
    }
}
