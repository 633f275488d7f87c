import Build
import Foundation
import SiteModel
import Testing

/// Every 'did you mean' is the exact text to type at its place: a site with every kind of mistake
/// that gets a suggestion is repaired by pasting the suggestions in, as a trainer would, round
/// after round (a page that did not load shows its other mistakes once it does), and then builds
/// without errors or warnings.
@Suite struct PasteHintTests {
    /// The kinds of mistakes the fixture holds, each of which must come with a suggestion.
    static let kinds: Set<MessageID> = [
        .pageMissing, .anchorMissing, .imageMissing, .unknownTerm, .relatedUnknown, .unknownKey, .sectionMissing, .scaleMissing,
        .unknownChoice, .quizIDCharacters, .headingLevelOne, .reviewedMalformed, .sourceURLNotWeb, .yamlColonInValue,
        .yamlSuspiciousListItem, .addressScheme, .reviewScopeUnmatched,
    ]

    @Test func pastingEverySuggestionRepairsTheSite() throws {
        var files = MemoryFileSystem(fixture: try FixtureSite.text("paste", "every-suggestion")).contents
            .mapValues { String(decoding: $0, as: UTF8.self) }
        var seen: Set<MessageID> = []
        var first = true
        for round in 1...6 {
            let result = FixtureSite.build(files.sorted { $0.key < $1.key }.map { "-- \($0.key) --\n\($0.value)" }.joined())
            if first {
                // The renamed folder is named once, before the errors of the links into it.
                let report = result.formattedDiagnostics(limit: 1_000, summary: false)
                #expect(report.hasPrefix("content/valkuilen: let op: de map content/valkuilen bestaat niet, maar content/valkuilen-en-vooroordelen"),
                        "\(report)")
                first = false
            }
            let fixable = result.diagnostics.filter { $0.fix != nil }
            if fixable.isEmpty {
                #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty, "round \(round): left without a suggestion:\n\(result.formattedDiagnostics)")
                break
            }
            // Later columns first, so that earlier ones stay where they are.
            for diagnostic in fixable.sorted(by: { ($0.location.file, $0.location.line, -$0.location.column) < ($1.location.file, $1.location.line, -$1.location.column) }) {
                seen.insert(diagnostic.message.id)
                let fix = diagnostic.fix!
                var lines = try #require(files[diagnostic.location.file], "\(diagnostic.location)").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let index = diagnostic.location.line - 1
                let fixed = try #require(fix.apply(to: lines[index], column: diagnostic.location.column),
                                         "'\(fix.original)' is not at \(diagnostic.location): \(lines[index])")
                lines[index] = fixed
                files[diagnostic.location.file] = lines.joined(separator: "\n")
            }
        }
        let final = FixtureSite.build(files.sorted { $0.key < $1.key }.map { "-- \($0.key) --\n\($0.value)" }.joined())
        #expect(final.diagnostics.filter { $0.severity != .note }.isEmpty, "\(final.formattedDiagnostics)")
        #expect(Self.kinds.isSubset(of: seen), "kinds never suggested: \(Self.kinds.subtracting(seen))")
        // The links are written relative to their own file, as the guide teaches.
        #expect(files["content/definities/racisme.md"]!.contains("[intentie](../valkuilen-en-vooroordelen/intentie-versus-effect.md)"))
        #expect(files["content/index.md"]!.contains("[de wet](juridisch-kader/wet.md#artikel-1)"))
    }

    @Test func aPageThatDidNotLoadIsNotAlsoReportedAsMissing() {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        Zie [de toets](toetsen/t.md), [het onderdeel](kapot/) en [[microagressie]].
        -- content/toetsen/t.md --
        ---
        title: Toets: kapot
        ---
        -- content/kapot/_index.md --
        ---
        title: "niet gesloten
        ---
        -- content/begrippen/microagressie.md --
        ---
        title: Microagressie
        aliases:
           - microagressies
          - micro-agressie
        ---
        -- content/begrippen/racisme.md --
        ---
        title: Racisme
        definition: "Iets."
        related: [microagressie]
        ---
        Over [[racisme]].
        """)
        let files = Set(result.diagnostics.map(\.location.file))
        #expect(files == ["content/toetsen/t.md", "content/kapot/_index.md", "content/begrippen/microagressie.md"],
                "only the files that did not load:\n\(result.formattedDiagnostics)")
    }
}
