import Foundation
import Rendering
import SiteModel
import Testing
@testable import Build
@testable import Theme

/// The theme's interface texts (`texts/<language>.yml`): an English site says every word of the
/// theme in English, Dutch variants read the Dutch texts, and a language or translation the theme
/// cannot serve fails the build with a message that says what to do.
@Suite struct InterfaceTextsTests {
    static let textsFolder = FixtureSite.themeFolder.appendingPathComponent("texts")

    /// The theme's texts in `language`, flattened to dotted keys.
    static func table(_ language: String) throws -> [String: String] {
        let path = "texts/\(language).yml"
        let text = try String(contentsOf: textsFolder.appendingPathComponent("\(language).yml"), encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let flat = InterfaceTextsLoader.flatten(Theme.TextFile(language: language, text: text, file: path, isDefault: true), into: &diagnostics)
        #expect(diagnostics.isEmpty)
        return flat.mapValues(\.text)
    }

    /// The parts of the Dutch texts an English page must not show: each text split at its
    /// placeholders, pieces of four or more characters that no English text has ('Home' and
    /// '(A4, ' are the same in both). The report of `kennisbank resultaten` is left out: its
    /// sentences are not translated yet.
    static func dutchPieces() throws -> [String] {
        let english = try table("en").values.joined(separator: "\n")
        var pieces: Set<String> = []
        for (key, text) in try table("nl") where !key.hasPrefix("report.") {
            for piece in text.split(separator: "{", omittingEmptySubsequences: false).map({ $0.split(separator: "}").last.map(String.init) ?? "" })
                + [String(text.prefix { $0 != "{" })] {
                let trimmed = piece.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;()‘’'\"").union(.whitespaces))
                if trimmed.count >= 4 && !english.contains(trimmed) { pieces.insert(trimmed) }
            }
        }
        return pieces.sorted()
    }

    /// What a reader meets on a page: its text without scripts and tags, and its labels.
    static func visibleText(_ html: String) -> String {
        var html = html
        while let open = html.range(of: "<script"), let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex) {
            html.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var labels = ""
        for attribute in ["aria-label=\"", "alt=\"", "title=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute), let end = rest[start.upperBound...].firstIndex(of: "\"") {
                labels += " " + rest[start.upperBound..<end]
                rest = rest[end...]
            }
        }
        return HTMLEscaping.text(of: html.replacingOccurrences(of: "<", with: " <")) + " " + HTMLEscaping.text(of: labels)
    }

    static func containsWord(_ text: String, _ piece: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: piece) {
            let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? " " : text[range.upperBound]
            if !before.isLetter && !after.isLetter { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    @Test func englishSiteShowsNoDutchInterfaceWords() throws {
        let result = FixtureSite.build(try FixtureSite.text("valid", "english"))
        #expect(!result.failed(strict: true), "\(result.formattedDiagnostics)")
        let pieces = try Self.dutchPieces()
        #expect(pieces.contains("Controleer") && pieces.contains("Laatst bijgewerkt op") && pieces.contains("Goed!"))
        var found: [String] = []
        var pages = 0
        for file in result.files where file.path.hasSuffix(".html") || file.path.hasPrefix("assets/js/teksten") {
            let text = String(decoding: file.data, as: UTF8.self)
            let shown = file.path.hasSuffix(".html") ? Self.visibleText(text) : text
            if file.path.hasSuffix(".html") { pages += 1 }
            for piece in pieces where Self.containsWord(shown, piece) { found.append("\(file.path): '\(piece)'") }
        }
        #expect(pages >= 20, "the fixture's pages and print editions were built")
        #expect(found.isEmpty, "Dutch interface words on an English site:\n\(found.joined(separator: "\n"))")
        let home = try FixtureSite.output(result, "index.html")
        #expect(home.contains("<html lang=\"en-GB\">") && home.contains(">Skip to content<") && home.contains("teksten."))
        // Quiz and vragenlijst pages load their own script texts; other pages do not.
        #expect(!home.contains("<script src=\"./assets/js/teksten-toets") && !home.contains("<script src=\"./assets/js/teksten-vragenlijst"))
        #expect(try FixtureSite.output(result, "toetsen/definitions/index.html").contains("<script src=\"../../assets/js/teksten-toets."))
        #expect(try FixtureSite.output(result, "vragenlijsten/scan/index.html").contains("<script src=\"../../assets/js/teksten-vragenlijst."))
        let page = try FixtureSite.output(result, "definitions/racism/index.html")
        #expect(page.contains("Content checked on <time datetime=\"2026-11-23\">23 November 2026</time>"))
        #expect(page.contains("aria-label=\"Footnotes\"") && page.contains("aria-label=\"Back to the text\""))
        let script = try #require(result.files.first { $0.path.hasPrefix("assets/js/teksten-toets") })
        #expect(String(decoding: script.data, as: UTF8.self).contains("\"quiz.right\":\"Right!\""))
    }

    @Test func dutchVariantsReadTheDutchTexts() throws {
        let site = try FixtureSite.text("valid", "english").replacingOccurrences(of: "language: en-GB", with: "language: nl_BE")
        let result = FixtureSite.build(site)
        #expect(!result.failed(strict: true), "\(result.formattedDiagnostics)")
        let home = try FixtureSite.output(result, "index.html")
        #expect(home.contains("<html lang=\"nl_BE\">") && home.contains(">Naar de inhoud<"))
    }

    /// A theme folder with `files` (path -> text) and the built-in theme's texts, on disk.
    static func load(language: String, siteTexts: [String: String]) throws -> Result<InterfaceTexts, InterfaceTextsLoader.Failure> {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kb-texts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (name, text) in siteTexts {
            let url = root.appendingPathComponent("themes/eigen/texts/\(name)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let theme = try Theme(defaultFolder: FixtureSite.themeFolder, overrideFolder: root.appendingPathComponent("themes/eigen"), siteRoot: root)
        var config = SiteConfig(language: language)
        config.languageLocation = SourceLocation(file: "kennisbank.yml", line: 3, column: 11)
        return Result { () throws(InterfaceTextsLoader.Failure) in try InterfaceTextsLoader.load(theme, config: config) }
    }

    @Test func siteThemeOverridesSingleTexts() throws {
        let texts = try Self.load(language: "en", siteTexts: ["en.yml": "quiz:\n  check: \"Submit\"\n"]).get()
        #expect(texts.text("quiz.check") == "Submit")
        #expect(texts.text("quiz.reset") == "Start again")
    }

    @Test func translationMissingATextNamesTheKey() throws {
        guard case .failure(let failure) = try Self.load(language: "de", siteTexts: ["de.yml": "layout:\n  skipLink: \"Zum Inhalt\"\n"]) else {
            Issue.record("a translation with one text was accepted")
            return
        }
        let messages = failure.diagnostics.map { "\($0.location): \($0.message.english)" }
        #expect(messages.contains("themes/eigen/texts/de.yml:1:1: the interface text 'quiz.check' is missing from themes/eigen/texts/de.yml"))
        #expect(!messages.contains { $0.contains("'layout.skipLink'") })
    }

    @Test func unknownPlaceholderIsAnErrorAtItsLine() throws {
        guard case .failure(let failure) = try Self.load(language: "en", siteTexts: ["en.yml": "term:\n  moreBacklinks: \"And {cuont} more.\"\n"]) else {
            Issue.record("a text with an unknown placeholder was accepted")
            return
        }
        let diagnostic = try #require(failure.diagnostics.first)
        #expect(diagnostic.location.line == 2 && diagnostic.location.file == "themes/eigen/texts/en.yml")
        #expect(diagnostic.message.english.contains("{cuont}") && diagnostic.fix?.replacement == "count")
    }

    /// `serve` keeps one builder and plain asset names: a changed text must still reach every page.
    @Test func aChangedTextReachesThePagesOfTheNextBuild() throws {
        let site = try FixtureSite.text("valid", "english") + "\n-- themes/default/texts/en.yml --\nquiz:\n  check: \"Submit\"\n"
        let root = try FixtureSite.writeToDisk(site)
        defer { try? FileManager.default.removeItem(at: root) }
        var options = FixtureSite.options(root: root)
        options.hashesAssetNames = false
        let builder = SiteBuilder(options: options)
        #expect(!builder.build().failed(strict: true))
        let quiz = root.appendingPathComponent("site/toetsen/definitions/index.html")
        #expect(try String(contentsOf: quiz, encoding: .utf8).contains(">Submit</button>"))
        try "quiz:\n  check: \"Check my answer\"\n".write(to: root.appendingPathComponent("themes/default/texts/en.yml"), atomically: true, encoding: .utf8)
        let second = builder.build(changes: ["themes/default/texts/en.yml"])
        #expect(!second.failed(strict: true) && second.written.contains("toetsen/definitions/index.html"), "\(second.written)")
        #expect(try String(contentsOf: quiz, encoding: .utf8).contains(">Check my answer</button>"))
    }

    @Test func misspeltKeyInASiteThemeIsAnError() throws {
        guard case .failure(let failure) = try Self.load(language: "nl", siteTexts: ["nl.yml": "quiz:\n  chek: \"Nakijken\"\n"]) else {
            Issue.record("a misspelt key was accepted")
            return
        }
        let diagnostic = try #require(failure.diagnostics.first)
        #expect("\(diagnostic.location)" == "themes/eigen/texts/nl.yml:2:10" && diagnostic.message.id == .textNotInTheme, "\(diagnostic.location)")
        #expect(diagnostic.fix?.replacement == "quiz.check")
    }

    @Test func unsupportedLanguageListsTheLanguagesThereAre() throws {
        guard case .failure(let failure) = try Self.load(language: "fr", siteTexts: [:]) else {
            Issue.record("language fr was accepted")
            return
        }
        let diagnostic = try #require(failure.diagnostics.first)
        #expect("\(diagnostic.location)" == "kennisbank.yml:3:11")
        #expect(diagnostic.message.english == "language: 'fr' is not a language the theme has texts for (it has 'nl', 'en')")
        #expect(diagnostic.hint?.english.contains("texts/fr.yml") == true)
    }
}
