import Foundation
import FrontMatter
import SiteModel

/// Reads `kennisbank.yml`, the site's one config file. A site without it gets the defaults.
package enum SiteConfigLoader {
    /// The keys it reads: the one list that `kennisbank init` also writes (`SiteConfigKey.all`).
    package static let keys = SiteConfigKey.names

    package static func load(from fileSystem: SiteFileSystem) -> (SiteConfig, [Diagnostic]) {
        let file = SiteConfig.fileName
        guard fileSystem.fileExists(at: file) else { return (SiteConfig(), []) }
        let text: String
        do { text = try fileSystem.text(at: file) } catch let error as Diagnostic { return (SiteConfig(), [error]) } catch {
            return (SiteConfig(), [.error(SourceLocation(file: file), .configUnreadable("\(error)"))])
        }
        let node: FrontMatterNode?, warnings: [Diagnostic]
        switch FrontMatterParser.read(text, file: file, firstLine: 1, context: .siteConfig) {
        case .success(let parsed): (node, warnings) = (parsed.node, parsed.warnings)
        case .failure(let diagnostic):
            // The language still decides how the error reads, so it is looked for line by line.
            var config = SiteConfig()
            if let language = languageLine(in: text) { config.language = language }
            return (config, [diagnostic])
        }
        var reader = FrontMatterReader(node, at: SourceLocation(file: file, line: 1, column: 1), context: .siteConfig)
        warnings.forEach { reader.report($0) }
        var config = SiteConfig()
        if let title = reader.string("title") { config.title = title.value }
        if let description = reader.string("description") { config.description = description.value }
        if let language = reader.string("language") { (config.language, config.languageLocation) = (language.value, language.location) }
        if let baseURL = reader.string("baseURL") {
            config.baseURL = address(baseURL, key: "baseURL", in: text, reader: &reader)
        }
        if let editURL = reader.string("editURL") {
            config.editURL = address(editURL, key: "editURL", in: text, reader: &reader)
        }
        if let theme = reader.string("theme") {
            // The name of a folder in themes/: a path could lead the build to templates outside the site.
            if theme.value.range(of: "^[A-Za-z0-9_][A-Za-z0-9_.-]*$", options: .regularExpression) != nil {
                config.theme = theme.value
            } else {
                reader.report(.error(theme.location, .themeNotFolderName(theme.value), hint: .themeNotFolderNameHint()))
            }
        }
        if let unsafe = reader.bool("unsafe") { config.unsafe = unsafe.value }
        if let autolink = reader.bool("autolink") { config.autolink = autolink.value }
        readReviewSettings(&reader, into: &config)
        readOrganisation(&reader, into: &config, fileSystem: fileSystem)
        readPrintSettings(&reader, into: &config)
        var synonymDiagnostics: [Diagnostic] = []
        config.synonyms = SynonymsLoader.read(reader.node(SynonymsLoader.key), into: &synonymDiagnostics)
        synonymDiagnostics.forEach { reader.report($0) }
        reader.warnUnknownKeys(allowed: keys)
        return (config, reader.diagnostics)
    }

    /// The config with the base URL of `setting` (from the command line or the environment) instead
    /// of its own. A malformed one is an error at its column, quoted from `sources[origin]`.
    package static func load(from fileSystem: SiteFileSystem, baseURL setting: BaseURLSetting) -> (SiteConfig, [Diagnostic]) {
        var (config, diagnostics) = load(from: fileSystem)
        switch setting {
        case .fromConfig: break
        case .none: config.baseURL = nil
        case .given(let text, let origin):
            switch BaseURL.parse(text) {
            case .success(let base): config.baseURL = base.absolute
            case .failure(let problem):
                diagnostics.append(.error(SourceLocation(file: origin, line: 1, column: problem.offset + 1),
                                          problem.message, hint: problem.hint, fix: problem.replacement.map { Fix(replacing: text, with: $0) }))
            }
        }
        return (config, diagnostics)
    }

    /// A validated web address from the config, normalised to end in `/`; nil (and an error at
    /// the offending character) when it is malformed.
    private static func address(_ value: Located<String>, key: String, in text: String, reader: inout FrontMatterReader) -> String? {
        switch BaseURL.parse(value.value) {
        case .success(let base): return base.absolute
        case .failure(let problem):
            var location = value.location
            // A quoted value starts one column after its quote.
            if let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(location.line - 1).first,
               let quote = line.dropFirst(max(location.column - 1, 0)).first, quote == "\"" || quote == "'" {
                location.column += 1
            }
            location.column += problem.offset
            reader.report(.error(location, .addressKey(key, problem.message), hint: problem.hint,
                                 fix: problem.replacement.map { Fix(replacing: value.value, with: $0) }))
            return nil
        }
    }

    /// The value of a top-level `language:` line, for a config that does not parse.
    static func languageLine(in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix("language:") {
            let value = line.dropFirst("language:".count).split(separator: "#").first ?? ""
            let code = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\"'"))
            return code.isEmpty ? nil : code
        }
        return nil
    }

    /// A note when the site is published by a pipeline but pages have no 'Bewerk deze pagina'
    /// link: the guide's web route starts there. Not a warning: the site is fine to publish, and
    /// the guide says what to do until the link is set (open the file by its path).
    package static func editLinkNote(_ config: SiteConfig, fileSystem: SiteFileSystem) -> Diagnostic? {
        guard config.editURL == nil else { return nil }
        var pipelines: [String] = []
        if fileSystem.fileExists(at: ".gitlab-ci.yml") { pipelines.append(".gitlab-ci.yml") }
        if !fileSystem.files(under: ".github/workflows").isEmpty { pipelines.append(".github/workflows") }
        guard !pipelines.isEmpty else { return nil }
        var location = SourceLocation(file: SiteConfig.fileName)
        // Point at a commented-out 'editURL' line when there is one.
        if let text = try? fileSystem.text(at: SiteConfig.fileName) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if let index = lines.firstIndex(where: { $0.contains("editURL") }) {
                location = SourceLocation(file: SiteConfig.fileName, line: index + 1, column: 1)
            } else {
                location = SourceLocation(file: SiteConfig.fileName, line: 1, column: 1)
            }
        }
        return .note(location, .editURLMissing(pipelines.joined(separator: ", ")), hint: .editURLMissingHint())
    }
}
