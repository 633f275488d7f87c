import Foundation
import SiteModel
import Testing
@testable import Theme

/// Renders `templates` (name -> text) through a theme folder written to a temporary directory.
private func renderer(_ templates: [String: String]) throws -> TemplateRenderer {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-theme-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in templates {
        let url = folder.appendingPathComponent("templates/\(name).mustache")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return try TemplateRenderer(theme: Theme(defaultFolder: folder, overrideFolder: nil), texts: InterfaceTexts(language: "nl", table: [:]))
}

private func render(_ template: String, _ context: [String: Any], partials: [String: String] = [:]) throws -> String {
    var templates = partials
    templates["main"] = template
    return try #require(try renderer(templates).render("main", context))
}

/// The first diagnostic compiling `template` throws.
private func parseError(_ template: String) -> Diagnostic? {
    do {
        _ = try TemplateParser(file: "t.mustache").parse(template)
        return nil
    } catch {
        return error
    }
}

@Suite struct TemplateRendererTests {
    @Test func escapesValuesUnlessTripleOrAmpersand() throws {
        let context: [String: Any] = ["v": "<a href=\"x\">Tom & Jerry's</a>"]
        #expect(try render("{{v}}", context) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try render("{{{v}}}|{{& v}}", context) == "<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>")
        #expect(try render("{{n}} {{b}} {{missing}}.", ["n": 3, "b": true]) == "3 true .")
        #expect(try render("é{{v}}ü", ["v": "ĳ<"]) == "éĳ&lt;ü")
        let bytes: [UInt8] = Array("<b>één</b>".utf8)
        #expect(try render("{{{html}}}|{{html}}", ["html": bytes]) == "<b>één</b>|&lt;b&gt;één&lt;/b&gt;")
    }

    @Test func sectionsFollowTheValue() throws {
        let context: [String: Any] = [
            "yes": true, "no": false, "empty": [[String: Any]](), "text": "", "zero": 0,
            "list": [["t": "a"], ["t": "b"]] as [[String: Any]], "words": ["x", "y"],
            "object": ["t": "inner"] as [String: Any], "t": "outer",
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}", context) == "Y!N")
        #expect(try render("{{#list}}[{{t}}]{{/list}}{{^list}}none{{/list}}", context) == "[a][b]")
        #expect(try render("{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}", context) == "none")
        #expect(try render("{{#words}}<{{.}}>{{/words}}", context) == "<x><y>")
        #expect(try render("{{#object}}{{t}}{{/object}} {{t}}", context) == "inner outer")
        // Present strings and numbers count as true, even when empty or zero.
        #expect(try render("{{#text}}s{{/text}}{{#zero}}z{{/zero}}{{^missing}}m{{/missing}}", context) == "szm")
        // A name not in the inner value is looked up further out.
        #expect(try render("{{#list}}{{t}}-{{siteTitle}} {{/list}}", context.merging(["siteTitle": "S"]) { $1 }) == "a-S b-S ")
    }

    @Test func dottedNamesAndOptionals() throws {
        let optional: String? = "wrapped"
        let none: String? = nil
        let context: [String: Any] = ["pager": ["next": ["title": "Volgende"]] as [String: Any], "opt": optional as Any, "none": none as Any]
        #expect(try render("{{pager.next.title}}|{{pager.previous.title}}|{{opt}}|{{none}}", context) == "Volgende||wrapped|")
        #expect(try render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", context) == "empty")
        #expect(try render("{{#pager}}{{#next}}{{.title}}{{/next}}{{/pager}}", context) == "Volgende")
    }

    @Test func standaloneTagsLeaveNoBlankLines() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a comment }}\n</ul>\n"
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        // A tag that shares its line with text is not standalone.
        #expect(try render("a {{#t}}b{{/t}}\n", ["t": true]) == "a b\n")
        #expect(try render("{{#t}}\r\nx\r\n{{/t}}\r\n", ["t": true]) == "x\r\n")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        let partials = ["partials/list": "<ol>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n</ol>\n", "partials/inline": "[{{x}}]"]
        let template = "<main>\n  {{> partials/list}}\n  <p>{{> partials/inline}}</p>\n</main>\n"
        let output = try render(template, ["items": ["a", "b"], "x": "y"], partials: partials)
        #expect(output == "<main>\n  <ol>\n  <li>a</li>\n  <li>b</li>\n  </ol>\n  <p>[y]</p>\n</main>\n")
    }

    @Test func setDelimitersAndPragmas() throws {
        #expect(try render("{{=<% %>=}}<% v %> {{v}} <%={{ }}=%>{{v}}", ["v": "x"]) == "x {{v}} x")
        #expect(try render("{{% CONTENT_TYPE: HTML }}\n{{v}}", ["v": "<"]) == "&lt;")
    }

    @Test func reportsProblemsAtTheirPosition() throws {
        let unclosed = try #require(parseError("<p>\n  {{#body}} never closed\n"))
        #expect(unclosed.location == SourceLocation(file: "t.mustache", line: 2, column: 3))
        #expect(unclosed.message.english.contains("does not parse") && unclosed.message.english.contains("never closed"))
        let mismatched = try #require(parseError("{{#a}}{{#b}}\n{{/a}}{{/b}}"))
        #expect(mismatched.location == SourceLocation(file: "t.mustache", line: 2, column: 1))
        #expect(mismatched.message.english.contains("does not match {{#b}}"))
        let stray = try #require(parseError("x {{/a}}"))
        #expect(stray.location.column == 3 && stray.message.english.contains("never opened"))
        let open = try #require(parseError("{{! comment\nover lines }}\néé {{title"))
        #expect(open.location == SourceLocation(file: "t.mustache", line: 3, column: 4))
        #expect(parseError("{{}}")?.message.english.contains("no name") == true)
        #expect(parseError("{{a b}}")?.message.english.contains("not a valid name") == true)
        #expect(parseError("{{=<%=}}")?.message.english.contains("two delimiters") == true)
        #expect(parseError("{{<layout}}{{/layout}}")?.message.english.contains("not supported") == true)
        #expect(parseError("{{$titel}}x{{/titel}}")?.message.english.contains("not supported") == true)
    }

    @Test func unknownPartialIsAnErrorWithASuggestion() throws {
        do {
            _ = try renderer(["page": "{{> partials/tocc}}", "partials/toc": "x"])
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.message.english.contains("'partials/tocc', which does not exist"))
            #expect(error.fix == Fix(replacing: "partials/tocc", with: "partials/toc"))
        }
    }

    @Test func aPartialIncludingItselfStops() throws {
        let output = try render("{{> partials/loop}}", [:], partials: ["partials/loop": "x{{> partials/loop}}"])
        #expect(output == String(repeating: "x", count: TemplateRun.maximumPartialDepth))
    }
}

/// `{{t.group.key}}` tags are the theme's interface texts, compiled in.
@Suite struct TemplateTextTests {
    static let texts = InterfaceTexts(language: "en", table: [
        "quiz.check": "Check", "quiz.intro": "{questionCount} questions & \"more\". It's fine.", "quiz.chooseOne": "Choose one <b>answer</b>",
    ])

    private func render(_ template: String, _ context: [String: Any]) throws -> String {
        let nodes = try TemplateParser(file: "t.mustache", texts: Self.texts.table).parse(template)
        let store = TemplateStore(["main": nodes])
        var run = TemplateRun(store: store, context: context, capacity: 256)
        run.render(template: store.numbers["main"]!)
        return String(decoding: run.output, as: UTF8.self)
    }

    @Test func textTagsBecomeTheirTextWithPlaceholdersFilled() throws {
        #expect(try render("<button>{{t.quiz.check}}</button>", [:]) == "<button>Check</button>")
        #expect(try render("<p>{{t.quiz.intro}}</p>", ["questionCount": 3]) == "<p>3 questions &amp; &quot;more&quot;. It's fine.</p>")
        // A text cannot add markup, and a value filled in is escaped like any other.
        #expect(try render("{{t.quiz.chooseOne}}", [:]) == "Choose one &lt;b&gt;answer&lt;/b&gt;")
        #expect(try render("{{t.quiz.intro}}", ["questionCount": "<i>"]).hasPrefix("&lt;i&gt; questions"))
    }

    @Test func unknownTextIsAnErrorAtTheTagWithASuggestion() {
        do {
            _ = try TemplateParser(file: "t.mustache", texts: Self.texts.table).parse("<p>\n  {{t.quiz.chek}}</p>")
            Issue.record("an unknown text was accepted")
        } catch {
            #expect("\(error.location)" == "t.mustache:2:3")
            #expect(error.message.id == .textUnknown && error.fix?.replacement == "quiz.check")
        }
    }
}
