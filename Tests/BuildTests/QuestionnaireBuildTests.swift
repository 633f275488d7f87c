import Build
import Foundation
import SiteModel
import Testing

@Suite struct QuestionnaireBuildTests {
    @Test func escapesEveryTextAndPassesNoRawHTMLOrScriptLinks() throws {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        -- content/vragenlijsten/_index.md --
        ---
        title: Vragenlijsten
        ---
        -- content/vragenlijsten/v.md --
        ---
        title: V
        themes:
          - id: t
            title: "\\"><img src=x onerror=alert(1)>"
            intro: "[klik](javascript:alert(3)) en <script>alert(2)</script>"
            questions:
              - id: q
                type: single
                text: "<b onmouseover=alert(4)>vraag</b>"
                options: [{label: "<i>een</i>", points: 0}, {label: "twee & \\"drie\\"", points: 1}]
            levels:
              - {label: "<u>laag</u>", max: 0, text: x}
              - {label: hoog, text: y}
        ---
        """)
        let html = try FixtureSite.output(result, "vragenlijsten/v/index.html")
        for unsafe in ["<img src=x", "<script>alert", "javascript:", "<b onmouseover", "<i>een", "<u>laag"] {
            #expect(!html.contains(unsafe), "the page contains \(unsafe)")
        }
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;u&gt;laag&lt;/u&gt;"))
        #expect(html.contains("twee &amp; &quot;drie&quot;") || html.contains("twee &amp; \"drie\""))
        let messages = result.diagnostics.map(\.message.english)
        #expect(messages.filter { $0 == "raw HTML is not passed through" }.count >= 3)
        #expect(messages.contains { $0.hasPrefix("unsafe link") })
    }

    @Test func aVragenlijstWithoutItsOverviewIsOutOfTheNavigation() {
        let result = FixtureSite.build("""
        -- content/index.md --
        ---
        title: Home
        ---
        -- content/vragenlijsten/v.md --
        ---
        title: V
        themes: [{id: t, title: T, questions: [{id: q, type: open, text: Q}]}]
        ---
        """)
        #expect(result.diagnostics.map(\.message.english) == ["folder content/vragenlijsten has no _index.md, so its pages are not in the navigation"])
    }

    @Test func theOverviewListsItsVragenlijsten() throws {
        let result = FixtureSite.build(try FixtureSite.text("valid", "questionnaire"))
        let overview = try FixtureSite.output(result, "vragenlijsten/index.html")
        #expect(overview.contains("<a class=\"card__link\" href=\"scan/index.html\">Scan</a>"))
    }
}
