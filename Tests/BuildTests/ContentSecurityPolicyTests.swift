import Build
import Foundation
import Rendering
import SiteModel
import Testing

/// Every page carries the Content-Security-Policy, before anything it governs, and nothing the
/// build generates needs what the policy forbids: no inline script body, no event attribute, no
/// style attribute (issue #25).
@Suite struct ContentSecurityPolicyTests {
    static let meta = "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
        + HTMLEscaping.escape(ContentSecurityPolicy.value) + "\">\n"

    @Test(arguments: FixtureSite.names("valid"))
    func everyPageOfAValidFixtureCarriesThePolicy(name: String) throws {
        let result = FixtureSite.build(try FixtureSite.text("valid", name))
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 5)
        for page in pages {
            let html = String(decoding: page.data, as: UTF8.self)
            #expect(html.contains(Self.meta), "\(page.path) lacks the policy right after its charset")
            #expect(OutputScan.executable(in: html, path: page.path).isEmpty, "\(OutputScan.executable(in: html, path: page.path))")
        }
        #expect(pages.contains { $0.path == "404.html" } && pages.contains { $0.path == "print/index.html" })
    }

    @Test func tableAlignmentIsAClass() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        | links | midden | rechts |
        |:------|:------:|-------:|
        | a     | b      | c      |
        """)
        let html = try FixtureSite.output(result, "index.html")
        #expect(html.contains("<th class=\"align-left\">links</th>") && html.contains("<td class=\"align-center\">b</td>")
                && html.contains("<td class=\"align-right\">c</td>"))
        #expect(OutputScan.executable(in: html, path: "index.html").isEmpty)
    }

    @Test func thePolicyAllowsOnlyTheSitesOwnFiles() {
        let directives = Dictionary(uniqueKeysWithValues: ContentSecurityPolicy.value.split(separator: ";").map { part -> (String, String) in
            let words = part.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            return (String(words[0]), words.count > 1 ? String(words[1]) : "")
        })
        #expect(directives["default-src"] == "'none'" && directives["script-src"] == "'self'" && directives["style-src"] == "'self'")
        #expect(directives["object-src"] == "'none'" && directives["base-uri"] == "'none'" && directives["img-src"] == "'self' data:")
        #expect(!ContentSecurityPolicy.value.contains("unsafe-"), "no 'unsafe-inline' or 'unsafe-eval'")
    }
}
