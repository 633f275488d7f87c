import FrontMatter
import SiteModel
import Testing

/// YAML mistakes are named by their cause, at the line to change, and the suggested text, pasted
/// there, makes the YAML parse.
@Suite struct YAMLDiagnosisTests {
    struct Case: Sendable, CustomStringConvertible {
        var yaml: String
        var id: MessageID
        var line: Int
        var column: Int
        var description: String { yaml }
    }

    static let cases: [Case] = [
        Case(yaml: "title: x\naliases:\n\t- a\n", id: .yamlTab, line: 3, column: 1),
        Case(yaml: "title: x\naliases:\n  - a\n  \t- b\n", id: .yamlTab, line: 4, column: 3),
        Case(yaml: "title: x\naliases:\n   - microagressies\n  - micro-agressie\n  - micro-agressies\n", id: .yamlListDepth, line: 3, column: 4),
        Case(yaml: "title: x\naliases:\n  - a\n - b\n", id: .yamlListDepth, line: 4, column: 2),
        Case(yaml: "title: x\nsources:\n  - title: a\n    url: https://a.nl\n   - title: c\n    url: https://c.nl\n",
             id: .yamlListDepth, line: 5, column: 4),
        Case(yaml: "title: x\n description: y\n", id: .yamlIndentation, line: 2, column: 2),
        Case(yaml: "title: x\nweight: 3\n  draft: true\n", id: .yamlIndentation, line: 3, column: 3),
        Case(yaml: "title: x\nsources:\n  - title: a\n     url: https://a.nl\n", id: .yamlIndentation, line: 4, column: 6),
        Case(yaml: "title: x\nsources:\n  - title: a\n   url: https://a.nl\n", id: .yamlIndentation, line: 4, column: 4),
        Case(yaml: "title: x\ndescription:Een tekst\nweight: 3\n", id: .yamlMissingSpace, line: 2, column: 1),
        Case(yaml: "title:Racisme\n", id: .yamlMissingSpace, line: 1, column: 1),
        Case(yaml: "title: Toets: Definities\n", id: .yamlColonInValue, line: 1, column: 8),
        Case(yaml: "title: x\ndescription: Let op: dit is lang\n", id: .yamlColonInValue, line: 2, column: 14),
        Case(yaml: "title: [Concept] Racisme\n", id: .yamlLeadingSpecial, line: 1, column: 8),
        Case(yaml: "title: 'Let op' zei hij\n", id: .yamlLeadingSpecial, line: 1, column: 8),
        Case(yaml: "title: @gemeente\n", id: .yamlLeadingSpecial, line: 1, column: 8),
        Case(yaml: "title: x\ndescription: > dit is tekst\nweight: 3\n", id: .yamlLeadingSpecial, line: 2, column: 14),
        Case(yaml: "title: \"Toets: Definities\ndescription: y\n", id: .yamlUnclosedQuote, line: 1, column: 8),
        Case(yaml: "title: *Let op*: lees dit\n", id: .yamlAlias, line: 1, column: 8),
        Case(yaml: "aliases:\n  - *term\n", id: .yamlAlias, line: 2, column: 5),
        Case(yaml: "title: &x Kennisbank\n", id: .yamlAnchor, line: 1, column: 8),
    ]

    @Test(arguments: cases)
    func namesTheCauseAndItsFixParses(_ example: Case) throws {
        guard case .failure(let diagnostic) = FrontMatterParser.parse(example.yaml, file: "content/a.md", firstLine: 1) else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.message.id == example.id, "\(diagnostic.message.english)")
        #expect(diagnostic.location.line == example.line && diagnostic.location.column == example.column, "\(diagnostic.location)")
        let fix = try #require(diagnostic.fix, "every cause has the text to type")
        var lines = example.yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fixed = try #require(fix.apply(to: lines[example.line - 1], column: example.column), "\(fix)")
        lines[example.line - 1] = fixed
        guard case .success(let parsed) = FrontMatterParser.read(lines.joined(separator: "\n"), file: "content/a.md", firstLine: 1) else {
            Issue.record("the fixed YAML still does not parse: \(lines)")
            return
        }
        #expect(parsed.warnings.isEmpty)
    }

    @Test func quotesTheLineAboveAndNeverSaysFrontMatterForTheConfig() {
        guard case .failure(let diagnostic) = FrontMatterParser.parse("title: x\n description: y\n", file: "kennisbank.yml",
                                                                      firstLine: 1, context: .siteConfig) else {
            Issue.record("expected an error")
            return
        }
        #expect(diagnostic.showsLineAbove)
        guard case .failure(let odd) = FrontMatterParser.parse("a: [b\n", file: "kennisbank.yml", firstLine: 1, context: .siteConfig),
              case .failure(let alias) = FrontMatterParser.parse("title: *x\n", file: "kennisbank.yml", firstLine: 1, context: .siteConfig)
        else { Issue.record("expected errors"); return }
        for message in [diagnostic.message, odd.message, alias.message] {
            #expect(!message.english.contains("front matter") && !message.dutch.contains("front matter"), "\(message)")
        }
    }

    @Test func warnsAboutListItemsMergedIntoOneText() throws {
        let yaml = "title: Validisme\naliases:\n  - validistisch\n   - validistische\n"
        guard case .success(let parsed) = FrontMatterParser.read(yaml, file: "content/begrippen/validisme.md", firstLine: 2) else {
            Issue.record("it parses")
            return
        }
        let warning = try #require(parsed.warnings.first)
        #expect(parsed.warnings.count == 1 && warning.severity == .warning && warning.message.id == .yamlSuspiciousListItem)
        #expect(warning.location.description == "content/begrippen/validisme.md:5:4")
        #expect(warning.message.dutch.contains("'validistisch - validistische'"))
        #expect(warning.fix == Fix(replacing: "   - validistische", with: "  - validistische"))
        // An ordinary dash in a title or a list item is no warning.
        guard case .success(let plain) = FrontMatterParser.read("title: Wet - artikel 1\naliases:\n  - a - b\n  - c\n", file: "x", firstLine: 1)
        else { Issue.record("it parses"); return }
        #expect(plain.warnings.isEmpty)
    }
}
