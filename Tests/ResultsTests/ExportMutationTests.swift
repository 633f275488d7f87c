import AnswerReading
import Foundation
import SiteModel
import Testing

/// Nothing a participant's file holds may crash `kennisbank resultaten`: the page's own exports,
/// edited at random (with a fixed seed, so a failure reproduces), always come back as a submission
/// whose answers are the form's, or as a reason to leave the file out.
@Suite struct ExportMutationTests {
    static let fragments: [[UInt8]] = ["\r\n", "\n", "\r", ";", "\"", "\"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "=", "=\r\n",
                                       "=C3", " | ", "; ", "--", "Vragenlijst: ", "Antwoord:", "1. ", "\u{FEFF}", "é", "\u{0}",
                                       "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n", "null", "9999999999999999999"].map { Array($0.utf8) }

    @Test(arguments: ["evaluatie.csv", "evaluatie.json", "evaluatie-mail.txt", "evaluatie-mail-qp.eml", "evaluatie-mail-alternative.eml",
                      "evaluatie-mail-flowed.eml", "evaluatie-mail-afgekapt.txt", "toets-definities.csv", "toets-definities.json"])
    func randomEditsNeverCrashTheReaders(name: String) throws {
        let original = try RealForms.file(name)
        let form = name.hasPrefix("toets") ? RealForms.quiz : RealForms.evaluation
        let reader = ExportReader(form: form)
        var random = SplitMix64(seed: 30)
        var read = 0, left = 0
        for _ in 0..<400 {
            var bytes = original.bytes
            for _ in 0..<(1 + random.below(4)) {
                let at = random.below(bytes.count + 1)
                switch random.below(4) {
                case 0: bytes.insert(contentsOf: Self.fragments[random.below(Self.fragments.count)], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                case 2: if at < bytes.count { bytes[at] = UInt8(random.below(256)) }
                default: bytes = Array(bytes.prefix(at))
                }
            }
            switch reader.read(AnswerFile(name: original.name, bytes: bytes)) {
            case .success(let submission):
                read += 1
                for (id, answer) in submission.answers {
                    let question = try #require(form.question(id), "a question the form does not have")
                    if case .choices(let chosen) = answer {
                        #expect(!chosen.isEmpty && chosen.allSatisfy { question.options.indices.contains($0) })
                        #expect(question.kind.isMultiple || chosen.count == 1)
                    }
                }
            case .failure(let rejection):
                left += 1
                #expect(rejection.diagnostic.location.file == original.name && !rejection.diagnostic.message.english.isEmpty)
            }
        }
        #expect(read + left == 400)
        #expect(left > 0, "no edit made \(name) unreadable: the readers are not strict")
    }
}
