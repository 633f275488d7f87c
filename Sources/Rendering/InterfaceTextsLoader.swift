import FrontMatter
import SiteModel
import Theme

/// Reads the theme's interface texts for the site's `language`: the built-in theme's
/// `texts/<code>.yml`, with single texts overridden by the site theme's file of the same name.
/// Every key of the Dutch texts (`texts/nl.yml`, the theme's reference) must be in the chosen
/// language, so a translation that misses one fails the build instead of showing a key to a
/// participant.
package enum InterfaceTextsLoader {
    /// The language every other is checked against; the built-in theme is written in it.
    package static let reference = "nl"

    /// All problems found, reported together.
    package struct Failure: Error {
        package let diagnostics: [Diagnostic]
    }

    package static func load(_ theme: Theme, config: SiteConfig) throws(Failure) -> InterfaceTexts {
        let code = InterfaceTexts.code(for: config.language)
        var diagnostics: [Diagnostic] = []
        var tables: [String: [String: String]] = [:]
        var locations: [String: [String: SourceLocation]] = [:]
        var shownFile: [String: String] = [:]
        // The built-in Dutch texts say which keys there are: a site theme changes texts, it adds none
        // (words of its own templates can stand in those templates).
        var referenceTable: [String: String] = [:]
        for file in theme.textFiles {
            let flat = flatten(file, into: &diagnostics)
            if file.isDefault && file.language == reference { referenceTable = flat.mapValues(\.text) }
            tables[file.language, default: [:]].merge(flat.mapValues(\.text)) { _, site in site }
            locations[file.language, default: [:]].merge(flat.mapValues(\.location)) { _, site in site }
            shownFile[file.language] = file.file
        }
        guard !tables.isEmpty else {
            throw Failure(diagnostics: diagnostics + [.error(SourceLocation(file: "themes/default/texts"), .textsMissing(), hint: .defaultThemeMissingHint())])
        }
        guard let chosen = tables[code] else {
            // The reference first ('nl', 'en'), then the others alphabetically.
            let available = [reference].filter { tables[$0] != nil } + tables.keys.filter { $0 != reference }.sorted()
            let location = config.languageLocation ?? SourceLocation(file: SiteConfig.fileName)
            throw Failure(diagnostics: diagnostics + [.error(location, .languageUnsupported(config.language, available: available),
                                                             hint: .languageUnsupportedHint(available.first ?? reference, code: code.isEmpty ? "xx" : code, theme: config.theme))])
        }
        let file = shownFile[code] ?? "texts/\(code).yml"
        let referenceFile = theme.textFiles.first { $0.isDefault && $0.language == reference }?.file ?? "texts/\(reference).yml"
        for key in referenceTable.keys.sorted() where chosen[key] == nil {
            diagnostics.append(.error(SourceLocation(file: file, line: 1, column: 1), .textMissing(key, file: file),
                                      hint: .textMissingHint(referenceFile)))
        }
        for key in chosen.keys.sorted() {
            // A counting text's forms share their placeholders: Dutch 'Eén vraag' needs no {count}, English 'one' may.
            let base = key.hasSuffix(".one") ? String(key.dropLast(4)) : key.hasSuffix(".other") ? String(key.dropLast(6)) : key
            let known = Set([key, base + ".one", base + ".other"].compactMap { referenceTable[$0] }.flatMap(InterfaceTexts.placeholders))
            guard referenceTable[key] != nil || referenceTable[base + ".one"] != nil else {
                // A misspelt key in a site theme's file would otherwise change nothing, silently.
                let keys = referenceTable.keys.sorted()
                diagnostics.append(.error(locations[code]?[key] ?? SourceLocation(file: file), .textNotInTheme(key, reference: referenceFile),
                                          hint: .textNotInThemeHint(), fix: Suggestion.closest(to: key, in: keys).map { Fix(replacing: key, with: $0) }))
                continue
            }
            for name in InterfaceTexts.placeholders(in: chosen[key]!) where !known.contains(name) {
                diagnostics.append(.error(locations[code]?[key] ?? SourceLocation(file: file), .textPlaceholderUnknown(key, name: name, known: known.sorted()),
                                          hint: .textPlaceholderUnknownHint(), fix: Suggestion.closest(to: name, in: known.sorted()).map { Fix(replacing: name, with: $0) }))
            }
        }
        if !diagnostics.isEmpty { throw Failure(diagnostics: diagnostics) }
        return InterfaceTexts(language: code, table: chosen)
    }

    /// The file's texts by dotted key, with where each is; a value that is not a text is an error at its line.
    package static func flatten(_ file: Theme.TextFile, into diagnostics: inout [Diagnostic]) -> [String: (text: String, location: SourceLocation)] {
        let node: FrontMatterNode?
        switch FrontMatterParser.parse(file.text, file: file.file, firstLine: 1, context: .quoted(file.file)) {
        case .success(let parsed): node = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return [:]
        }
        var table: [String: (text: String, location: SourceLocation)] = [:]
        func walk(_ node: FrontMatterNode, _ key: String) {
            switch node.kind {
            case .scalar(let text, _) where !key.isEmpty && !node.isNull:
                table[key] = (text, node.location)
            case .mapping(let entries):
                for entry in entries { walk(entry.value, key.isEmpty ? entry.key : key + "." + entry.key) }
            default:
                diagnostics.append(.error(node.location, .textNotText(key), hint: .textNotTextHint()))
            }
        }
        if let node { walk(node, "") }
        return table
    }
}
