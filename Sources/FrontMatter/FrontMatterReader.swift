import SiteModel

/// Typed, located access to a front-matter mapping. Every wrong type becomes an error at the value,
/// every unknown key a warning at the key (with a 'did you mean'), and reading never stops at the
/// first problem.
public struct FrontMatterReader: Sendable {
    /// What the reader found wrong so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Where the mapping starts; used for 'missing key' errors.
    public let location: SourceLocation
    private let entries: [FrontMatterEntry]
    private let context: Phrase
    /// False when the node was not a mapping; then missing keys are not reported one by one.
    public let isMapping: Bool

    /// Reads `node`, which should be a mapping; `context` names it in messages ('front matter', 'question 2').
    public init(_ node: FrontMatterNode?, at location: SourceLocation, context: Phrase = .frontMatter) {
        self.location = node?.location ?? location
        self.context = context
        if let node, let entries = node.entries {
            self.entries = entries
            self.isMapping = true
            var seen: [String: SourceLocation] = [:]
            for entry in entries {
                if let first = seen[entry.key] {
                    diagnostics.append(.error(entry.keyLocation, .keyTwice(entry.key, in: context),
                                              hint: .keyTwiceHint(firstLine: first.line)))
                } else {
                    seen[entry.key] = entry.keyLocation
                }
            }
        } else {
            self.entries = []
            self.isMapping = node == nil || node!.isNull
            if let node, !node.isNull {
                diagnostics.append(.error(node.location, .notAMapping(context, found: node.kindName), hint: .notAMappingHint()))
            }
        }
    }

    /// The keys present, in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The raw node for `key`, if present.
    public func node(_ key: String) -> FrontMatterNode? {
        entries.first { $0.key == key }?.value
    }

    /// Where `key` is written, or the mapping's own location.
    public func keyLocation(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }?.keyLocation ?? location
    }

    /// Records an extra diagnostic found by the caller.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A text value; an error when it is required and missing or empty, or when it is not a text.
    public mutating func string(_ key: String, required: Bool = false, example: String = "") -> Located<String>? {
        guard let node = node(key), !node.isNull else {
            if required && isMapping {
                diagnostics.append(.error(location, .missingKey(key, in: context),
                                          hint: .missingKeyHint(key, example: example.isEmpty ? "..." : example, in: context)))
            }
            return nil
        }
        guard let text = node.scalar else {
            diagnostics.append(.error(node.location, .notAText(key, found: node.kindName), hint: .notATextHint(key)))
            return nil
        }
        if required && text.trimmingWhitespacesAndNewlines().isEmpty {
            diagnostics.append(.error(node.location, .emptyValue(key), hint: .emptyValueHint(key)))
            return nil
        }
        return Located(text, at: node.location)
    }

    /// A whole number.
    public mutating func int(_ key: String) -> Located<Int>? {
        guard let node = node(key), !node.isNull else { return nil }
        if case .scalar(let text, true) = node.kind, let value = Int(text.trimmingWhitespaces()) {
            return Located(value, at: node.location)
        }
        diagnostics.append(.error(node.location, .notANumber(key, found: describe(node)), hint: .notANumberHint(key)))
        return nil
    }

    /// A yes/no value (`true` or `false`).
    public mutating func bool(_ key: String) -> Located<Bool>? {
        guard let node = node(key), !node.isNull else { return nil }
        if case .scalar(let text, true) = node.kind {
            switch text.lowercased() {
            case "true", "yes", "on", "ja": return Located(true, at: node.location)
            case "false", "no", "off", "nee": return Located(false, at: node.location)
            default: break
            }
        }
        diagnostics.append(.error(node.location, .notABool(key, found: describe(node)), hint: .notABoolHint(key)))
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    public mutating func stringList(_ key: String) -> [Located<String>]? {
        guard let node = node(key), !node.isNull else { return nil }
        if let text = node.scalar { return [Located(text, at: node.location)] }
        guard let items = node.items else {
            diagnostics.append(.error(node.location, .notATextList(key, found: node.kindName), hint: .listItemHint()))
            return nil
        }
        var result: [Located<String>] = []
        for item in items {
            if let text = item.scalar, !item.isNull {
                result.append(Located(text, at: item.location))
            } else {
                diagnostics.append(.error(item.location, .listItemNotText(key, found: item.kindName), hint: .listItemHint()))
            }
        }
        return result
    }

    /// A list of mappings, each read by its own reader; `item` names the item of a number in
    /// messages (`Phrase.question`).
    public mutating func mappingList(_ key: String, item name: (Int) -> Phrase) -> [FrontMatterReader]? {
        guard let node = node(key), !node.isNull else { return nil }
        guard let items = node.items else {
            diagnostics.append(.error(node.location, .notAList(key, found: node.kindName), hint: .notAListHint()))
            return nil
        }
        return items.enumerated().map { index, item in
            FrontMatterReader(item, at: item.location, context: name(index + 1))
        }
    }

    /// Warns about every key not in `allowed`, suggesting the allowed key meant: the English key
    /// for a Dutch one (`beschrijving`), or the closest for a typo.
    public mutating func warnUnknownKeys(allowed: [String]) {
        let allowedSet = Set(allowed)
        for entry in entries where !allowedSet.contains(entry.key) {
            let guess = DutchKeys.english(for: entry.key, allowed: allowedSet) ?? Suggestion.closest(to: entry.key, in: allowed)
            diagnostics.append(.warning(entry.keyLocation, .unknownKey(entry.key, in: context), hint: .unknownKeyHint(known: allowed),
                                        fix: guess.map { Fix(replacing: entry.key, with: $0) }))
        }
    }

    /// Absorbs the diagnostics of a nested reader.
    public mutating func absorb(_ other: FrontMatterReader) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    private func describe(_ node: FrontMatterNode) -> Phrase {
        if let text = node.scalar { return .quoted(text) }
        return node.kindName
    }
}
