import SiteModel
import Yams

/// Parses front matter YAML into located nodes with Yams, turning YAML errors into diagnostics.
public enum FrontMatterParser {
    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    public static func parse(_ yaml: String, file: String, firstLine: Int) -> Result<FrontMatterNode?, Diagnostic> {
        var scanner = YAMLTokenScanner(yaml, maxDepth: InputLimits.maxFrontMatterNesting)
        if let hazard = scanner.firstHazard() {
            return .failure(diagnostic(for: hazard, file: file, firstLine: firstLine))
        }
        do {
            // The encoding is passed explicitly: Yams' default reads the process environment on every
            // call, which was 2% of a large build. The basic resolver tags every scalar as a string:
            // FrontMatterReader converts values itself, and the default resolver ran up to five
            // regular expressions (NSRegularExpression) per scalar to guess booleans and numbers.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            // Without aliases a tree has at most about one node per byte of its text; the budget
            // stops the walk should an alias ever get past the scanner, instead of copying it out.
            var budget = 2 * yaml.utf8.count + 16
            return .success(try convert(node, file: file, lineOffset: firstLine - 1, lines: YAMLLines(yaml), budget: &budget))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch let error as YamlError {
            if let duplicate = duplicateKey(in: error, yaml: yaml, file: file, lineOffset: firstLine - 1) {
                return .failure(duplicate)
            }
            return .failure(diagnostic(for: error, file: file, lineOffset: firstLine - 1))
        } catch {
            return .failure(.error(SourceLocation(file: file, line: firstLine, column: 1), "invalid YAML: \(error)"))
        }
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int, lines: YAMLLines, budget: inout Int) throws(Diagnostic) -> FrontMatterNode {
        var location = locate(node.mark, file: file, lineOffset: lineOffset)
        budget -= 1
        if budget < 0 {
            throw .error(location, "front matter expands to more values than it has text",
                         hint: "write every value out in full; YAML anchors and aliases are not allowed")
        }
        switch node {
        case .scalar(let scalar):
            location = textStart(of: scalar, at: location, lineOffset: lineOffset, lines: lines)
            return FrontMatterNode(.scalar(scalar.string, isPlain: scalar.style == .plain), at: location)
        case .sequence(let sequence):
            var items: [FrontMatterNode] = []
            for item in sequence { items.append(try convert(item, file: file, lineOffset: lineOffset, lines: lines, budget: &budget)) }
            return FrontMatterNode(.sequence(items), at: location)
        case .mapping(let mapping):
            var entries: [FrontMatterEntry] = []
            for pair in mapping {
                let keyLocation = locate(pair.key.mark, file: file, lineOffset: lineOffset)
                if case .scalar(let key) = pair.key, key.style == .plain, key.string == "<<" {
                    throw .error(keyLocation, "front matter may not use YAML merge keys ('<<')",
                                 hint: "write the keys out in full where they are needed")
                }
                let value = try convert(pair.value, file: file, lineOffset: lineOffset, lines: lines, budget: &budget)
                entries.append(FrontMatterEntry(key: pair.key.string ?? "", keyLocation: keyLocation, value: value))
            }
            return FrontMatterNode(.mapping(entries), at: location)
        case .alias:
            return FrontMatterNode(.scalar("", isPlain: true), at: location)
        }
    }

    /// Anchors and aliases are refused outright rather than given an expansion budget: training
    /// material never needs them, they hide a value from whoever reads the file next, and Yams would
    /// spend the budget before we could count it (see `YAMLTokenScanner`).
    private static func diagnostic(for hazard: YAMLTokenScanner.Hazard, file: String, firstLine: Int) -> Diagnostic {
        let location = SourceLocation(file: file, line: firstLine + hazard.line, column: hazard.column + 1)
        switch hazard.kind {
        case .alias:
            return .error(location, "front matter may not use YAML aliases ('*name')",
                          hint: "write the value out in full; a text that starts with '*' needs quotes, e.g. title: \"*Let op*: ...\"")
        case .anchor:
            return .error(location, "front matter may not use YAML anchors ('&name')",
                          hint: "remove the anchor and write repeated values out; a text that starts with '&' needs quotes")
        case .nesting:
            return .error(location, "front matter is nested more than \(InputLimits.maxFrontMatterNesting) levels deep",
                          hint: "check the indentation: front matter needs a few levels at most (a quiz: questions, answers)")
        }
    }

    /// Yams rejects duplicate keys at the start of the mapping; point at the second occurrence instead.
    private static func duplicateKey(in error: YamlError, yaml: String, file: String, lineOffset: Int) -> Diagnostic? {
        guard case .duplicatedKeysInMapping(let duplicates, _) = error, let key = duplicates.sorted().first else { return nil }
        var lines: [(Int, Int)] = []
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(key + ":") { lines.append((number + 1, line.count - trimmed.count + 1)) }
        }
        guard lines.count >= 2 else { return nil }
        return .error(SourceLocation(file: file, line: lines[1].0 + lineOffset, column: lines[1].1),
                      "key '\(key)' appears twice",
                      hint: "remove one of them; the first is at line \(lines[0].0 + lineOffset)")
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

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let hint = "check the indentation, and put quotes around a text that contains ': ' or starts with a special character such as [ { * & ! | > ' \" % @ `"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = "invalid YAML in front matter: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(locate(mark, file: file, lineOffset: lineOffset), message, hint: hint)
        default:
            return .error(SourceLocation(file: file, line: lineOffset + 1, column: 1),
                          "invalid YAML in front matter: \(error)", hint: hint)
        }
    }
}
