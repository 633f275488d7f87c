import Foundation
import SiteModel
import StaticFiles
import Testing

@Suite struct StaticFilePolicyTests {
    @Test func publishesImagesAndDocumentsAndChecksSVG() {
        #expect(StaticFilePolicy.verdict(for: "content/a/schema.PNG") == .published)
        #expect(StaticFilePolicy.verdict(for: "content/a/handout.pdf") == .published)
        #expect(StaticFilePolicy.verdict(for: "content/a/schema.svg") == .checkedSVG)
    }

    @Test func refusesPagesAndScriptsUnlessUnsafe() {
        for name in ["content/x.html", "content/x.HTM", "content/app.js", "content/x.xml", "content/x.svgz"] {
            #expect(StaticFilePolicy.verdict(for: name) == .activeOnlyWhenUnsafe, "\(name)")
            let problems = StaticFilePolicy.problems(name, unsafe: false) { Data() }
            #expect(problems.count == 1 && problems[0].message.english.contains("would run as part of the site"), "\(problems)")
            #expect(StaticFilePolicy.problems(name, unsafe: true) { Data() }.isEmpty)
        }
    }

    @Test func refusesUnknownTypesEvenWhenUnsafe() {
        for name in ["content/Thumbs.db", "content/LICENSE", "content/macro.docm", "content/x.exe"] {
            let problems = StaticFilePolicy.problems(name, unsafe: true) { Data() }
            #expect(problems.count == 1 && problems[0].message.english.contains("are not published"), "\(name): \(problems)")
            #expect(problems[0].hint?.english.contains(".pdf") == true)
        }
    }
}
