import SiteModel
import Yams

/// Parses front matter YAML into located nodes with Yams, turning YAML errors into diagnostics.
public enum FrontMatterParser {
    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    public static func parse(_ yaml: String, file: String, firstLine: Int) -> Result<FrontMatterNode?, Diagnostic> {
        do {
            // The encoding is passed explicitly: Yams' default reads the process environment on every
            // call, which was 2% of a large build. The basic resolver tags every scalar as a string:
            // FrontMatterReader converts values itself, and the default resolver ran up to five
            // regular expressions (NSRegularExpression) per scalar to guess booleans and numbers.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            return .success(convert(node, file: file, lineOffset: firstLine - 1, lines: YAMLLines(yaml)))
        } catch let error as YamlError {
            if let duplicate = duplicateKey(in: error, yaml: yaml, file: file, lineOffset: firstLine - 1) {
                return .failure(duplicate)
            }
            return .failure(diagnostic(for: error, file: file, lineOffset: firstLine - 1))
        } catch {
            return .failure(.error(SourceLocation(file: file, line: firstLine, column: 1), "invalid YAML: \(error)"))
        }
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int, lines: YAMLLines) -> FrontMatterNode {
        var location = locate(node.mark, file: file, lineOffset: lineOffset)
        switch node {
        case .scalar(let scalar):
            location = textStart(of: scalar, at: location, lineOffset: lineOffset, lines: lines)
            return FrontMatterNode(.scalar(scalar.string, isPlain: scalar.style == .plain), at: location)
        case .sequence(let sequence):
            return FrontMatterNode(.sequence(sequence.map { convert($0, file: file, lineOffset: lineOffset, lines: lines) }), at: location)
        case .mapping(let mapping):
            let entries = mapping.map { pair in
                FrontMatterEntry(
                    key: pair.key.string ?? "",
                    keyLocation: locate(pair.key.mark, file: file, lineOffset: lineOffset),
                    value: convert(pair.value, file: file, lineOffset: lineOffset, lines: lines))
            }
            return FrontMatterNode(.mapping(entries), at: location)
        case .alias:
            return FrontMatterNode(.scalar("", isPlain: true), at: location)
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
