import Build
import Foundation
import SiteModel
import Testing

/// Nothing a trainer writes may crash the tool: a valid fixture site, mutated at random (with a
/// fixed seed, so failures reproduce), must always come back as a result with diagnostics.
@Suite struct MutationTests {
    /// Pieces that often break YAML, Markdown, links, glossary references, quizzes and vragenlijsten.
    static let fragments = ["---", "\n", ":", "- ", "[[", "]]", "|", "[x](", ")", "#", "](../", ".md#", "`", "```\n",
                            "<div>", "\"", "'", "  ", "\t", "{", "}", "*", "é", "ĳ", "\u{0}", "\r\n", "correct: ", "type: ",
                            "max: ", "points: ", "-9", "999999999999999999999", "scale: "]

    @Test(arguments: ["basic", "questionnaire"])
    func randomEditsNeverCrashTheBuild(fixture: String) throws {
        let original = try FixtureSite.text("valid", fixture)
        var random = SplitMix64(state: 20_261_123)
        var failed = 0
        for _ in 0..<150 {
            var scalars = Array(original.unicodeScalars)
            for _ in 0..<(1 + random.below(4)) {
                let position = random.below(scalars.count)
                switch random.below(3) {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(contentsOf: Self.fragments[random.below(Self.fragments.count)].unicodeScalars, at: position)
                default:
                    let length = min(random.below(12), scalars.count - position)
                    scalars.removeSubrange(position..<(position + length))
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let result = FixtureSite.build(text)
            if result.failed(strict: false) {
                failed += 1
                #expect(!result.formattedDiagnostics.isEmpty)
            }
        }
        // Most mutations break something; the point is that every build returned.
        #expect(failed > 0)
    }
}
