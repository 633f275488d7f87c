import FrontMatter
import SiteModel
import Theme

/// Reads the theme's interface texts for the site's `language`: the built-in theme's
/// `texts/<code>.yml`, with single texts overridden by the site theme's file of the same name.
/// Every key of the Dutch texts (`texts/nl.yml`, the theme's reference) must be in the chosen
/// language, so a translation that misses one fails the build instead of showing a key to a
/// participant.
enum InterfaceTextsLoader {
    /// The language every other is checked against; the built-in theme is written in it.
    static let reference = "nl"

    /// All problems found, reported together.
    struct Failure: Error {
        let diagnostics: [Diagnostic]
    }

    static func load(_ theme: Theme, config: SiteConfig) throws(Failure) -> InterfaceTexts {
        let code = InterfaceTexts.code(for: config.language)
        var diagnostics: [Diagnostic] = []
        var tables: [String: [String: String]] = [:]
        var shownFile: [String: String] = [:]
        for file in theme.textFiles {
            let flat = flatten(file, into: &diagnostics)
            tables[file.language, default: [:]].merge(flat) { _, site in site }
            shownFile[file.language] = file.file
        }
        guard let chosen = tables[code] else {
            let available = tables.keys.sorted { ($0 == reference ? "" : $0) < ($1 == reference ? "" : $1) }
            let location = config.languageLocation ?? SourceLocation(file: SiteConfig.fileName)
            throw Failure(diagnostics: diagnostics + [.error(location, .languageUnsupported(config.language, available: available),
                                                             hint: .languageUnsupportedHint(available.first ?? reference, code: code.isEmpty ? "xx" : code))])
        }
        let file = shownFile[code] ?? "texts/\(code).yml"
        let referenceFile = shownFile[reference] ?? "texts/\(reference).yml"
        for key in (tables[reference] ?? [:]).keys.sorted() where chosen[key] == nil {
            diagnostics.append(.error(SourceLocation(file: file, line: 1, column: 1), .textMissing(key, file: file),
                                      hint: .textMissingHint(referenceFile)))
        }
        if !diagnostics.isEmpty { throw Failure(diagnostics: diagnostics) }
        return InterfaceTexts(language: code, table: chosen)
    }

    /// The file's texts by dotted key; a value that is not a text is an error at its line.
    static func flatten(_ file: Theme.TextFile, into diagnostics: inout [Diagnostic]) -> [String: String] {
        let node: FrontMatterNode?
        switch FrontMatterParser.parse(file.text, file: file.file, firstLine: 1, context: .quoted(file.file)) {
        case .success(let parsed): node = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return [:]
        }
        var table: [String: String] = [:]
        func walk(_ node: FrontMatterNode, _ key: String) {
            switch node.kind {
            case .scalar(let text, _) where !key.isEmpty && !node.isNull:
                table[key] = text
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
